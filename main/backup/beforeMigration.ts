import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/result';
import { inspectFile } from '../db/inspect';
import { storageError } from '../db/sqliteErrors';
import { type FreeSpace, megabytes, spaceNeededForCopy } from '../files/freeSpace';
import { pruneBackups } from './catalog';
import { keepEvidenceWithBackup } from './evidence';
import { newBackupPath } from './folder';
import { writeSidecar } from './sidecar';

/**
 * The backup written before a migration changes a database that holds data. It must be done before the
 * open returns, so it is synchronous: `VACUUM INTO` writes a consistent, compacted copy (the online backup
 * API of better-sqlite3 answers with a promise). Free space is checked first; a copy that fails half-way,
 * or does not pass `integrity_check`, is removed and the migration is not attempted — the error says why.
 * The copy joins the backups folder with its metadata, the evidence files it names and the rotation.
 */
export function backupBeforeMigration(
  db: Database,
  databasePath: string,
  options: { now: Date; fromVersion: number; freeSpace: FreeSpace; appVersion?: string; nativeBinding?: string },
): string {
  const target = newBackupPath(databasePath, options.now, 'before-migration');
  const folder = path.dirname(target);
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw storageError(error, folder, { phase: 'backup-before-migration' }) ?? error;
  }

  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages =
    (db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number);
  const needed = spaceNeededForCopy(pages * pageSize);
  const free = options.freeSpace(folder);
  if (free !== null && free < needed) {
    throw new AppError(
      'disk_full',
      `Not enough free space to back up ${databasePath} before updating it: ${megabytes(needed)} needed, ${megabytes(free)} free. Free up space and start again; the database has not been changed.`,
      { file: databasePath, neededBytes: needed, freeBytes: free, phase: 'backup-before-migration' },
    );
  }

  const partial = `${target}.partial`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw storageError(error, databasePath, { phase: 'backup-before-migration' }) ?? error;
  }
  const inspection = inspectFile(partial, 'integrity', options.nativeBinding);
  if (!inspection.readable || inspection.problems.length > 0) {
    fs.rmSync(partial, { force: true });
    throw new AppError(
      'database_corrupt',
      `The database ${databasePath} is damaged: its backup before the update did not pass SQLite's integrity check. It has not been changed.`,
      { file: databasePath, reason: 'damaged', readable: true, problems: inspection.problems.slice(0, 5) },
    );
  }
  try {
    fs.renameSync(partial, target);
    writeSidecar(target, {
      format: 'sxw-backup',
      version: 1,
      createdAt: options.now.toISOString(),
      reason: 'before-migration',
      database: path.basename(databasePath),
      schemaVersion: options.fromVersion,
      appVersion: options.appVersion ?? 'unknown',
      counts: inspection.counts,
      verification: { at: options.now.toISOString(), ok: true, problems: [] },
      erasedClients: [],
    });
    // Like every backup, it carries the evidence files its rows name: a restore of it finds them all.
    keepEvidenceWithBackup({ databasePath, nativeBinding: options.nativeBinding }, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(target, { force: true });
    throw storageError(error, folder, { phase: 'backup-before-migration' }) ?? error;
  }
  pruneBackups(databasePath, options.now, target);
  return target;
}
