import type { BackupInfo } from '../../shared/backup/schemas';
import type { ServiceContext } from '../api/context';
import { backupNow } from './backupNow';

/**
 * The backup a large import takes before it writes (`ctx.backupBeforeImport`): the same verified online
 * backup as "Back up now", with the reason `before-import`, kept on the same rotation. Installed by the
 * desktop app, the CLI and `serve`, and by the job worker for an import it runs for them. Reads `ctx.db` at
 * each call, so the connection backed up is the one the import is about to write through.
 */
export function importBackup(ctx: ServiceContext): () => Promise<BackupInfo> {
  return () => backupNow(ctx, 'before-import');
}
