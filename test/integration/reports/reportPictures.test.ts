import { describe, expect, it } from 'vitest';
import { fitLogo, prepareLogo } from '../../../main/reports/docx/logoImage';
import { encodePng } from '../../../main/reports/docx/pngEncode';
import { xmlSafe, xmlSafeDeep } from '../../../main/reports/docx/xmlText';
import { inspectLogo } from '../../../shared/settings/logo';
import { sampleLogoPng, sampleLogoSvg } from './sampleReport';

/** A picture's size when its bytes are an intact PNG or JPEG (the check the logo gets), else null. */
function pictureSize(bytes: Uint8Array, type: 'png' | 'jpg') {
  const found = inspectLogo(bytes);
  return found.ok && found.type === type ? { width: found.width, height: found.height } : null;
}
const pngSize = (bytes: Uint8Array) => pictureSize(bytes, 'png');
const jpegSize = (bytes: Uint8Array) => pictureSize(bytes, 'jpg');

/** A minimal baseline JPEG: SOI, a frame header of 3 × 2 pixels, a scan header, one byte of data, EOI. */
function tinyJpeg(): Uint8Array {
  const sof = [0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x02, 0x00, 0x03, 0x01, 0x01, 0x11, 0x00];
  const sos = [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00];
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, ...sof, ...sos, 0x12, 0xff, 0xd9]);
}

describe('picture bytes', () => {
  it('reads the size of an intact PNG and refuses a damaged one', async () => {
    const png = sampleLogoPng();
    expect(pngSize(png)).toEqual({ width: 720, height: 240 });
    const flipped = png.slice();
    flipped[png.length - 40] = (flipped[png.length - 40] ?? 0) ^ 0xff;
    expect(pngSize(flipped)).toBeNull();
    expect(pngSize(png.slice(0, png.length - 12))).toBeNull(); // no IEND
    expect(pngSize(png.slice(0, 40))).toBeNull();
    expect(pngSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });

  it('reads the size of a JPEG and refuses one cut short', () => {
    const jpeg = tinyJpeg();
    expect(jpegSize(jpeg)).toEqual({ width: 3, height: 2 });
    expect(jpegSize(jpeg.slice(0, jpeg.length - 2))).toBeNull();
    expect(jpegSize(jpeg.slice(0, 12))).toBeNull();
  });

  it('encodes RGBA pixels as a PNG that the checker accepts', async () => {
    const pixels = new Uint8Array(5 * 3 * 4).fill(200);
    const png = await encodePng(5, 3, pixels);
    expect(pngSize(png)).toEqual({ width: 5, height: 3 });
    await expect(encodePng(5, 4, pixels)).rejects.toThrow();
  });
});

describe('the logo', () => {
  it('fits into 6 × 3 cm keeping its shape', () => {
    expect(fitLogo(360, 120)).toEqual({ width: 227, height: 76 });
    expect(fitLogo(100, 100)).toEqual({ width: 113, height: 113 });
  });

  it('goes in as it is when intact, takes its shape from the model, and its type from its bytes', () => {
    const png = sampleLogoPng();
    const logo = prepareLogo({ type: 'jpg', data: png }, { type: 'jpg', width: 300, height: 150 });
    expect(logo.problem).toBeNull();
    expect(logo.picture).toMatchObject({ type: 'png', data: png, width: 227, height: 113 });
  });

  it('takes its shape from the pixels when the model has none usable', () => {
    const logo = prepareLogo({ type: 'png', data: sampleLogoPng() }, { type: 'png', width: 0, height: Number.NaN });
    expect(logo.picture).toMatchObject({ width: 227, height: 76 });
  });

  it('rasterises an SVG logo and refuses bytes that are no picture', () => {
    const svg = prepareLogo(
      { type: 'svg', data: new TextEncoder().encode(sampleLogoSvg) },
      { type: 'svg', width: 360, height: 120 },
    );
    expect(svg.picture?.type).toBe('png');
    expect(pngSize(svg.picture?.data ?? new Uint8Array())).toEqual({ width: 720, height: 240 });
    const text = prepareLogo(
      { type: 'png', data: new TextEncoder().encode('hello') },
      { type: 'png', width: 1, height: 1 },
    );
    expect(text).toMatchObject({ picture: null, problem: { code: 'logo_unreadable' } });
  });
});

describe('text for XML', () => {
  it('drops control characters, lone surrogates and non-characters, and keeps the rest', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF')).toBe('abcdef');
    expect(xmlSafe('tab\tline\nreturn\r <&>"\' é € 😀')).toBe('tab\tline\nreturn\r <&>"\' é € 😀');
    expect(xmlSafe('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
  });

  it('cleans every string of a model and leaves numbers, booleans and null alone', () => {
    expect(xmlSafeDeep({ a: ['x\u0001', { b: 'y\u0002', n: 3, t: true, z: null }] })).toEqual({
      a: ['x', { b: 'y', n: 3, t: true, z: null }],
    });
  });
});
