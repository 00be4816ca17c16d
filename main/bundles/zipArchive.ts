import { crc32, inflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { refuse } from './refusal';

/**
 * The zip inside a client bundle. Written with fflate (deflated entries, a fixed time, so the same rows give
 * the same bytes). Read here with a strict reader of our own, because a bundle comes from another laptop and
 * may be hostile: the central directory is checked against each entry's local header, names must be plain
 * relative paths that occur once, and every entry is inflated with its declared size as a hard ceiling
 * (zlib stops as soon as the output passes it), so a zip bomb costs at most its declared — capped — size.
 */

export const ZIP_LIMITS = {
  /** Entries in one bundle: a manifest and one per table. */
  entries: 1000,
  /** Uncompressed bytes of one entry. */
  entryBytes: 256 * 1024 * 1024,
  /** Uncompressed bytes of all entries together. */
  totalBytes: 512 * 1024 * 1024,
  /** Uncompressed to compressed, for an entry over 64 KiB: table JSON compresses 5–30×; a bomb, 1000×. */
  ratio: 200,
} as const;

export function writeZip(entries: Map<string, Uint8Array>, mtime: Date): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 6; mtime: Date }]> = {};
  for (const [name, data] of entries) files[name] = [data, { level: 6, mtime }];
  return zipSync(files);
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** A safe entry name: relative, forward slashes, no `.` or `..` segment, no drive, printable ASCII. */
const SAFE_NAME = /^(?!\/)(?:[A-Za-z0-9_-][A-Za-z0-9._-]*)(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

export function readZip(bytes: Buffer): Map<string, Buffer> {
  const end = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryStart = bytes.readUInt32LE(end + 16);
  if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 6) !== 0 || bytes.readUInt16LE(end + 8) !== count) {
    refuse('damaged', 'The bundle is a multi-part zip.');
  }
  if (count === 0xffff || directoryStart === 0xffffffff) refuse('too_large', 'The bundle is a ZIP64 archive.');
  if (count > ZIP_LIMITS.entries)
    refuse('too_large', `The bundle has ${count} entries (at most ${ZIP_LIMITS.entries}).`);
  if (directoryStart + directorySize > end) refuse('damaged', 'The zip directory lies outside the file.');

  const entries = new Map<string, Buffer>();
  let total = 0;
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL) refuse('damaged', 'The zip directory is broken.');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    const compressed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const offset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('latin1', at + 46, at + 46 + nameLength);
    at = next;

    if (!SAFE_NAME.test(name) || name.length > 200)
      refuse('unsafe_entry', `The bundle has an unsafe entry name: ${JSON.stringify(name)}.`, name);
    if (entries.has(name)) refuse('unsafe_entry', `The bundle has the entry ${name} twice.`, name);
    if (flags & 0x1) refuse('damaged', `The entry ${name} is encrypted by zip itself.`, name);
    if (method !== 0 && method !== 8) refuse('damaged', `The entry ${name} uses an unknown compression.`, name);
    if (size > ZIP_LIMITS.entryBytes) refuse('too_large', `The entry ${name} is too large.`, name);
    total += size;
    if (total > ZIP_LIMITS.totalBytes) refuse('too_large', 'The bundle is too large when unpacked.', name);
    if (size > 65_536 && size > compressed * ZIP_LIMITS.ratio) {
      refuse('too_large', `The entry ${name} is compressed beyond any real bundle (a zip bomb?).`, name);
    }

    if (offset + 30 > directoryStart || bytes.readUInt32LE(offset) !== LOCAL)
      refuse('damaged', `The entry ${name} is broken.`, name);
    const localNameLength = bytes.readUInt16LE(offset + 26);
    if (bytes.toString('latin1', offset + 30, offset + 30 + localNameLength) !== name) {
      refuse('unsafe_entry', `The entry ${name} has another name in its own header.`, name);
    }
    const start = offset + 30 + localNameLength + bytes.readUInt16LE(offset + 28);
    if (start + compressed > directoryStart) refuse('damaged', `The entry ${name} runs past its end.`, name);
    const data = bytes.subarray(start, start + compressed);
    const content = method === 0 ? Buffer.from(data) : inflate(data, size, name);
    if (content.length !== size || crc32(content) !== crc) refuse('tampered', `The entry ${name} is damaged.`, name);
    entries.set(name, content);
  }
  return entries;
}

function inflate(data: Buffer, size: number, name: string): Buffer {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      refuse('too_large', `The entry ${name} unpacks to more than it declares (a zip bomb?).`, name);
    }
    refuse('damaged', `The entry ${name} cannot be unpacked.`, name);
  }
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  refuse('not_a_bundle', 'The file is not a client bundle.');
}
