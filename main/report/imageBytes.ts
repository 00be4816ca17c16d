import { crc32, inflateSync } from 'node:zlib';

/**
 * Whether picture bytes are a complete PNG or JPEG, and their size in pixels. Word shows a broken-picture
 * box (and may offer to "repair" the document) for an embedded picture it cannot decode, so a logo is
 * checked before it goes in: a PNG chunk by chunk with its checksums and its compressed pixels, a JPEG by
 * its markers up to the frame header and its end-of-image marker.
 */
export interface PixelSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Samples per pixel by PNG colour type. */
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** The size of a PNG whose every chunk is intact and whose pixel data inflates to the size it declares; else null. */
export function pngSize(bytes: Uint8Array): PixelSize | null {
  if (!isPng(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = PNG_SIGNATURE.length;
  let size: PixelSize | null = null;
  let expectedRaw = 0;
  const idat: Uint8Array[] = [];
  while (pos + 12 <= bytes.length) {
    const length = view.getUint32(pos);
    const end = pos + 12 + length;
    if (end > bytes.length) return null;
    const type = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8));
    const data = bytes.subarray(pos + 8, pos + 8 + length);
    if (crc32(bytes.subarray(pos + 4, pos + 8 + length)) !== view.getUint32(pos + 8 + length)) return null;
    if (size === null && type !== 'IHDR') return null;
    if (type === 'IHDR') {
      if (length !== 13) return null;
      const width = view.getUint32(pos + 8);
      const height = view.getUint32(pos + 12);
      const depth = data[8] ?? 0;
      const channels = PNG_CHANNELS[data[9] ?? -1];
      const interlaced = data[12] === 1;
      if (!width || !height || !channels || ![1, 2, 4, 8, 16].includes(depth)) return null;
      size = { width, height };
      // Adam7 rows are split into passes of varying width; only a plain image has one exact size.
      expectedRaw = interlaced ? 0 : height * (1 + Math.ceil((width * channels * depth) / 8));
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      if (!size || idat.length === 0) return null;
      return inflatesTo(Buffer.concat(idat), expectedRaw) ? size : null;
    }
    pos = end;
  }
  return null;
}

function inflatesTo(compressed: Buffer, expected: number): boolean {
  try {
    const raw = inflateSync(compressed, expected > 0 ? { maxOutputLength: expected + 1 } : {});
    return expected === 0 || raw.length === expected;
  } catch {
    return false;
  }
}

/** Start-of-frame markers of every JPEG coding (not DHT C4, JPG C8, DAC CC). */
const JPEG_FRAMES = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** The size of a JPEG with a frame header before its scan and an end-of-image marker after it; else null. */
export function jpegSize(bytes: Uint8Array): PixelSize | null {
  if (!isJpeg(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 2;
  let size: PixelSize | null = null;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) return null;
    const marker = bytes[pos + 1] ?? 0;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2;
      continue;
    }
    const length = view.getUint16(pos + 2);
    if (length < 2 || pos + 2 + length > bytes.length) return null;
    if (JPEG_FRAMES.has(marker)) {
      if (length < 7) return null;
      const height = view.getUint16(pos + 5);
      const width = view.getUint16(pos + 7);
      if (!width || !height) return null;
      size = { width, height };
    }
    if (marker === 0xda) {
      if (!size) return null;
      const scan = pos + 2 + length;
      for (let i = bytes.length - 2; i >= scan; i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return size;
      return null;
    }
    pos += 2 + length;
  }
  return null;
}
