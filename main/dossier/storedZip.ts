import { crc32 } from 'node:zlib';

/**
 * A zip of stored (uncompressed) entries, as pieces to write one after the other: what a submission package
 * is. Evidence files are mostly compressed already (PDF, JPEG, Office files) and the .docx is a zip itself,
 * so deflating again would cost more time than it saves bytes; stored, the package costs little more than
 * reading the files once. The checksum is zlib's CRC-32 (native), not fflate's JavaScript one, for the same
 * reason (docs/benchmarks.md "Dossier package").
 *
 * Deterministic: entries in the order given (the caller sorts them), every entry with the same fixed time
 * (as UTC, so the time zone of the machine does not matter), no extra fields, no comments. Names must be
 * plain ASCII (the caller makes them safe); sizes stay below 4 GiB (no ZIP64: a dossier holds at most
 * 250 MB).
 */

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.max(1980, at.getUTCFullYear());
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

export function storedZip(entries: readonly ZipEntry[], at: Date): Uint8Array[] {
  const { time, date } = dosDateTime(at);
  const pieces: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (!/^[\x20-\x7e]+$/.test(entry.name)) throw new Error(`Zip entry names are plain ASCII: ${entry.name}`);
    const name = Buffer.from(entry.name, 'ascii');
    const crc = crc32(entry.data);
    const size = entry.data.byteLength;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0, 6); // flags
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(size, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    pieces.push(local, name, entry.data);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(size, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += 30 + name.length + size;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  pieces.push(directory, end);
  return pieces;
}
