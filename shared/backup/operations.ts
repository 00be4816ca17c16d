import { command, query } from '../api/operation';
import { ENTITIES } from '../api/entities';
import { Nothing } from '../domain/primitives';
import {
  type BackupInfo,
  type BackupList,
  type BackupPreview,
  BackupRef,
  type DatabaseHealth,
  type RestoreResult,
  VerifyInput,
  type VerifyResult,
} from './schemas';

/**
 * Backups and restore (main/backup/). Backups live in a `backups/` folder beside the database, verified
 * and kept on a rotation (shared/backup/rotation.ts); `file` is a backup's name as the list shows it, or a
 * path from the CLI or the desktop's Open dialog (`backup.chooseFile`).
 */
export const backupOperations = {
  /** Is the open database checked, being checked, damaged? The screens warn and offer a restore. */
  'database.health': query<DatabaseHealth>()({ input: Nothing, reads: [] }),
  'backup.list': query<BackupList>()({ input: Nothing, reads: ['backups'] }),
  /** A verified backup of the database as it is now (`integrity_check` on the copy, counts). */
  'backup.now': command<BackupInfo>()({ input: Nothing, writes: ['backups'], audit: 'backup', async: true }),
  /** `integrity_check` of a backup (recorded beside it), or without `file` of the database in use. */
  'backup.verify': command<VerifyResult>()({
    input: VerifyInput,
    writes: ['backups'],
    audit: false,
    async: true,
    errors: ['not_found', 'forbidden'],
  }),
  /** What restoring a file would bring (date, counts), and whether it can be restored. */
  'backup.preview': query<BackupPreview>()({
    input: BackupRef,
    reads: ['backups'],
    async: true,
    errors: ['not_found', 'forbidden'],
  }),
  /**
   * Restores a backup after backing up the database as it is; the app carries on with the restored data.
   * A file that is not a database, damaged or newer is `invalid_input` (field `file`, code `backup_…`).
   */
  'backup.restore': command<RestoreResult>()({
    input: BackupRef,
    writes: ENTITIES,
    audit: 'backup',
    async: true,
    errors: ['not_found', 'forbidden'],
  }),
  /** Deletes a backup from the folder (one older than an erasure still holds the erased client). */
  'backup.delete': command<{ deleted: string }>()({
    input: BackupRef,
    writes: ['backups'],
    audit: 'backup',
    errors: ['not_found', 'forbidden'],
  }),
  /** The desktop's Open dialog, in the backups folder, for restoring a file from elsewhere. */
  'backup.chooseFile': command<{ file: string } | null>()({
    input: Nothing,
    writes: [],
    audit: false,
    async: true,
    errors: ['unavailable'],
  }),
};
