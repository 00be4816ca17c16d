import type { BackupCounts, BackupPreview } from '../../shared/backup/schemas';
import type { Language } from '../../shared/domain/identifiers';
import { en as sharedEn } from '../../shared/i18n/en';
import { nl as sharedNl } from '../../shared/i18n/nl';
import { type StartupDialogStrings, startupDialogStrings } from './startupDialogStrings';

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

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

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

function backupLine(t: StartupDialogStrings, facts: StartupFacts, language: Language): string {
  const latest = facts.latestBackup;
  if (!latest) return fill(t.noBackupLine, { folder: facts.backupsFolder });
  const counts = latest.counts ?? { clients: '?', engagements: '?', rounds: '?' };
  return fill(t.latestBackupLine, { date: formatWhen(latest.createdAt, language), ...counts });
}

/**
 * The dialog for a failed start, in the user's language. Each kind of failure has its own message and its
 * own ways out; it names files, never an error message or a stack (those are in the log). "Start with a new
 * database" is offered only for a damaged file, never as the default, and the file it replaces is renamed
 * to `setAsidePath`, never deleted. A damaged file that SQLite can still read may be opened read-only.
 */
export function startupFailureDialog(error: unknown, language: Language, facts: StartupFacts): StartupDialogSpec {
  const t = startupDialogStrings[language];
  const shared = (language === 'nl' ? sharedNl : sharedEn).errors;
  const kind = classifyStartupError(error);
  const details = detailsOf(error);
  const databaseLine = fill(t.databaseLine, { path: facts.databasePath });

  const button = (choice: StartupChoice, label: string) => ({ choice, label });
  const openDataFolder = button('open-data-folder', t.openDataFolder);
  const quit = button('quit', t.quit);
  const retry = button('retry', t.retry);

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

  switch (kind) {
    case 'database_newer':
      return build(t.title, shared.database_newer, `${databaseLine}\n\n${t.newerDetail}`, [openDataFolder, quit]);
    case 'database_corrupt': {
      const readable = details.readable === true;
      const ways = fill(readable ? t.corruptReadableDetail : t.corruptDetail, {
        backupLine: backupLine(t, facts, language),
      });
      const newDatabase = fill(t.newDatabaseLine, { setAside: fileName(facts.setAsidePath) });
      return build(t.title, t.corruptMessage, `${databaseLine}\n\n${ways}\n\n${newDatabase}`, [
        ...(readable ? [button('open-read-only', t.openReadOnly)] : []),
        button('restore-backup', t.restoreBackup),
        openDataFolder,
        button('new-database', t.newDatabase),
        quit,
      ]);
    }
    case 'database_locked':
      return build(t.title, shared.database_locked, `${databaseLine}\n\n${t.lockedDetail}`, [retry, quit]);
    case 'disk_full': {
      const needed = typeof details.neededBytes === 'number' ? details.neededBytes : null;
      const free = typeof details.freeBytes === 'number' ? details.freeBytes : 0;
      const detail =
        needed !== null ? fill(t.diskFullDetail, { needed: megabytes(needed - free) }) : t.diskFullDetailUnknown;
      return build(t.title, t.diskFullMessage, `${databaseLine}\n\n${detail}`, [retry, openDataFolder, quit]);
    }
    case 'database_read_only':
      return build(t.title, t.readOnlyMessage, `${databaseLine}\n\n${t.readOnlyDetail}`, [retry, openDataFolder, quit]);
    case 'io_error':
      return build(t.title, t.ioErrorMessage, `${databaseLine}\n\n${fill(t.ioErrorDetail, { log: facts.logPath })}`, [
        retry,
        openDataFolder,
        quit,
      ]);
    default:
      return build(t.otherTitle, t.otherMessage, fill(t.otherDetail, { log: facts.logPath }), [openDataFolder, quit]);
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

/** The question before restoring at start: what the chosen backup holds, or why it cannot be restored. */
export function restoreConfirmDialog(
  preview: Pick<BackupPreview, 'name' | 'createdAt' | 'counts' | 'problem'>,
  language: Language,
  setAsidePath: string,
): ConfirmSpec {
  const t = startupDialogStrings[language];
  if (preview.problem) {
    return {
      title: t.cannotRestoreTitle,
      message: fill(t[`cannotRestore_${preview.problem}`], { file: preview.name }),
      detail: '',
      buttons: [t.ok],
      defaultId: 0,
      cancelId: 0,
      confirmId: -1,
    };
  }
  const counts = preview.counts ?? { clients: 0, engagements: 0, rounds: 0 };
  return {
    title: t.restoreTitle,
    message: fill(t.restoreMessage, { date: formatWhen(preview.createdAt, language) }),
    detail: fill(t.restoreDetail, { ...counts, setAside: fileName(setAsidePath) }),
    buttons: [t.restore, t.cancel],
    defaultId: 1,
    cancelId: 1,
    confirmId: 0,
  };
}
