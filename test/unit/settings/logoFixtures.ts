import { crc32, deflateSync } from 'node:zlib';

/**
 * Logo files built byte by byte, so each test shows exactly which bytes make a file good or broken. Shared
 * by the unit, integration and component tests.
 */

export const bytes = (...parts: (number[] | Uint8Array | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : [...p])));
export const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const be16 = (n: number) => [(n >>> 8) & 0xff, n & 0xff];

export function chunk(type: string, data: Uint8Array | number[]): Uint8Array {
  const body = bytes(type, data instanceof Uint8Array ? data : Uint8Array.from(data));
  return bytes(be32(body.length - 4), body, be32(crc32(body)));
}

/** A real, decodable RGBA PNG of the given size (all pixels transparent). */
export function png(width: number, height: number, options: { colourType?: number; depth?: number } = {}): Uint8Array {
  const ihdr = [...be32(width), ...be32(height), options.depth ?? 8, options.colourType ?? 6, 0, 0, 0];
  const rows = new Uint8Array(Math.min(height, 64) * (1 + Math.min(width, 64) * 4));
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    chunk('IHDR', ihdr),
    chunk('tEXt', bytes('Software\0test')),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', []),
  );
}

/** The well-known smallest PNG: one transparent pixel, as written by common tools. */
export const ONE_PIXEL_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/** SOI, a JFIF header, a quantisation table, a frame header (SOFn), a scan with some data, EOI. */
export function jpeg(
  width: number,
  height: number,
  options: { sof?: number; fill?: boolean; scanData?: number[] } = {},
) {
  const segment = (marker: number, data: number[]) => [0xff, marker, ...be16(data.length + 2), ...data];
  return bytes(
    [0xff, 0xd8],
    segment(0xe0, [...'JFIF'].map((c) => c.charCodeAt(0)).concat([0, 1, 1, 0, 0, 1, 0, 1, 0, 0])),
    segment(0xdb, [0, ...new Array<number>(64).fill(1)]),
    options.fill ? [0xff, 0xff] : [],
    segment(options.sof ?? 0xc0, [8, ...be16(height), ...be16(width), 1, 1, 0x11, 0]),
    segment(0xc4, [0, ...new Array<number>(16).fill(0), 0]),
    segment(0xda, [1, 1, 0, 0, 0x3f, 0]),
    options.scanData ?? [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56],
    [0xff, 0xd9],
  );
}

export const svg = (text: string) => new TextEncoder().encode(text);

/** The smallest GIF: a format Word could show, refused because reports promise PNG, JPEG or SVG. */
export const GIF = bytes(
  'GIF89a',
  [1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0x21, 0xf9, 4, 1, 0, 0, 0, 0, 0x3b],
);

export const toBase64 = (data: Uint8Array) => Buffer.from(data).toString('base64');
