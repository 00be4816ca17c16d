import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_REASONS, type BackupReason } from '../../shared/backup/schemas';

/**
 * Where backups live and what they are called: a `backups/` folder beside the database, one file per
 * backup named after the database, the moment (UTC) and the reason, e.g.
 * `sx-workbench.backup-2026-11-22T10-00-00-000Z-daily.sqlite`, with its metadata beside it in
 * `….sqlite.json` (see sidecar.ts). No colons, so the names are valid on Windows.
 */
export const BACKUPS_FOLDER = 'backups';

export function backupsFolder(databasePath: string): string {
  return path.join(path.dirname(path.resolve(databasePath)), BACKUPS_FOLDER);
}

const stemOf = (databasePath: string) => path.parse(databasePath).name;

const stampOf = (at: Date) => at.toISOString().replace(/:/g, '-').replace('.', '-');

export function backupName(databasePath: string, at: Date, reason: BackupReason): string {
  return `${stemOf(databasePath)}.backup-${stampOf(at)}-${reason}.sqlite`;
}

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.sqlite$/;

/** The moment and reason of one of this database's automatic backups; null for any other file. */
export function parseBackupName(
  databasePath: string,
  name: string,
): { createdAt: string; reason: BackupReason } | null {
  const prefix = `${stemOf(databasePath)}.backup-`;
  if (!name.startsWith(prefix)) return null;
  const m = STAMP.exec(name.slice(prefix.length));
  if (!m) return null;
  const reason = m[6] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  return { createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, reason };
}

/** A new backup's path; two backups in the same millisecond get consecutive stamps, never one file. */
export function newBackupPath(databasePath: string, at: Date, reason: BackupReason): string {
  const folder = backupsFolder(databasePath);
  for (let ms = at.getTime(); ; ms++) {
    const candidate = path.join(folder, backupName(databasePath, new Date(ms), reason));
    if (!fs.existsSync(candidate) && !fs.existsSync(`${candidate}.partial`)) return candidate;
  }
}

/**
 * A name the list showed, as a path in the folder; null when it is not a plain file name (a path, `..`),
 * so no caller can reach outside the folder through it.
 */
export function backupInFolder(databasePath: string, name: string): string | null {
  if (name !== path.basename(name) || name.includes('/') || name.includes('\\') || name === '.' || name === '..') {
    return null;
  }
  return path.join(backupsFolder(databasePath), name);
}
