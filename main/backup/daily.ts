import type { BackupInfo } from '../../shared/backup/schemas';
import type { ServiceContext } from '../api/context';
import { stmt } from '../db/statements';
import { backupNow } from './backupNow';
import { listBackups } from './catalog';

const DAY_MS = 24 * 3_600_000;

/**
 * The backup at the start of the app and of `serve`: made when the newest of this database's own backups
 * is more than a day old (or there is none) and the database holds anything worth keeping. Call it once
 * the database has passed its check. Resolves with the backup, or null when none was due.
 */
export async function backUpIfDue(ctx: ServiceContext): Promise<BackupInfo | null> {
  const newest = listBackups(ctx.databasePath).find((b) => b.rotated);
  if (newest && ctx.now().getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
  if (!holdsData(ctx)) return null;
  return backupNow(ctx, 'daily');
}

function holdsData(ctx: ServiceContext): boolean {
  return (
    (
      stmt(
        ctx.db,
        'SELECT EXISTS (SELECT 1 FROM clients) OR EXISTS (SELECT 1 FROM pool_records) OR EXISTS (SELECT 1 FROM frameworks WHERE builtin = 0) AS any',
      ).get() as { any: number }
    ).any === 1
  );
}
