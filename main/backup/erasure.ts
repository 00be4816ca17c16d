import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { BackupInfo } from '../../shared/backup/schemas';
import type { BackupSummary } from '../../shared/clients/erasure';
import type { ErasureBackups, ServiceContext } from '../api/context';
import { backupNow } from './backupNow';
import { backupInfo, listBackups, removeBackup } from './catalog';
import { backupToDelete } from './refs';
import { readSidecar, writeSidecar } from './sidecar';

/**
 * What erasing a client (main/clients/erasure.ts) asks of the backups kept beside this context's database:
 * a verified backup just before the erasure, the backups that still hold the client, and deleting one of
 * them (only a file in the backups folder). Reads `ctx.db` at each call, so a restore's new connection is
 * the one backed up. Once the client is gone from the database, the backups that still hold it are marked
 * as older than an erasure, so Settings → Backups says so beside each and offers to delete it.
 */
export function erasureBackups(ctx: ServiceContext): ErasureBackups {
  return {
    backupNow: async () => summary(await backupNow(ctx, 'before-erasure')),
    holding: (clientId) => {
      const erased = ctx.db.prepare('SELECT 1 FROM clients WHERE id = ?').get(clientId) === undefined;
      const holding = erased ? markBackupsHoldingErasedClient(ctx, clientId) : backupsHoldingClient(ctx, clientId);
      return holding.map(summary);
    },
    remove: (file) => removeBackup(backupToDelete(ctx, file), ctx.nativeBinding),
  };
}

function summary(backup: BackupInfo): BackupSummary {
  return { file: backup.file, createdAt: backup.createdAt, bytes: backup.sizeBytes };
}

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
