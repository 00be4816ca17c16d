import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/api/result';

/**
 * Writes a file so that it is either the old one or the complete new one, never half of it: the bytes go to
 * a temporary file beside the target (same folder, so same disk, so the rename is atomic), are flushed to
 * disk, and the temporary file is renamed over the target. A failure removes the temporary file, leaves
 * the target untouched and says why in terms a consultant can act on: the file is open in Word
 * (`file_locked`) or the folder cannot be written (`folder_not_writable`).
 */

export type AtomicWriteFs = Pick<typeof fsPromises, 'open' | 'rename' | 'rm'>;

/** Windows refuses to replace or open a file another program holds open with EBUSY or EPERM. */
const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES']);

const FOLDER_REASONS: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'the folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
};

/** Rename retries: virus scanners and sync clients briefly hold a freshly written file on Windows. */
const RENAME_RETRIES_MS = [50, 150];

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : '';
}

function fileLocked(path: string, cause: string): AppError {
  return new AppError(
    'file_locked',
    `${basename(path)} is open in another program (Word?). Close it and export again.`,
    { file: path, cause },
  );
}

function folderProblem(path: string, error: unknown): AppError {
  const cause = errorCode(error);
  const folder = dirname(path);
  const reason = FOLDER_REASONS[cause];
  if (reason) return new AppError('folder_not_writable', `Cannot write to ${folder}: ${reason}.`, { folder, cause });
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('internal', `Cannot write ${path}: ${message}`, { file: path, cause });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opening the existing file for writing (and closing it at once) is how Windows tells that Word has it open. */
async function refuseIfLocked(path: string, fs: AtomicWriteFs): Promise<void> {
  try {
    const handle = await fs.open(path, 'r+');
    await handle.close();
  } catch (error) {
    const cause = errorCode(error);
    // A new file (ENOENT) is the common case; other problems surface, better explained, when writing.
    if (cause === 'EBUSY' || cause === 'EPERM') throw fileLocked(path, cause);
  }
}

async function renameWithRetries(from: string, to: string, fs: AtomicWriteFs): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const cause = errorCode(error);
      const wait = RENAME_RETRIES_MS[attempt];
      if (LOCKED.has(cause) && wait !== undefined) await pause(wait);
      else throw LOCKED.has(cause) ? fileLocked(to, cause) : folderProblem(to, error);
    }
  }
}

/** `bytes` may come in pieces (a package's entries), written one after the other without joining them first. */
export async function writeFileAtomically(
  path: string,
  bytes: Uint8Array | readonly Uint8Array[],
  fs: AtomicWriteFs = fsPromises,
): Promise<void> {
  await refuseIfLocked(path, fs);
  const temp = join(dirname(path), `.~${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    try {
      // `wx`: never reuse a file of that name, however unlikely.
      const handle = await fs.open(temp, 'wx');
      created = true;
      try {
        if (bytes instanceof Uint8Array) await handle.writeFile(bytes);
        else for (const piece of bytes) await handle.writeFile(piece);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      throw folderProblem(path, error);
    }
    await renameWithRetries(temp, path, fs);
  } catch (error) {
    if (created) await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
