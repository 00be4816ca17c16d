import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/result';
import type { ServiceContext } from '../api/context';
import { backupInFolder, backupsFolder } from './folder';

/**
 * The file a backup operation is about. A plain name is a backup in the folder (what the list shows); a
 * path is taken from the CLI as typed, and from the desktop app only when the consultant chose it in the
 * Open dialog — so neither the renderer nor anything talking to the bridge can make the workbench read,
 * restore or delete files of its choosing.
 */
export function resolveBackupRef(ctx: ServiceContext, ref: string): string {
  const inFolder = backupInFolder(ctx.databasePath, ref);
  const file = inFolder ?? path.resolve(ref);
  const allowed =
    inFolder !== null ||
    path.dirname(file) === backupsFolder(ctx.databasePath) ||
    ctx.transport === 'cli' ||
    (ctx.transport === 'ipc' && ctx.desktop?.wasOpened(file) === true);
  if (!allowed) {
    throw new AppError('forbidden', 'Only a backup in the list, or a file chosen in the Open dialog, can be used.', {
      file: ref,
    });
  }
  if (!fs.existsSync(file)) throw new AppError('not_found', `There is no backup ${ref}.`, { file: ref });
  return file;
}

/** A backup the list shows, for deleting: only files in the backups folder, never a path. */
export function backupToDelete(ctx: ServiceContext, ref: string): string {
  const inFolder = backupInFolder(ctx.databasePath, ref);
  const file = inFolder ?? path.resolve(ref);
  if (path.dirname(file) !== backupsFolder(ctx.databasePath) || !file.endsWith('.sqlite')) {
    throw new AppError('forbidden', 'Only a backup in the backups folder can be deleted.', { file: ref });
  }
  if (!fs.existsSync(file)) throw new AppError('not_found', `There is no backup ${ref}.`, { file: ref });
  return file;
}
