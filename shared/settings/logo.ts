/**
 * What a logo file really is, judged by its bytes and never by its name: a renamed GIF is refused, a PNG
 * called `logo.jpg` is accepted. Pure (no Node, no DOM) so the API, the report and the component tests'
 * fake all judge a file the same way. Also run again on the stored bytes at report time, because the
 * database file can be edited by hand.
 */

export const LOGO_TYPES = ['png', 'jpg', 'svg'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

export const LOGO_PROBLEMS = ['empty', 'too_large', 'unsupported_type', 'corrupt'] as const;
export type LogoProblem = (typeof LOGO_PROBLEMS)[number];

/** A logo is a small picture; 2 MB holds a print-quality one with room to spare. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Beyond this many pixels a side the header says something no logo needs, and a decoder asked to draw it
 * would claim gigabytes: such a file is treated as broken.
 */
export const LOGO_MAX_SIDE = 10_000;

export type LogoInspection =
  { ok: true; type: LogoType; width: number; height: number } | { ok: false; problem: LogoProblem };

const refused = (problem: LogoProblem): LogoInspection => ({ ok: false, problem });

export function inspectLogo(bytes: Uint8Array): LogoInspection {
  if (bytes.length === 0) return refused('empty');
  if (bytes.length > LOGO_MAX_BYTES) return refused('too_large');
  const found = startsWith(bytes, PNG_SIGNATURE)
    ? inspectPng(bytes)
    : bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
      ? inspectJpeg(bytes)
      : inspectSvg(bytes);
  if (!found.ok) return found;
  const sane = (n: number) => Number.isFinite(n) && n > 0 && n <= LOGO_MAX_SIDE;
  return sane(found.width) && sane(found.height) ? found : refused('corrupt');
}

/** The MIME type of a logo, for a `data:` URL or a document's image part. */
export function logoMimeType(type: LogoType): string {
  return type === 'png' ? 'image/png' : type === 'jpg' ? 'image/jpeg' : 'image/svg+xml';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

const u16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
// `>>> 0`: a PNG length with the top bit set must stay a large positive number, not turn negative.
const u32 = (b: Uint8Array, at: number) => (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | u16(b, at + 2)) >>> 0;

// ---- PNG ----------------------------------------------------------------------------------------------

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** Bit depths allowed for each colour type (PNG spec, table 11.1). */
const PNG_DEPTHS: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/**
 * The header gives the size; the walk over every chunk to IEND catches a file cut short (the commonest
 * damage: an interrupted copy or download), and the checksums of the chunks a decoder cannot do without
 * catch bytes changed in between.
 */
function inspectPng(bytes: Uint8Array): LogoInspection {
  let at: number = PNG_SIGNATURE.length;
  let header: { width: number; height: number } | null = null;
  let hasImageData = false;
  for (;;) {
    if (at + 12 > bytes.length) return refused('corrupt');
    const length = u32(bytes, at);
    const end = at + 12 + length;
    if (end > bytes.length) return refused('corrupt');
    const type = String.fromCharCode(bytes[at + 4] ?? 0, bytes[at + 5] ?? 0, bytes[at + 6] ?? 0, bytes[at + 7] ?? 0);
    if (!/^[A-Za-z]{4}$/.test(type)) return refused('corrupt');
    const critical = type.charCodeAt(0) < 0x61; // an upper-case first letter marks a critical chunk
    if (critical && crc32(bytes, at + 4, end - 4) !== u32(bytes, end - 4)) return refused('corrupt');
    if (header === null) {
      if (type !== 'IHDR' || length !== 13) return refused('corrupt');
      const depth = bytes[at + 16] ?? 0;
      const colour = bytes[at + 17] ?? 0;
      if (!PNG_DEPTHS[colour]?.includes(depth)) return refused('corrupt');
      header = { width: u32(bytes, at + 8), height: u32(bytes, at + 12) };
    } else if (type === 'IDAT') {
      hasImageData = true;
    } else if (type === 'IEND') {
      return hasImageData ? { ok: true, type: 'png', ...header } : refused('corrupt');
    }
    at = end;
  }
}

let crcTable: Uint32Array | null = null;

function crc32(bytes: Uint8Array, from: number, to: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = from; i < to; i++) crc = (crcTable[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// ---- JPEG ---------------------------------------------------------------------------------------------

/** SOF0–SOF15 carry the frame size; C4 (DHT), C8 (reserved) and CC (DAC) share the range but do not. */
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * Walks the marker segments from SOI to the first scan: the frame header (SOFn) gives the size, and the
 * scan must follow, ending in EOI. Inside the compressed data every 0xFF byte is stuffed (FF 00) or a
 * restart marker, so an FF D9 there is the real end; a file without one was cut short.
 */
function inspectJpeg(bytes: Uint8Array): LogoInspection {
  let at = 2;
  let frame: { width: number; height: number } | null = null;
  for (;;) {
    if (bytes[at] !== 0xff) return refused('corrupt');
    while (bytes[at] === 0xff) at++; // fill bytes may pad a marker
    if (at >= bytes.length) return refused('corrupt');
    const marker = bytes[at++] ?? 0;
    if (marker === 0xd9 || marker === 0xd8) return refused('corrupt'); // an image ends or restarts before its scan
    if (marker === 0x00) return refused('corrupt'); // FF 00 belongs inside compressed data only
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue; // markers without a length
    if (at + 2 > bytes.length) return refused('corrupt');
    const length = u16(bytes, at);
    if (length < 2 || at + length > bytes.length) return refused('corrupt');
    if (isStartOfFrame(marker)) {
      if (frame || length < 8) return refused('corrupt');
      // precision (1 byte), then height and width; a height of 0 (defined later by DNL) is not drawn by Word.
      frame = { height: u16(bytes, at + 3), width: u16(bytes, at + 5) };
    } else if (marker === 0xda) {
      if (!frame) return refused('corrupt');
      return hasEndOfImage(bytes, at + length) ? { ok: true, type: 'jpg', ...frame } : refused('corrupt');
    }
    at += length;
  }
}

function hasEndOfImage(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i < bytes.length - 1; i++) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  return false;
}

// ---- SVG ----------------------------------------------------------------------------------------------

/** Browsers size an SVG that states no size of its own as 300 × 150 pixels; so does this. */
const SVG_DEFAULT = { width: 300, height: 150 };

/** CSS pixels per unit at 96 dpi, as browsers convert them; relative units (%, em) have no fixed size. */
const PX_PER_UNIT: Record<string, number> = { '': 1, px: 1, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, pt: 4 / 3, pc: 16 };

/**
 * Content a logo has no business carrying: scripts and event handlers (a document is opened on clients'
 * computers), embedded HTML, entity declarations (the "billion laughs" and external-entity tricks), and
 * references to other files or the network (drawn one way here and another way, or not at all, in Word).
 */
const SVG_REFUSED = [
  /<script/i,
  /<foreignObject/i,
  /<!ENTITY/i,
  /\son[a-z]+\s*=/i,
  /\bhref\s*=\s*["'](?!\s*(?:#|data:image\/))/i,
  /url\((?!\s*["']?\s*(?:#|data:image\/))/i,
  /@import/i,
];

function inspectSvg(bytes: Uint8Array): LogoInspection {
  const text = decodeUtf8(bytes);
  if (text === null) return refused('unsupported_type');
  const root = rootElement(text);
  if (root === null) return refused('unsupported_type');
  if (root.name !== 'svg') return refused(root.name === '' ? 'corrupt' : 'unsupported_type');
  if (root.tag === null) return refused('corrupt');
  if (SVG_REFUSED.some((pattern) => pattern.test(text))) return refused('unsupported_type');
  // A root that is not self-closing must be closed: without `</svg>` the file was cut short.
  if (!root.tag.endsWith('/>') && !/<\/svg\s*>\s*$/.test(stripTrailingComments(text))) return refused('corrupt');
  const attributes = attributesOf(root.tag);
  return { ok: true, type: 'svg', ...svgSize(attributes) };
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    // BOM stripped by the decoder; `fatal`: text that is not UTF-8 is not an SVG this app can read.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The document element: past the XML declaration, comments, processing instructions and a doctype.
 * `tag` is its whole start tag, or null when the file ends inside it. null when the text is not markup.
 */
function rootElement(text: string): { name: string; tag: string | null } | null {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at] ?? '')) at++;
    if (text[at] !== '<') return null;
    const skip = text.startsWith('<!--', at)
      ? ['-->', 3]
      : text.startsWith('<?', at)
        ? ['?>', 2]
        : text.startsWith('<!', at)
          ? ['>', 1]
          : null;
    if (skip) {
      const end = text.indexOf(skip[0] as string, at + 2);
      if (end < 0) return { name: '', tag: null };
      at = end + (skip[1] as number);
      continue;
    }
    const name = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(at, at + 256))?.[1];
    if (!name) return null;
    return { name, tag: startTag(text, at) };
  }
}

/** The start tag from `<` to its `>`, skipping any `>` inside quoted attribute values. */
function startTag(text: string, from: number): string | null {
  let quote: string | null = null;
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return text.slice(from, i + 1);
    }
  }
  return null;
}

function stripTrailingComments(text: string): string {
  let out = text.trimEnd();
  while (out.endsWith('-->')) {
    const start = out.lastIndexOf('<!--');
    if (start < 0) break;
    out = out.slice(0, start).trimEnd();
  }
  return out;
}

function attributesOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1] as string;
    if (!out.has(name)) out.set(name, (m[2] ?? m[3] ?? '').trim());
  }
  return out;
}

/** A length in CSS pixels, or null for none or a relative one (`100%` depends on where it is placed). */
function length(value: string | undefined): number | null {
  if (value === undefined) return null;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*([a-z]*)$/i.exec(value);
  const unit = PX_PER_UNIT[(m?.[2] ?? '').toLowerCase()];
  if (!m || unit === undefined) return null;
  return Number(m[1]) * unit;
}

function viewBox(value: string | undefined): { width: number; height: number } | null {
  const parts = (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [, , width = 0, height = 0] = parts;
  return width > 0 && height > 0 ? { width, height } : null;
}

/**
 * As a browser sizes it: width and height when both are given in absolute units; one of them with the
 * viewBox's proportions; else the viewBox itself; else the default. Two decimals are plenty for a layout.
 */
function svgSize(attributes: Map<string, string>): { width: number; height: number } {
  const w = length(attributes.get('width'));
  const h = length(attributes.get('height'));
  const box = viewBox(attributes.get('viewBox'));
  const round = (n: number) => Math.round(n * 100) / 100;
  let size: { width: number; height: number };
  if (w !== null && h !== null) size = { width: w, height: h };
  else if (box && w !== null) size = { width: w, height: (w * box.height) / box.width };
  else if (box && h !== null) size = { width: (h * box.width) / box.height, height: h };
  else if (box) size = box;
  else size = { width: w ?? SVG_DEFAULT.width, height: h ?? SVG_DEFAULT.height };
  return { width: round(size.width), height: round(size.height) };
}
