import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/backup/schemas';
import { backupsToKeep } from '../../shared/backup/rotation';
import { backupsFolder, parseBackupName } from './folder';
import { sweepBackupEvidence } from './evidence';
import { readSidecar, sidecarPath } from './sidecar';

/**
 * The backups folder as a list: every `.sqlite` file in it, newest first, with what its metadata says. A
 * file without metadata (copied there by hand, or from before metadata existed) is listed too, dated by its
 * name or its modification time and not yet verified; only the workbench's own backups are ever pruned.
 */
export function listBackups(databasePath: string): BackupInfo[] {
  const folder = backupsFolder(databasePath);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    if (!name.endsWith('.sqlite')) continue;
    const info = backupInfo(databasePath, path.join(folder, name));
    if (info) backups.push(info);
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** One backup file as the list shows it; null when it is not a file (any more). */
export function backupInfo(databasePath: string, file: string): BackupInfo | null {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch {
    return null;
  }
  if (!stats.isFile()) return null;
  const name = path.basename(file);
  const named = path.dirname(file) === backupsFolder(databasePath) ? parseBackupName(databasePath, name) : null;
  const meta = readSidecar(file);
  return {
    name,
    file,
    createdAt: meta?.createdAt ?? named?.createdAt ?? stats.mtime.toISOString(),
    reason: meta?.reason ?? named?.reason ?? 'other',
    sizeBytes: stats.size,
    schemaVersion: meta?.schemaVersion ?? null,
    counts: meta?.counts ?? null,
    verification: meta?.verification ?? null,
    erasedClients: meta?.erasedClients.length ?? 0,
    rotated: named !== null,
  };
}

/**
 * Applies the rotation (shared/backup/rotation.ts) to this database's own backups and deletes the rest
 * with their metadata. `keep` (the backup just made) is never deleted. Returns the names deleted.
 */
export function pruneBackups(databasePath: string, now: Date, keep: string, nativeBinding?: string): string[] {
  const own = listBackups(databasePath).filter((b) => b.rotated);
  const kept = backupsToKeep(own, now);
  const deleted: string[] = [];
  for (const backup of own) {
    if (kept.has(backup) || backup.file === keep) continue;
    removeBackup(backup.file, nativeBinding);
    deleted.push(backup.name);
  }
  return deleted;
}

/** Deletes a backup and its metadata, and the evidence files only it named. */
export function removeBackup(file: string, nativeBinding?: string): void {
  fs.rmSync(file, { force: true });
  fs.rmSync(sidecarPath(file), { force: true });
  sweepBackupEvidence(path.dirname(file), nativeBinding);
}
