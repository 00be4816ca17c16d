import type { Language } from '../../shared/domain/identifiers';
import { en as sharedEn } from '../../shared/i18n/en';
import { nl as sharedNl } from '../../shared/i18n/nl';
import { startupDialogStrings } from './startupDialogStrings';

export type StartupFailureKind = 'database_newer' | 'database_unreadable' | 'database_locked' | 'other';
export type StartupChoice = 'open-data-folder' | 'quit' | 'new-database' | 'retry';

export interface StartupDialogSpec {
  kind: StartupFailureKind;
  title: string;
  message: string;
  detail: string;
  buttons: { choice: StartupChoice; label: string }[];
  /** Index of the button Enter presses. */
  defaultId: number;
  /** Index chosen when the dialog is dismissed (Escape, closing it): always Quit. */
  cancelId: number;
}

/** SQLite's own codes, for errors that reach the shell without the database module's translation. */
const SQLITE_CODES: Record<string, StartupFailureKind> = {
  SQLITE_NOTADB: 'database_unreadable',
  SQLITE_CORRUPT: 'database_unreadable',
  SQLITE_BUSY: 'database_locked',
  SQLITE_LOCKED: 'database_locked',
};

/** Which startup failure an error is, by its `code` (the database module throws AppError-style codes). */
export function classifyStartupError(error: unknown): StartupFailureKind {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'database_newer' || code === 'database_unreadable' || code === 'database_locked') return code;
  if (typeof code === 'string' && Object.hasOwn(SQLITE_CODES, code)) return SQLITE_CODES[code] ?? 'other';
  return 'other';
}

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/**
 * The dialog for a failed start, in the user's language. It names files, never an error message or a
 * stack (those are in the log). "Start with a new database" is only offered for an unreadable file, and
 * the file it replaces is renamed to `unreadableBackupPath`, never deleted.
 */
export function startupFailureDialog(
  error: unknown,
  language: Language,
  paths: { databasePath: string; unreadableBackupPath: string; logPath: string },
): StartupDialogSpec {
  const t = startupDialogStrings[language];
  const shared = (language === 'nl' ? sharedNl : sharedEn).errors;
  const kind = classifyStartupError(error);
  const databaseLine = fill(t.databaseLine, { path: paths.databasePath });
  const backupName = paths.unreadableBackupPath.split(/[\\/]/).pop() ?? paths.unreadableBackupPath;

  const openDataFolder = { choice: 'open-data-folder' as const, label: t.openDataFolder };
  const quit = { choice: 'quit' as const, label: t.quit };

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
    case 'database_unreadable':
      return build(
        t.title,
        shared.database_unreadable,
        `${databaseLine}\n\n${fill(t.unreadableDetail, { backup: backupName })}`,
        [{ choice: 'new-database', label: t.newDatabase }, openDataFolder, quit],
      );
    case 'database_locked':
      return build(t.title, shared.database_locked, `${databaseLine}\n\n${t.lockedDetail}`, [
        { choice: 'retry', label: t.retry },
        quit,
      ]);
    default:
      return build(t.otherTitle, t.otherMessage, fill(t.otherDetail, { log: paths.logPath }), [openDataFolder, quit]);
  }
}
