import { describe, expect, it, vi } from 'vitest';
import { isSafeExternalUrl, openExternalSafely } from '../../../main/electron/externalLinks';

describe('openExternalSafely', () => {
  it('hands an https URL to the browser', () => {
    const open = vi.fn(async () => {});
    expect(openExternalSafely('https://www.cen.eu/standards?id=16880#top', open)).toBe(true);
    expect(open).toHaveBeenCalledWith('https://www.cen.eu/standards?id=16880#top');
  });

  it.each([
    ['http, which could be intercepted', 'http://example.com'],
    ['file, which could run a program', 'file:///C:/Windows/System32/calc.exe'],
    ['javascript', 'javascript:alert(1)'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['smb, which leaks Windows credentials', 'smb://attacker/share'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['a malformed URL', 'https//missing-colon'],
    ['an empty string', ''],
    ['https with credentials in it', 'https://user:pass@example.com/'],
    ['a relative path', '/clients'],
  ])('never opens %s', (_what, url) => {
    const open = vi.fn(async () => {});
    expect(openExternalSafely(url, open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('ignores values that are not strings', () => {
    const open = vi.fn(async () => {});
    for (const value of [undefined, null, 42, { href: 'https://example.com' }]) {
      expect(openExternalSafely(value, open)).toBe(false);
    }
    expect(open).not.toHaveBeenCalled();
  });

  it('reports a failing OS handler instead of throwing', async () => {
    const failure = new Error('no browser');
    const onError = vi.fn();
    expect(openExternalSafely('https://example.com', () => Promise.reject(failure), onError)).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(onError).toHaveBeenCalledWith(failure);
  });

  it('accepts mixed-case https schemes, which URL parsing normalises', () => {
    expect(isSafeExternalUrl('HTTPS://example.com')).toBe(true);
  });
});
