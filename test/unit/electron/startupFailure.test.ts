import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/result';
import { en } from '../../../shared/i18n/en';
import { nl } from '../../../shared/i18n/nl';
import { classifyStartupError, startupFailureDialog } from '../../../main/electron/startupFailure';
import { startupDialogStrings } from '../../../main/electron/startupDialogStrings';

const paths = {
  databasePath: '/home/ann/.config/SX Workbench/sx-workbench.sqlite',
  unreadableBackupPath: '/home/ann/.config/SX Workbench/sx-workbench.sqlite.unreadable-2025-03-14T09-26-53Z',
  logPath: '/home/ann/.config/SX Workbench/logs/main.log',
};
const choices = (spec: ReturnType<typeof startupFailureDialog>) => spec.buttons.map((b) => b.choice);

describe('classifyStartupError', () => {
  it('reads the database module codes', () => {
    expect(classifyStartupError(new AppError('database_newer', 'newer'))).toBe('database_newer');
    expect(classifyStartupError(new AppError('database_unreadable', 'x'))).toBe('database_unreadable');
    expect(classifyStartupError(new AppError('database_locked', 'x'))).toBe('database_locked');
  });

  it("understands SQLite's own codes", () => {
    expect(classifyStartupError(Object.assign(new Error('x'), { code: 'SQLITE_NOTADB' }))).toBe('database_unreadable');
    expect(classifyStartupError(Object.assign(new Error('x'), { code: 'SQLITE_BUSY' }))).toBe('database_locked');
  });

  it('calls everything else other', () => {
    for (const error of [
      new Error('x'),
      new AppError('internal', 'x'),
      'text',
      null,
      undefined,
      { code: 'toString' },
    ]) {
      expect(classifyStartupError(error)).toBe('other');
    }
  });
});

describe('startupFailureDialog', () => {
  it('for a newer database: explains, offers the data folder and Quit, changes nothing', () => {
    const spec = startupFailureDialog(new AppError('database_newer', 'v9 > v3'), 'en', paths);
    expect(spec.message).toBe(en.errors.database_newer);
    expect(spec.detail).toContain(paths.databasePath);
    expect(choices(spec)).toEqual(['open-data-folder', 'quit']);
    expect(spec.buttons.map((b) => b.label)).toEqual(['Open data folder', 'Quit']);
  });

  it('for an unreadable database: offers a new database and names the file the old one is kept as', () => {
    const spec = startupFailureDialog(new AppError('database_unreadable', 'not a db'), 'en', paths);
    expect(choices(spec)).toEqual(['new-database', 'open-data-folder', 'quit']);
    expect(spec.buttons[0]?.label).toBe('Start with a new database');
    expect(spec.detail).toContain('kept beside it as sx-workbench.sqlite.unreadable-2025-03-14T09-26-53Z');
  });

  it('for a locked database: offers to try again', () => {
    const spec = startupFailureDialog(new AppError('database_locked', 'busy'), 'en', paths);
    expect(choices(spec)).toEqual(['retry', 'quit']);
    expect(spec.message).toBe(en.errors.database_locked);
  });

  it('for anything else: points to the log file and never shows the error or its stack', () => {
    const error = new Error('SqliteError: no such table: secret_stuff');
    const spec = startupFailureDialog(error, 'en', paths);
    expect(spec.kind).toBe('other');
    expect(choices(spec)).toEqual(['open-data-folder', 'quit']);
    expect(spec.detail).toContain(paths.logPath);
    const shown = `${spec.title}${spec.message}${spec.detail}`;
    expect(shown).not.toContain('secret_stuff');
    expect(shown).not.toContain(' at ');
  });

  it('only ever offers a new database for an unreadable file', () => {
    for (const code of ['database_newer', 'database_locked', 'internal'] as const) {
      expect(choices(startupFailureDialog(new AppError(code, 'x'), 'en', paths))).not.toContain('new-database');
    }
  });

  it('makes Quit what Escape or closing the dialog chooses, and the first button the default', () => {
    for (const code of ['database_newer', 'database_unreadable', 'database_locked', 'internal'] as const) {
      const spec = startupFailureDialog(new AppError(code, 'x'), 'en', paths);
      expect(spec.buttons[spec.cancelId]?.choice).toBe('quit');
      expect(spec.defaultId).toBe(0);
    }
  });

  it('speaks Dutch', () => {
    const spec = startupFailureDialog(new AppError('database_unreadable', 'x'), 'nl', paths);
    expect(spec.title).toBe('SX Workbench kan zijn database niet openen');
    expect(spec.message).toBe(nl.errors.database_unreadable);
    expect(spec.buttons.map((b) => b.label)).toEqual([
      'Beginnen met een nieuwe database',
      'Gegevensmap openen',
      'Afsluiten',
    ]);
    expect(spec.detail).toContain('sx-workbench.sqlite.unreadable-2025-03-14T09-26-53Z');
  });

  it('has every dialog text in both languages', () => {
    expect(Object.keys(startupDialogStrings.nl).sort()).toEqual(Object.keys(startupDialogStrings.en).sort());
  });

  it('names a Windows backup path by its file name only', () => {
    const spec = startupFailureDialog(new AppError('database_unreadable', 'x'), 'en', {
      ...paths,
      unreadableBackupPath:
        'C:\\Users\\ann\\AppData\\Roaming\\SX Workbench\\sx-workbench.sqlite.unreadable-2025-03-14T09-26-53Z',
    });
    expect(spec.detail).toContain(' as sx-workbench.sqlite.unreadable-2025-03-14T09-26-53Z,');
  });
});
