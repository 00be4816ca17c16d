import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { EvidenceFileState } from '../../shared/dossier/schemas';
import type { ServiceContext } from '../api/context';

/**
 * The evidence store (docs/dossiers.md "Evidence store"): every evidence file once, named by its SHA-256,
 * in `evidence/<first two hex digits>/<sha256>` in the data folder beside the database. Rows in `evidence`
 * name a file by its hash; a file leaves the store only when no row names it any more (`releaseFile`).
 *
 * A file is written to a temporary name in the store and renamed into place once hashed, so a half-written
 * file never carries a hash's name. Checking a file costs a `stat` when its size and time are those last
 * verified in this process; otherwise it is hashed again. A package always hashes every file.
 */

export const EVIDENCE_FOLDER = 'evidence';

export function evidenceFolder(ctx: Pick<ServiceContext, 'databasePath' | 'evidenceFolder'>): string {
  return ctx.evidenceFolder ?? path.join(path.dirname(path.resolve(ctx.databasePath)), EVIDENCE_FOLDER);
}

export function storedPath(folder: string, sha256: string): string {
  return path.join(folder, sha256.slice(0, 2), sha256);
}

export interface StoredFile {
  sha256: string;
  size: number;
  /** False when the store already held these bytes. */
  stored: boolean;
}

/** Stores bytes given in memory. */
export async function putBytes(folder: string, bytes: Uint8Array): Promise<StoredFile> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = storedPath(folder, sha256);
  if (await sameSize(target, bytes.byteLength)) return { sha256, size: bytes.byteLength, stored: false };
  const temp = await tempIn(folder);
  try {
    await fs.promises.writeFile(temp, bytes, { flag: 'wx' });
    await place(temp, target);
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
  return { sha256, size: bytes.byteLength, stored: true };
}

/** Copies a file into the store while hashing it, in one read; refused past `maxBytes` read. */
export async function putFile(folder: string, source: string, maxBytes: number): Promise<StoredFile> {
  const temp = await tempIn(folder);
  try {
    const hash = createHash('sha256');
    let size = 0;
    const out = await fs.promises.open(temp, 'wx');
    try {
      const input = fs.createReadStream(source, { highWaterMark: 1024 * 1024 });
      for await (const chunk of input as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > maxBytes) {
          input.destroy();
          throw new TooLarge(size);
        }
        hash.update(chunk);
        await out.write(chunk);
      }
    } finally {
      await out.close();
    }
    const sha256 = hash.digest('hex');
    const target = storedPath(folder, sha256);
    if (await sameSize(target, size)) {
      await fs.promises.rm(temp, { force: true });
      return { sha256, size, stored: false };
    }
    await place(temp, target);
    return { sha256, size, stored: true };
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
}

export class TooLarge extends Error {
  constructor(readonly bytesRead: number) {
    super(`more than the limit (${bytesRead} bytes read)`);
  }
}

/** SHA-256 and size of a file, read in 1 MiB chunks. */
export async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Files verified in this process, by path: the size and time they had then. */
const verified = new Map<string, { size: number; mtimeMs: number }>();

/**
 * Whether the stored file is still the one added: `missing`, `changed` (another size, or other bytes), or
 * `ok`. The cheap path trusts a file whose size and time are those it had when last hashed here.
 */
export function fileState(folder: string, sha256: string, size: number): EvidenceFileState {
  const file = storedPath(folder, sha256);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return 'missing';
  }
  if (!stat.isFile()) return 'missing';
  if (stat.size !== size) return 'changed';
  const seen = verified.get(file);
  if (seen && seen.size === stat.size && seen.mtimeMs === stat.mtimeMs) return 'ok';
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (let read; (read = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0;) hash.update(buffer.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  if (hash.digest('hex') !== sha256) return 'changed';
  verified.set(file, { size: stat.size, mtimeMs: stat.mtimeMs });
  return 'ok';
}

/** The full check, always hashing: what a package and `dossier check` rely on. */
export async function verifyFile(folder: string, sha256: string, size: number): Promise<EvidenceFileState> {
  const file = storedPath(folder, sha256);
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch {
    return 'missing';
  }
  if (!stat.isFile()) return 'missing';
  if (stat.size !== size) return 'changed';
  const actual = await hashFile(file);
  if (actual.sha256 !== sha256) return 'changed';
  verified.set(file, { size: stat.size, mtimeMs: stat.mtimeMs });
  return 'ok';
}

/** Whether any evidence row of this database names the file. */
export function fileReferenced(db: Database, sha256: string): boolean {
  return db.prepare('SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1').get(sha256) !== undefined;
}

/**
 * Deletes a file from the store when no evidence row names it any more; run after the write that removed
 * the last row has committed. Answers whether it was deleted.
 */
export function releaseFile(db: Database, folder: string, sha256: string): boolean {
  if (fileReferenced(db, sha256)) return false;
  const file = storedPath(folder, sha256);
  if (!fs.existsSync(file)) return false;
  fs.rmSync(file, { force: true });
  verified.delete(file);
  return true;
}

/** Every hash the store holds (its file names), for backups and sweeps. */
export function storedHashes(folder: string): string[] {
  const out: string[] = [];
  let shards: string[];
  try {
    shards = fs.readdirSync(folder);
  } catch {
    return out;
  }
  for (const shard of shards) {
    if (!/^[0-9a-f]{2}$/.test(shard)) continue;
    for (const name of fs.readdirSync(path.join(folder, shard))) if (/^[0-9a-f]{64}$/.test(name)) out.push(name);
  }
  return out.sort();
}

async function sameSize(file: string, size: number): Promise<boolean> {
  try {
    return (await fs.promises.stat(file)).size === size;
  } catch {
    return false;
  }
}

async function tempIn(folder: string): Promise<string> {
  await fs.promises.mkdir(folder, { recursive: true });
  return path.join(folder, `.~incoming.${randomBytes(6).toString('hex')}.tmp`);
}

async function place(temp: string, target: string): Promise<void> {
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  await fs.promises.rename(temp, target);
}
