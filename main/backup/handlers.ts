import { basename } from 'node:path';
import { AppError } from '../../shared/api/result';
import { ROTATION } from '../../shared/backup/rotation';
import type { backupOperations } from '../../shared/backup/operations';
import type { HandlersOf } from '../api/handlers';
import { preparedWrite } from '../api/preparedWrite';
import { auditDetails, auditSubject } from '../api/writeScope';
import { healthOf } from '../db/health';
import { backupNow } from './backupNow';
import { listBackups, removeBackup } from './catalog';
import { backupsFolder } from './folder';
import { backupToDelete } from './refs';
import { restoreBackup } from './restore';
import { previewBackup, verifyBackup } from './verify';

const SQLITE_FILES = { name: 'SX Workbench database', extensions: ['sqlite', 'sqlite3', 'db'] };

export const backupHandlers: HandlersOf<typeof backupOperations> = {
  'database.health': (_, ctx) => healthOf(ctx.db),
  'backup.list': (_, ctx) => ({
    folder: backupsFolder(ctx.databasePath),
    backups: listBackups(ctx.databasePath),
    rotation: { ...ROTATION },
  }),
  'backup.now': async (_, ctx) => {
    // Said before copying, not after: its record could not be written while the database is being checked.
    const state = healthOf(ctx.db).state;
    if (state === 'checking' || state === 'restoring') {
      throw new AppError('database_checking', 'The database is being checked or restored; back up in a moment.', {
        state,
      });
    }
    const info = await backupNow(ctx, 'manual');
    return preparedWrite(() => {
      auditSubject(ctx.db, info.name);
      auditDetails(ctx.db, { reason: info.reason, sizeBytes: info.sizeBytes });
      return info;
    });
  },
  'backup.verify': async ({ file }, ctx) => {
    const result = await verifyBackup(ctx, file);
    return preparedWrite(() => result);
  },
  'backup.preview': ({ file }, ctx) => previewBackup(ctx, file),
  'backup.restore': ({ file }, ctx) => restoreBackup(ctx, file),
  'backup.delete': ({ file }, ctx) => {
    const target = backupToDelete(ctx, file);
    removeBackup(target, ctx.nativeBinding);
    auditSubject(ctx.db, basename(target));
    return { deleted: basename(target) };
  },
  'backup.chooseFile': async (_, ctx) => {
    if (!ctx.desktop) {
      throw new AppError(
        'unavailable',
        'Choosing a file to restore needs the desktop app; put the file in the backups folder instead.',
      );
    }
    const file = await ctx.desktop.chooseOpenPath(backupsFolder(ctx.databasePath), SQLITE_FILES);
    return file ? { file } : null;
  },
};
