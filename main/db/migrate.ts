import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/result';
import { migrations } from './migrations';
import type { Migration } from './migrations/types';

/**
 * Writes the backup before a migration and returns its path; throws (and leaves nothing behind) when it
 * cannot, and then the migration is not attempted. See main/backup/beforeMigration.ts.
 */
export type BackupBeforeMigration = (db: Database, fromVersion: number) => string;

/**
 * Brings the schema to LATEST_SCHEMA_VERSION. All pending steps run in one transaction, so a failure
 * leaves the file as it was; before any step runs on a database that already holds data, `backup` writes a
 * verified copy, so even a bug in a migration cannot lose a consultant's work. Returns the path of that
 * backup, if one was made.
 */
export function migrate(
  db: Database,
  file: string,
  backup: BackupBeforeMigration | null,
  steps: readonly Migration[] = migrations,
): string | null {
  const LATEST_SCHEMA_VERSION = steps.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  assertNotNewer(current, LATEST_SCHEMA_VERSION, file);
  if (current === LATEST_SCHEMA_VERSION) return null;

  const copy = current > 0 && backup ? backup(db, current) : null;

  db.transaction(() => {
    for (const step of steps.slice(current)) {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    }
  }).immediate();
  return copy;
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
