import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/result';
import { migrations } from './migrations';
import type { Migration } from './migrations/types';

/**
 * Brings the schema to LATEST_SCHEMA_VERSION. All pending steps run in one transaction, so a failure
 * leaves the file as it was; before any step runs on a database that already holds data, a consistent
 * copy is written beside it (VACUUM INTO), so even a bug in a migration cannot lose a consultant's work.
 * Returns the path of that backup, if one was made.
 */
export function migrate(
  db: Database,
  file: string,
  now: () => Date,
  steps: readonly Migration[] = migrations,
): string | null {
  const LATEST_SCHEMA_VERSION = steps.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  assertNotNewer(current, LATEST_SCHEMA_VERSION, file);
  if (current === LATEST_SCHEMA_VERSION) return null;

  const backup = current > 0 && file !== ':memory:' ? backupPath(file, current, now()) : null;
  if (backup) db.prepare('VACUUM INTO ?').run(backup);

  db.transaction(() => {
    for (const step of steps.slice(current)) {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    }
  }).immediate();
  return backup;
}

function backupPath(file: string, version: number, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const { dir, name, ext } = path.parse(file);
  return path.join(dir, `${name}.backup-v${version}-${stamp}${ext || '.sqlite'}`);
}

export function assertNotNewer(fileVersion: number, appVersion: number, file: string): void {
  if (fileVersion > appVersion) {
    throw new AppError(
      'database_newer',
      `The database ${file} was written by a newer version of SX Workbench (schema ${fileVersion}; this app knows up to ${appVersion}). Update the app; the file has not been changed.`,
      { file, fileVersion, appVersion },
    );
  }
}
