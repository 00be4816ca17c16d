import { describe, expect, it } from 'vitest';
import { chooseEncoding, isCompressible } from '../../../main/bridge/compression';
import { cacheControl } from '../../../main/bridge/staticFiles';

describe('content encoding of the static files', () => {
  it('prefers brotli, then gzip, as the browser accepts them', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding(['gzip', 'br'])).toBe('br');
    expect(chooseEncoding('*')).toBe('br');
  });

  it('sends the identity body when nothing we can make is accepted', () => {
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('')).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('deflate')).toBeNull();
  });

  it('honours q-values, q=0 refusing an encoding', () => {
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('*;q=0')).toBeNull();
    expect(chooseEncoding('*, br;q=0')).toBe('gzip');
  });

  it('compresses text, not images or fonts', () => {
    expect(isCompressible('assets/index-abc.js')).toBe(true);
    expect(isCompressible('index.html')).toBe(true);
    expect(isCompressible('assets/logo.png')).toBe(false);
    expect(isCompressible('assets/font.woff2')).toBe(false);
  });

  it('keeps hashed assets for good and reads the page fresh every time', () => {
    expect(cacheControl('/out/assets/index-BYcXHVLk.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/out/assets/ResultsTab-BiNlUoPC.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/out/index.html')).toBe('no-store');
    expect(cacheControl('/out/assets/app.js')).toBe('no-cache');
  });
});
