import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BACKUP_REASONS } from '../../shared/backup/schemas';

/**
 * A backup's metadata, in a small JSON file beside it (`<backup>.sqlite.json`): when and why it was made,
 * the counts and the result of its verification, and which erased clients it still holds. Beside the file
 * rather than in the database, so it survives a restore of an older database and travels with the backup.
 */
const Counts = z.object({ clients: z.number().int(), engagements: z.number().int(), rounds: z.number().int() });

export const BackupSidecar = z.object({
  format: z.literal('sxw-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  /** The database it was made from (file name only). */
  database: z.string(),
  schemaVersion: z.number().int().nullable(),
  appVersion: z.string(),
  counts: Counts.nullable(),
  verification: z.object({ at: z.string(), ok: z.boolean(), problems: z.array(z.string()) }).nullable(),
  /** Ids of clients erased since this backup was made, which it still holds (ids only, never names). */
  erasedClients: z.array(z.string()).default([]),
});
export type BackupSidecar = z.infer<typeof BackupSidecar>;

export const sidecarPath = (backupFile: string) => `${backupFile}.json`;

/** The metadata beside a backup; null when there is none or it cannot be read (a file put there by hand). */
export function readSidecar(backupFile: string): BackupSidecar | null {
  try {
    const parsed = BackupSidecar.safeParse(JSON.parse(fs.readFileSync(sidecarPath(backupFile), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written whole or not at all: a temporary file beside it, flushed, then renamed over. */
export function writeSidecar(backupFile: string, sidecar: BackupSidecar): void {
  const target = sidecarPath(backupFile);
  const temp = path.join(path.dirname(target), `.~${path.basename(target)}.${process.pid}.tmp`);
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeSync(fd, `${JSON.stringify(sidecar, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
