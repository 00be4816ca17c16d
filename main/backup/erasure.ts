import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { BackupInfo } from '../../shared/backup/schemas';
import type { ServiceContext } from '../api/context';
import { backupInfo, listBackups } from './catalog';
import { readSidecar, writeSidecar } from './sidecar';

/**
 * For erasing a client: which backups still hold them. Each backup is opened read-only and asked for the
 * client's row (an indexed look-up, about a millisecond per backup), so the answer is exact for backups made
 * by any version and for files put in the folder by hand. A backup that cannot be read is left out.
 */
export function backupsHoldingClient(ctx: ServiceContext, clientId: string): BackupInfo[] {
  return listBackups(ctx.databasePath).filter((backup) => holdsClient(backup.file, clientId, ctx.nativeBinding));
}

/**
 * After an erasure: marks every backup that still holds the erased client, so the Settings list shows
 * which backups are older than an erasure and offers to delete them (`backup.delete`). Keeps only the id
 * beside the backup, never a name. Answers with the backups so marked.
 */
export function markBackupsHoldingErasedClient(ctx: ServiceContext, clientId: string): BackupInfo[] {
  const marked: BackupInfo[] = [];
  for (const backup of backupsHoldingClient(ctx, clientId)) {
    const meta = readSidecar(backup.file);
    writeSidecar(backup.file, {
      format: 'sxw-backup',
      version: 1,
      createdAt: backup.createdAt,
      reason: backup.reason,
      database: meta?.database ?? path.basename(ctx.databasePath),
      schemaVersion: backup.schemaVersion,
      appVersion: meta?.appVersion ?? ctx.version,
      counts: backup.counts,
      verification: backup.verification,
      erasedClients: [...new Set([...(meta?.erasedClients ?? []), clientId])],
    });
    const info = backupInfo(ctx.databasePath, backup.file);
    if (info) marked.push(info);
  }
  return marked;
}

function holdsClient(file: string, clientId: string, nativeBinding?: string): boolean {
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    return db.prepare('SELECT 1 FROM clients WHERE id = ?').get(clientId) !== undefined;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
