import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/api/result';
import type { BackupPreview, RestoreResult } from '../../shared/backup/schemas';
import { changeHub, lastChangeSeq } from '../api/changes';
import { replaceConnection, type ServiceContext } from '../api/context';
import { type PreparedWrite, preparedWrite } from '../api/preparedWrite';
import { auditDetails } from '../api/writeScope';
import { healthOf, setHealth } from '../db/health';
import { type FileInspection, inspectInWorker } from '../db/inspect';
import { openWorkbenchDatabase } from '../db/open';
import { setAsideDatabase, setAsidePath } from '../db/setAside';
import { storageError } from '../db/sqliteErrors';
import { makeBackup, PAGES_PER_STEP } from './backupNow';
import { oneAtATime } from './exclusive';
import { restoreEvidenceFromBackups } from './evidence';
import { backupsFolder } from './folder';
import { resolveBackupRef } from './refs';
import { restoreProblem } from './verify';

/**
 * Restores a backup (or a file chosen in the Open dialog) over the database in use, and the app carries on
 * with it:
 * 1. the file must pass `integrity_check` and be of this version or older;
 * 2. writes wait (`database_checking`) and the database as it is now is backed up (`before-restore`), so
 *    the restore itself can be undone — or, when that copy shows the database is damaged, the damaged file
 *    is set aside by renaming it, never deleted;
 * 3. a copy of the backup is brought to this version's schema beside the database, its change log made to
 *    continue after the current one (so every window and process sees the restore as a newer change);
 * 4. the copy replaces the database's content through SQLite's backup API, in one transaction every
 *    connection sees — the CLI or `serve` beside the app included — and the context gets a new connection,
 *    so everything cached per connection starts afresh;
 * 5. the dispatcher commits the restore's audit entry and its change event naming every entity, and the
 *    screens refresh everything.
 * The restored file brings its own audit trail, plus the entry for this restore.
 */
export function restoreBackup(ctx: ServiceContext, ref: string): Promise<PreparedWrite<RestoreResult>> {
  const source = resolveBackupRef(ctx, ref);
  return oneAtATime(path.resolve(ctx.databasePath), () => restoreFrom(ctx, source));
}

async function restoreFrom(ctx: ServiceContext, source: string): Promise<PreparedWrite<RestoreResult>> {
  const live = ctx.db;
  const before = healthOf(live);
  if (before.state === 'checking' || before.state === 'restoring') {
    throw new AppError('database_checking', 'The database is being checked or restored; try again in a moment.', {
      state: before.state,
    });
  }
  const inspection = await restorable(ctx, source);
  setHealth(live, { state: 'restoring' });
  let staging: string | null = null;
  try {
    let damaged = before.state === 'corrupt';
    let safetyBackup: RestoreResult['safetyBackup'] = null;
    if (!damaged) {
      try {
        safetyBackup = await makeBackup(ctx, 'before-restore');
      } catch (error) {
        // The copy failed its check: the database is damaged, and is set aside below instead of copied.
        if (!(error instanceof AppError && error.code === 'database_corrupt')) throw error;
        damaged = true;
      }
    }
    staging = await prepareCopy(ctx.databasePath, source, {
      now: ctx.now(),
      nativeBinding: ctx.nativeBinding,
      appVersion: ctx.version,
      continueAfter: damaged ? changeHub(live).lastSeq : Math.max(changeHub(live).lastSeq, lastChangeSeq(live)),
      pageSize: damaged ? null : (live.pragma('page_size', { simple: true }) as number),
    });
    let setAside: string | null = null;
    if (damaged) {
      live.close();
      setAside = putInPlace(ctx.databasePath, staging, ctx.now());
      staging = null;
    } else {
      await copyInto(staging, ctx.databasePath, ctx.nativeBinding);
    }
    const next = openWorkbenchDatabase(ctx.databasePath, {
      nativeBinding: ctx.nativeBinding,
      check: 'trusted',
      appVersion: ctx.version,
    });
    replaceConnection(ctx, next);
    // The restored rows' evidence files the store lacks (removed since the backup), from the backups' copies.
    restoreEvidenceFromBackups(ctx, backupsFolder(ctx.databasePath));
    const counts = inspection.counts ?? { clients: 0, engagements: 0, rounds: 0 };
    const fromFolder = path.dirname(source) === backupsFolder(ctx.databasePath);
    const result: RestoreResult = {
      restoredFrom: source,
      counts,
      safetyBackup,
      setAside,
    };
    return preparedWrite(() => {
      auditDetails(ctx.db, {
        source: fromFolder ? 'backup' : 'chosen file',
        schemaVersion: inspection.schemaVersion,
        ...counts,
        damagedSetAside: setAside !== null,
      });
      return result;
    });
  } catch (error) {
    if (ctx.db === live && live.open) setHealth(live, before);
    throw storageError(error, ctx.databasePath) ?? error;
  } finally {
    if (staging) removeDatabaseFiles(staging);
  }
}

/** The source's check, refused as invalid input when it cannot be restored. */
async function restorable(ctx: Pick<ServiceContext, 'nativeBinding'>, source: string): Promise<FileInspection> {
  const inspection = await inspectInWorker(source, { check: 'integrity', nativeBinding: ctx.nativeBinding });
  const problem = restoreProblem(inspection);
  if (problem) throw refusal(source, problem);
  return inspection;
}

function refusal(source: string, problem: NonNullable<BackupPreview['problem']>): AppError {
  const why = {
    not_a_database: 'is not an SX Workbench database',
    damaged: "is damaged (it does not pass SQLite's integrity check)",
    newer: 'was made by a newer version of SX Workbench',
  }[problem];
  return new AppError('invalid_input', `${path.basename(source)} ${why}; nothing was restored.`, {
    fields: [{ path: 'file', code: `backup_${problem}`, message: `The file ${why}.` }],
  });
}

/**
 * A copy of `source` beside the database, migrated to this version (without a backup of its own: it is a
 * copy) and made to continue the change log after `continueAfter`, in the page size of the database it will
 * be copied into (SQLite's backup API needs equal page sizes for a WAL database).
 */
async function prepareCopy(
  databasePath: string,
  source: string,
  options: { now: Date; nativeBinding?: string; appVersion: string; continueAfter: number; pageSize: number | null },
): Promise<string> {
  const staging = path.join(
    path.dirname(path.resolve(databasePath)),
    `.${path.basename(databasePath)}.restoring-${options.now.getTime()}`,
  );
  removeDatabaseFiles(staging);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const original = new BetterSqlite3(source, { readonly: true, fileMustExist: true, ...binding });
  try {
    await original.backup(staging, { progress: () => PAGES_PER_STEP });
  } finally {
    original.close();
  }
  const copy = openWorkbenchDatabase(staging, {
    nativeBinding: options.nativeBinding,
    check: 'trusted',
    backupBeforeMigration: false,
    appVersion: options.appVersion,
  });
  try {
    const seq = options.continueAfter;
    const moved = copy
      .prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'change_log' AND seq < ?")
      .run(seq, seq).changes;
    if (moved === 0) {
      copy
        .prepare(
          "INSERT INTO sqlite_sequence (name, seq) SELECT 'change_log', ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'change_log')",
        )
        .run(seq);
    }
    if (options.pageSize !== null && copy.pragma('page_size', { simple: true }) !== options.pageSize) {
      copy.pragma('journal_mode = DELETE');
      copy.pragma(`page_size = ${options.pageSize}`);
      copy.exec('VACUUM');
      copy.pragma('journal_mode = WAL');
    }
  } finally {
    copy.close();
  }
  return staging;
}

/** SQLite's backup API from the prepared copy into the database file: one transaction for every connection. */
async function copyInto(staging: string, databasePath: string, nativeBinding?: string): Promise<void> {
  const prepared = new BetterSqlite3(staging, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    await prepared.backup(databasePath, { progress: () => PAGES_PER_STEP });
  } finally {
    prepared.close();
  }
}

/** The damaged database renamed aside (never deleted), and the prepared copy renamed into its place. */
function putInPlace(databasePath: string, staging: string, now: Date): string | null {
  const moved = fs.existsSync(databasePath) ? setAsideDatabase(databasePath, setAsidePath(databasePath, now)) : [];
  // One file: a WAL copy is checkpointed when its last connection closed, but its header still says WAL.
  fs.renameSync(staging, databasePath);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${staging}${suffix}`, { force: true });
  return moved[0] ?? null;
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * For a database that cannot be opened at all (not a database, or damaged in its first pages): the
 * desktop app's start and `sxw backup restore` restore over it without a connection. The damaged file is
 * set aside by renaming; answers with its new name and what was restored.
 */
export async function restoreOverUnopenable(
  databasePath: string,
  source: string,
  options: { now: Date; nativeBinding?: string; appVersion: string },
): Promise<{ setAside: string | null; counts: NonNullable<FileInspection['counts']> }> {
  const inspection = await restorable(options, source);
  const staging = await prepareCopy(databasePath, source, { ...options, continueAfter: 0, pageSize: null });
  try {
    const setAside = putInPlace(databasePath, staging, options.now);
    return { setAside, counts: inspection.counts ?? { clients: 0, engagements: 0, rounds: 0 } };
  } catch (error) {
    removeDatabaseFiles(staging);
    throw storageError(error, databasePath) ?? error;
  }
}
