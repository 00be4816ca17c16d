import type { BackupCounts, BackupPreview } from '../../shared/backup/schemas';
import type { TFunction } from 'i18next';
import type { Language } from '../../shared/domain/identifiers';
import { translator } from '../../shared/i18n';
import type { TranslationKey } from '../../shared/i18n/keys';

export type StartupFailureKind =
  'database_newer' | 'database_corrupt' | 'database_locked' | 'disk_full' | 'database_read_only' | 'io_error' | 'other';
export type StartupChoice =
  'open-data-folder' | 'quit' | 'new-database' | 'retry' | 'open-read-only' | 'restore-backup';

export interface StartupDialogSpec {
  kind: StartupFailureKind;
  title: string;
  message: string;
  detail: string;
  buttons: { choice: StartupChoice; label: string }[];
  /** Index of the button Enter presses: never "Start with a new database". */
  defaultId: number;
  /** Index chosen when the dialog is dismissed (Escape, closing it): always Quit. */
  cancelId: number;
}

/** What the dialog can say about the way out: where backups are and the newest one. */
export interface StartupFacts {
  databasePath: string;
  /** The name the damaged file would be kept under. */
  setAsidePath: string;
  logPath: string;
  backupsFolder: string;
  latestBackup: { createdAt: string; counts: BackupCounts | null } | null;
}

const KINDS = new Set<StartupFailureKind>([
  'database_newer',
  'database_corrupt',
  'database_locked',
  'disk_full',
  'database_read_only',
  'io_error',
]);

/** SQLite's own codes, for errors that reach the shell without the database module's translation. */
const SQLITE_CODES: Record<string, StartupFailureKind> = {
  SQLITE_NOTADB: 'database_corrupt',
  SQLITE_CORRUPT: 'database_corrupt',
  SQLITE_BUSY: 'database_locked',
  SQLITE_LOCKED: 'database_locked',
  SQLITE_FULL: 'disk_full',
  SQLITE_READONLY: 'database_read_only',
  SQLITE_IOERR: 'io_error',
};

/** Which startup failure an error is, by its `code` (the database module throws AppError codes). */
export function classifyStartupError(error: unknown): StartupFailureKind {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return 'other';
  if (KINDS.has(code as StartupFailureKind)) return code as StartupFailureKind;
  return Object.hasOwn(SQLITE_CODES, code) ? (SQLITE_CODES[code] ?? 'other') : 'other';
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** A date and time as the consultant reads them, in the dialog's language. */
export function formatWhen(iso: string, language: Language): string {
  return new Date(iso).toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  });
}

function detailsOf(error: unknown): Record<string, unknown> {
  const details = typeof error === 'object' && error !== null ? (error as { details?: unknown }).details : undefined;
  return typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
}

function backupLine(t: TFunction, facts: StartupFacts, language: Language): string {
  const latest = facts.latestBackup;
  if (!latest) return t('startup.noBackupLine', { folder: facts.backupsFolder });
  const counts = latest.counts ?? { clients: '?', engagements: '?', rounds: '?' };
  return t('startup.latestBackupLine', { date: formatWhen(latest.createdAt, language), ...counts });
}

/**
 * The dialog for a failed start, in the user's language. Each kind of failure has its own message and its
 * own ways out; it names files, never an error message or a stack (those are in the log). "Start with a new
 * database" is offered only for a damaged file, never as the default, and the file it replaces is renamed
 * to `setAsidePath`, never deleted. A damaged file that SQLite can still read may be opened read-only.
 */
export function startupFailureDialog(error: unknown, language: Language, facts: StartupFacts): StartupDialogSpec {
  const t = translator(language);
  const kind = classifyStartupError(error);
  const details = detailsOf(error);
  const databaseLine = t('startup.databaseLine', { path: facts.databasePath });

  const button = (choice: StartupChoice, label: string) => ({ choice, label });
  const openDataFolder = button('open-data-folder', t('startup.openDataFolder'));
  const quit = button('quit', t('startup.quit'));
  const retry = button('retry', t('startup.retry'));

  const build = (
    title: string,
    message: string,
    detail: string,
    buttons: StartupDialogSpec['buttons'],
  ): StartupDialogSpec => ({
    kind,
    title,
    message,
    detail,
    buttons,
    defaultId: 0,
    cancelId: buttons.findIndex((b) => b.choice === 'quit'),
  });

  const title = t('startup.title');
  switch (kind) {
    case 'database_newer':
      return build(title, t('errors.database_newer'), `${databaseLine}\n\n${t('startup.newerDetail')}`, [
        openDataFolder,
        quit,
      ]);
    case 'database_corrupt': {
      const readable = details.readable === true;
      const ways = t(readable ? 'startup.corruptReadableDetail' : 'startup.corruptDetail', {
        backupLine: backupLine(t, facts, language),
      });
      const newDatabase = t('startup.newDatabaseLine', { setAside: fileName(facts.setAsidePath) });
      return build(title, t('startup.corruptMessage'), `${databaseLine}\n\n${ways}\n\n${newDatabase}`, [
        ...(readable ? [button('open-read-only', t('startup.openReadOnly'))] : []),
        button('restore-backup', t('startup.restoreBackup')),
        openDataFolder,
        button('new-database', t('startup.newDatabase')),
        quit,
      ]);
    }
    case 'database_locked':
      return build(title, t('errors.database_locked'), `${databaseLine}\n\n${t('startup.lockedDetail')}`, [
        retry,
        quit,
      ]);
    case 'disk_full': {
      const needed = typeof details.neededBytes === 'number' ? details.neededBytes : null;
      const free = typeof details.freeBytes === 'number' ? details.freeBytes : 0;
      const detail =
        needed !== null
          ? t('startup.diskFullDetail', { needed: megabytes(needed - free) })
          : t('startup.diskFullDetailUnknown');
      return build(title, t('startup.diskFullMessage'), `${databaseLine}\n\n${detail}`, [retry, openDataFolder, quit]);
    }
    case 'database_read_only':
      return build(title, t('startup.readOnlyMessage'), `${databaseLine}\n\n${t('startup.readOnlyDetail')}`, [
        retry,
        openDataFolder,
        quit,
      ]);
    case 'io_error':
      return build(
        title,
        t('startup.ioErrorMessage'),
        `${databaseLine}\n\n${t('startup.ioErrorDetail', { log: facts.logPath })}`,
        [retry, openDataFolder, quit],
      );
    default:
      return build(
        t('startup.otherTitle'),
        t('startup.otherMessage'),
        t('startup.otherDetail', { log: facts.logPath }),
        [openDataFolder, quit],
      );
  }
}

const megabytes = (bytes: number) => `${Math.max(1, Math.ceil(bytes / (1024 * 1024)))} MB`;

export interface ConfirmSpec {
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  /** The safe choice: Enter cancels. */
  defaultId: number;
  cancelId: number;
  /** Index of the button that goes ahead; -1 when the file cannot be restored (the dialog only informs). */
  confirmId: number;
}

const CANNOT_RESTORE = {
  not_a_database: 'startup.cannotRestore.not_a_database',
  damaged: 'startup.cannotRestore.damaged',
  newer: 'startup.cannotRestore.newer',
} as const satisfies Record<NonNullable<BackupPreview['problem']>, TranslationKey>;

/** The question before restoring at start: what the chosen backup holds, or why it cannot be restored. */
export function restoreConfirmDialog(
  preview: Pick<BackupPreview, 'name' | 'createdAt' | 'counts' | 'problem'>,
  language: Language,
  setAsidePath: string,
): ConfirmSpec {
  const t = translator(language);
  if (preview.problem) {
    return {
      title: t('startup.cannotRestoreTitle'),
      message: t(CANNOT_RESTORE[preview.problem], { file: preview.name }),
      detail: '',
      buttons: [t('startup.ok')],
      defaultId: 0,
      cancelId: 0,
      confirmId: -1,
    };
  }
  const counts = preview.counts ?? { clients: 0, engagements: 0, rounds: 0 };
  return {
    title: t('startup.restoreTitle'),
    message: t('startup.restoreMessage', { date: formatWhen(preview.createdAt, language) }),
    detail: t('startup.restoreDetail', { ...counts, setAside: fileName(setAsidePath) }),
    buttons: [t('startup.restore'), t('startup.cancel')],
    defaultId: 1,
    cancelId: 1,
    confirmId: 0,
  };
}
