import fs from 'node:fs';
import path from 'node:path';
import type { BackupPreview, VerifyResult } from '../../shared/backup/schemas';
import type { ServiceContext } from '../api/context';
import { healthOf, markCorrupt, setHealth } from '../db/health';
import { checkConnection, type FileInspection, inspectInWorker } from '../db/inspect';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { backupInfo } from './catalog';
import { backupsFolder } from './folder';
import { resolveBackupRef } from './refs';
import { readSidecar, writeSidecar } from './sidecar';

/**
 * `integrity_check` (SQLite's thorough check) of a backup — its metadata records the answer, so the list
 * shows when each was last found sound — or, without a file, of the database in use: damage found there
 * stops further writes at once.
 */
export async function verifyBackup(ctx: ServiceContext, ref: string | undefined): Promise<VerifyResult> {
  const checkedAt = ctx.now().toISOString();
  if (ref === undefined) return verifyDatabaseInUse(ctx, checkedAt);
  const file = resolveBackupRef(ctx, ref);
  const inspection = await inspectInWorker(file, { check: 'integrity', nativeBinding: ctx.nativeBinding });
  const problems = problemsOf(inspection);
  if (path.dirname(file) === backupsFolder(ctx.databasePath)) {
    const info = backupInfo(ctx.databasePath, file);
    const meta = readSidecar(file);
    writeSidecar(file, {
      format: 'sxw-backup',
      version: 1,
      createdAt: meta?.createdAt ?? info?.createdAt ?? checkedAt,
      reason: meta?.reason ?? info?.reason ?? 'other',
      database: meta?.database ?? path.basename(ctx.databasePath),
      schemaVersion: inspection.schemaVersion,
      appVersion: meta?.appVersion ?? ctx.version,
      counts: inspection.counts ?? meta?.counts ?? null,
      verification: { at: checkedAt, ok: problems.length === 0, problems },
      erasedClients: meta?.erasedClients ?? [],
    });
  }
  return {
    file,
    name: path.dirname(file) === backupsFolder(ctx.databasePath) ? path.basename(file) : null,
    ok: problems.length === 0,
    problems,
    schemaVersion: inspection.schemaVersion,
    counts: inspection.counts,
    checkedAt,
  };
}

async function verifyDatabaseInUse(ctx: ServiceContext, checkedAt: string): Promise<VerifyResult> {
  const db = ctx.db;
  let found: Pick<FileInspection, 'problems' | 'counts' | 'cause'> & { schemaVersion: number | null };
  if (fs.existsSync(ctx.databasePath)) {
    const inspection = await inspectInWorker(ctx.databasePath, {
      check: 'integrity',
      nativeBinding: ctx.nativeBinding,
    });
    found = { ...inspection, problems: problemsOf(inspection) };
  } else {
    // An in-memory database (tests) has no file another connection could read.
    found = {
      ...checkConnection(db, 'integrity'),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
    };
  }
  if (ctx.db === db) {
    if (found.problems.length > 0) markCorrupt(db, `integrity check: ${found.problems[0]}`);
    else if (healthOf(db).state === 'unchecked') setHealth(db, { state: 'ok' });
  }
  return {
    file: ctx.databasePath,
    name: null,
    ok: found.problems.length === 0,
    problems: found.problems,
    schemaVersion: found.schemaVersion,
    counts: found.counts,
    checkedAt,
  };
}

/** What restoring a file would bring, and whether it can be restored: `quick_check`, counts, version. */
export async function previewBackup(ctx: ServiceContext, ref: string): Promise<BackupPreview> {
  const file = resolveBackupRef(ctx, ref);
  const inspection = await inspectInWorker(file, { check: 'quick', nativeBinding: ctx.nativeBinding });
  const info = backupInfo(ctx.databasePath, file);
  return {
    file,
    name: path.basename(file),
    createdAt: info?.createdAt ?? fs.statSync(file).mtime.toISOString(),
    sizeBytes: info?.sizeBytes ?? fs.statSync(file).size,
    schemaVersion: inspection.schemaVersion,
    counts: inspection.counts,
    problem: restoreProblem(inspection),
  };
}

/** Why a file cannot be restored, or null. */
export function restoreProblem(inspection: FileInspection): BackupPreview['problem'] {
  if (!inspection.readable) return 'not_a_database';
  if (inspection.problems.length > 0 || !inspection.counts) return 'damaged';
  if ((inspection.schemaVersion ?? 0) > LATEST_SCHEMA_VERSION) return 'newer';
  // A readable SQLite file of someone else's: no workbench tables at all.
  if (inspection.schemaVersion === 0) return 'not_a_database';
  return null;
}

const problemsOf = (inspection: FileInspection) =>
  !inspection.readable ? [`not a readable database (${inspection.cause ?? 'unknown'})`] : inspection.problems;
