import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/api/result';
import type { BackupInfo, BackupReason } from '../../shared/backup/schemas';
import type { ServiceContext } from '../api/context';
import { healthOf, markCorrupt } from '../db/health';
import { inspectInWorker } from '../db/inspect';
import { storageError } from '../db/sqliteErrors';
import { freeSpaceOnDisk, type FreeSpace, megabytes, spaceNeededForCopy } from '../files/freeSpace';
import { backupInfo, pruneBackups } from './catalog';
import { keepEvidenceWithBackup } from './evidence';
import { oneAtATime } from './exclusive';
import { newBackupPath } from './folder';
import { writeSidecar } from './sidecar';

/**
 * Pages copied per turn of the event loop: 2,048 pages (8 MiB with SQLite's 4 KiB pages) take a few
 * milliseconds, so the app keeps answering while a large database is copied, at nearly the speed of one
 * uninterrupted copy (docs/benchmarks.md).
 */
export const PAGES_PER_STEP = 2048;

export interface BackupOptions {
  /** Free bytes on a disk; tests inject a full one. */
  freeSpace?: FreeSpace;
}

/**
 * Backs up the open database now, for `reason`, and answers with the verified backup. For other features:
 * call it before a destructive step (an erasure: `backupNow(ctx, 'before-erasure')`, a large import:
 * `'before-import'`), outside any write transaction, and go on only when it resolved.
 *
 * SQLite's online backup copies the database page by page through the open connection (writes made
 * meanwhile by this connection are carried into the copy); the copy is made one self-contained file,
 * checked with `integrity_check` in a worker thread and counted, then renamed into the backups folder with
 * its metadata with the evidence files it names (main/backup/evidence.ts), and the rotation prunes older ones. A copy that fails any step is removed; a copy that
 * fails the check means the database itself is damaged, and it is then marked so (writes are refused).
 */
export function backupNow(ctx: ServiceContext, reason: BackupReason, options: BackupOptions = {}): Promise<BackupInfo> {
  return oneAtATime(path.resolve(ctx.databasePath), () => makeBackup(ctx, reason, options));
}

/** The backup itself, for a caller that already holds this database's turn (a restore). */
export async function makeBackup(
  ctx: ServiceContext,
  reason: BackupReason,
  options: BackupOptions = {},
): Promise<BackupInfo> {
  const db = ctx.db;
  const health = healthOf(db);
  if (health.state === 'corrupt') {
    throw new AppError(
      'database_corrupt',
      `The database ${ctx.databasePath} is damaged; a copy of it would not be a backup. Restore an earlier backup instead.`,
      { file: ctx.databasePath, problems: health.problems.slice(0, 5) },
    );
  }
  const now = ctx.now();
  const target = newBackupPath(ctx.databasePath, now, reason);
  const folder = path.dirname(target);
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw storageError(error, folder) ?? error;
  }
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const needed = spaceNeededForCopy(pages * pageSize);
  const free = (options.freeSpace ?? freeSpaceOnDisk)(folder);
  if (free !== null && free < needed) {
    throw new AppError(
      'disk_full',
      `Not enough free space for a backup in ${folder}: ${megabytes(needed)} needed, ${megabytes(free)} free.`,
      { folder, neededBytes: needed, freeBytes: free },
    );
  }

  const partial = `${target}.partial`;
  const removePartial = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${partial}${suffix}`, { force: true });
  };
  try {
    await db.backup(partial, { progress: () => PAGES_PER_STEP });
    // The copy of a WAL database is in WAL mode too; a backup should be one file that opens anywhere.
    const copy = new BetterSqlite3(partial, ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {});
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
  } catch (error) {
    removePartial();
    throw storageError(error, folder) ?? error;
  }

  const inspection = await inspectInWorker(partial, { check: 'integrity', nativeBinding: ctx.nativeBinding });
  if (!inspection.readable || inspection.problems.length > 0 || !inspection.counts) {
    removePartial();
    const problems = inspection.problems.length > 0 ? inspection.problems : [String(inspection.cause)];
    if (ctx.db === db) markCorrupt(db, `backup check: ${problems[0]}`);
    throw new AppError(
      'database_corrupt',
      `The database ${ctx.databasePath} is damaged: its backup did not pass SQLite's integrity check. Restore an earlier backup.`,
      { file: ctx.databasePath, problems: problems.slice(0, 5) },
    );
  }
  try {
    fs.renameSync(partial, target);
    writeSidecar(target, {
      format: 'sxw-backup',
      version: 1,
      createdAt: now.toISOString(),
      reason,
      database: path.basename(ctx.databasePath),
      schemaVersion: inspection.schemaVersion,
      appVersion: ctx.version,
      counts: inspection.counts,
      verification: { at: ctx.now().toISOString(), ok: true, problems: [] },
      erasedClients: [],
    });
    keepEvidenceWithBackup(ctx, target);
  } catch (error) {
    removePartial();
    fs.rmSync(target, { force: true });
    throw storageError(error, folder) ?? error;
  }
  const pruned = pruneBackups(ctx.databasePath, now, target, ctx.nativeBinding);
  if (pruned.length > 0) ctx.log('info', `Backups pruned by the rotation: ${pruned.join(', ')}`);
  const info = backupInfo(ctx.databasePath, target);
  if (!info) throw new Error(`The backup ${target} disappeared right after it was made.`);
  return info;
}
