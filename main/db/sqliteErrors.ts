import { AppError } from '../../shared/api/result';

/**
 * What the disk or the database file did, told apart by SQLite's extended result code or the operating
 * system's errno, so that each reaches the user with its own message and way out instead of "something went
 * wrong". Shared by the open path (main/db/open.ts) and the dispatcher (a write that fails during work).
 */
export type StorageProblem = 'database_locked' | 'database_corrupt' | 'disk_full' | 'database_read_only' | 'io_error';

export function storageProblemOf(error: unknown): StorageProblem | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  const is = (base: string) => code === base || code.startsWith(`${base}_`);
  if (is('SQLITE_BUSY') || is('SQLITE_LOCKED')) return 'database_locked';
  if (is('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'database_corrupt';
  // SQLite reports a full disk (ENOSPC, EDQUOT) and a file at its size limit alike as SQLITE_FULL.
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full';
  if (is('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return 'database_read_only';
  }
  if (is('SQLITE_IOERR') || is('SQLITE_CANTOPEN') || code === 'EIO') return 'io_error';
  return null;
}

const SENTENCES: Record<StorageProblem, (file: string) => string> = {
  database_locked: (file) => `The database ${file} is busy in another program; nothing was changed. Try again.`,
  database_corrupt: (file) =>
    `The database ${file} is damaged; nothing more is written to it. Restore a backup (sxw backup list, sxw backup restore FILE); the damaged file is kept.`,
  disk_full: (file) => `The disk holding ${file} is full; nothing was written. Free up space and try again.`,
  database_read_only: (file) =>
    `The database ${file} or its folder cannot be written to (read-only disk or no permission); nothing was written.`,
  io_error: (file) =>
    `The computer could not read or write ${file} (a disk or network drive problem); nothing was written. Try again.`,
};

/** The AppError for a storage problem, naming the file; `null` when the error is not one. */
export function storageError(error: unknown, file: string, details: Record<string, unknown> = {}): AppError | null {
  const problem = storageProblemOf(error);
  if (!problem) return null;
  const cause = (error as { code: string }).code;
  return new AppError(problem, SENTENCES[problem](file), { file, cause, ...details });
}
