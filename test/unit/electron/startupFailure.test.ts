import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/result';
import { en } from '../../../shared/i18n/en';
import { nl } from '../../../shared/i18n/nl';
import {
  classifyStartupError,
  restoreConfirmDialog,
  type StartupFacts,
  startupFailureDialog,
} from '../../../main/electron/startupFailure';

const facts: StartupFacts = {
  databasePath: '/home/ann/.config/SX Workbench/sx-workbench.sqlite',
  setAsidePath: '/home/ann/.config/SX Workbench/sx-workbench.sqlite.damaged-2025-03-14T09-26-53Z',
  logPath: '/home/ann/.config/SX Workbench/logs/main.log',
  backupsFolder: '/home/ann/.config/SX Workbench/backups',
  latestBackup: { createdAt: '2025-03-13T08:15:00.000Z', counts: { clients: 12, engagements: 30, rounds: 41 } },
};
const choices = (spec: ReturnType<typeof startupFailureDialog>) => spec.buttons.map((b) => b.choice);
const corrupt = (readable: boolean) =>
  new AppError('database_corrupt', 'x', { reason: readable ? 'damaged' : 'not_a_database', readable });

describe('classifyStartupError', () => {
  it('reads the database module codes', () => {
    for (const code of [
      'database_newer',
      'database_corrupt',
      'database_locked',
      'disk_full',
      'database_read_only',
      'io_error',
    ] as const) {
      expect(classifyStartupError(new AppError(code, 'x'))).toBe(code);
    }
  });

  it("understands SQLite's own codes", () => {
    expect(classifyStartupError(Object.assign(new Error('x'), { code: 'SQLITE_NOTADB' }))).toBe('database_corrupt');
    expect(classifyStartupError(Object.assign(new Error('x'), { code: 'SQLITE_BUSY' }))).toBe('database_locked');
    expect(classifyStartupError(Object.assign(new Error('x'), { code: 'SQLITE_FULL' }))).toBe('disk_full');
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
    const spec = startupFailureDialog(new AppError('database_newer', 'v9 > v3'), 'en', facts);
    expect(spec.message).toBe(en.errors.database_newer);
    expect(spec.detail).toContain(facts.databasePath);
    expect(choices(spec)).toEqual(['open-data-folder', 'quit']);
    expect(spec.buttons.map((b) => b.label)).toEqual(['Open data folder', 'Quit']);
  });

  it('for a damaged file SQLite can still read: read-only first, then a backup, never a new database by default', () => {
    const spec = startupFailureDialog(corrupt(true), 'en', facts);
    expect(spec.message).toBe('The database file is damaged or is not a database. It has not been changed or deleted.');
    expect(choices(spec)).toEqual(['open-read-only', 'restore-backup', 'open-data-folder', 'new-database', 'quit']);
    expect(spec.buttons[spec.defaultId]?.choice).toBe('open-read-only');
    expect(spec.detail).toContain(
      'The newest backup is from 13 March 2025 at 08:15: 12 clients, 30 engagements, 41 rounds.',
    );
    expect(spec.detail).toContain(
      'keeps the damaged file beside it as sx-workbench.sqlite.damaged-2025-03-14T09-26-53Z;',
    );
  });

  it('for a file that is not a database: restoring a backup is the default, no read-only', () => {
    const spec = startupFailureDialog(corrupt(false), 'en', { ...facts, latestBackup: null });
    expect(choices(spec)).toEqual(['restore-backup', 'open-data-folder', 'new-database', 'quit']);
    expect(spec.buttons[spec.defaultId]?.label).toBe('Restore a backup…');
    expect(spec.detail).toContain(
      'There are no backups in /home/ann/.config/SX Workbench/backups; you can choose a backup file from elsewhere.',
    );
  });

  it('for a locked database: offers to try again', () => {
    const spec = startupFailureDialog(new AppError('database_locked', 'busy'), 'en', facts);
    expect(choices(spec)).toEqual(['retry', 'quit']);
    expect(spec.message).toBe(en.errors.database_locked);
  });

  it('for a full disk: says how much to free, offers to try again and the data folder', () => {
    const error = new AppError('disk_full', 'x', { neededBytes: 60 * 1024 * 1024, freeBytes: 20 * 1024 * 1024 });
    const spec = startupFailureDialog(error, 'en', facts);
    expect(choices(spec)).toEqual(['retry', 'open-data-folder', 'quit']);
    expect(spec.message).toMatch(/^The disk is full/);
    expect(spec.detail).toContain('Free up at least 40 MB on this disk, then choose Try again.');
    expect(startupFailureDialog(new AppError('disk_full', 'x'), 'en', facts).detail).toContain(
      'Free up space on this disk',
    );
  });

  it('for a read-only disk or missing permission, and for an I/O error: try again, never a new database', () => {
    const readOnly = startupFailureDialog(new AppError('database_read_only', 'x'), 'en', facts);
    expect(choices(readOnly)).toEqual(['retry', 'open-data-folder', 'quit']);
    expect(readOnly.message).toMatch(/read-only or permission is missing/);
    const io = startupFailureDialog(new AppError('io_error', 'x'), 'en', facts);
    expect(choices(io)).toEqual(['retry', 'open-data-folder', 'quit']);
    expect(io.detail).toContain(facts.logPath);
  });

  it('for anything else: points to the log file and never shows the error or its stack', () => {
    const error = new Error('SqliteError: no such table: secret_stuff');
    const spec = startupFailureDialog(error, 'en', facts);
    expect(spec.kind).toBe('other');
    expect(choices(spec)).toEqual(['open-data-folder', 'quit']);
    expect(spec.detail).toContain(facts.logPath);
    const shown = `${spec.title}${spec.message}${spec.detail}`;
    expect(shown).not.toContain('secret_stuff');
    expect(shown).not.toContain(' at ');
  });

  it('only ever offers a new database for a damaged file, and never as what Enter does', () => {
    for (const code of [
      'database_newer',
      'database_locked',
      'disk_full',
      'database_read_only',
      'io_error',
      'internal',
    ] as const) {
      expect(choices(startupFailureDialog(new AppError(code, 'x'), 'en', facts))).not.toContain('new-database');
    }
    for (const readable of [true, false]) {
      const spec = startupFailureDialog(corrupt(readable), 'en', facts);
      expect(spec.buttons[spec.defaultId]?.choice).not.toBe('new-database');
    }
  });

  it('makes Quit what Escape or closing the dialog chooses', () => {
    for (const error of [
      new AppError('database_newer', 'x'),
      corrupt(true),
      corrupt(false),
      new AppError('database_locked', 'x'),
      new AppError('disk_full', 'x'),
      new AppError('database_read_only', 'x'),
      new AppError('io_error', 'x'),
      new AppError('internal', 'x'),
    ]) {
      const spec = startupFailureDialog(error, 'en', facts);
      expect(spec.buttons[spec.cancelId]?.choice).toBe('quit');
    }
  });

  it('speaks Dutch', () => {
    const spec = startupFailureDialog(corrupt(true), 'nl', facts);
    expect(spec.title).toBe('SX Workbench kan zijn database niet openen');
    expect(spec.message).toBe(
      'Het databasebestand is beschadigd of is geen database. Het is niet gewijzigd of verwijderd.',
    );
    expect(spec.buttons.map((b) => b.label)).toEqual([
      'Alleen-lezen openen',
      'Back-up terugzetten…',
      'Gegevensmap openen',
      'Beginnen met een nieuwe database',
      'Afsluiten',
    ]);
    expect(spec.detail).toContain(
      'De nieuwste back-up is van 13 maart 2025 om 08:15: 12 opdrachtgevers, 30 opdrachten, 41 meetrondes.',
    );
    expect(startupFailureDialog(new AppError('disk_full', 'x'), 'nl', facts).message).toMatch(/^De schijf is vol/);
    expect(startupFailureDialog(new AppError('database_locked', 'x'), 'nl', facts).message).toBe(
      nl.errors.database_locked,
    );
  });

  it('fills every placeholder of every dialog, in both languages', () => {
    const errors = [
      ...['database_newer', 'database_locked', 'database_read_only', 'io_error'].map(
        (c) => new AppError(c as never, 'x'),
      ),
      corrupt(true),
      corrupt(false),
      new AppError('disk_full', 'x', { neededBytes: 5e6, freeBytes: 1e6 }),
      new AppError('disk_full', 'x'),
      new Error('unexpected'),
    ];
    for (const language of ['en', 'nl'] as const) {
      for (const error of errors) {
        for (const spec of [
          startupFailureDialog(error, language, facts),
          startupFailureDialog(error, language, { ...facts, latestBackup: null }),
        ]) {
          const texts = [spec.title, spec.message, spec.detail, ...spec.buttons.map((b) => b.label)];
          for (const text of texts) {
            expect(text).not.toMatch(/\{|\}|^startup\./);
            expect(text.trim()).not.toBe('');
          }
        }
      }
    }
  });

  it('names a Windows set-aside path by its file name only', () => {
    const spec = startupFailureDialog(corrupt(false), 'en', {
      ...facts,
      setAsidePath: 'C:\\Users\\ann\\AppData\\Roaming\\SX Workbench\\sx-workbench.sqlite.damaged-2025-03-14T09-26-53Z',
    });
    expect(spec.detail).toContain(' as sx-workbench.sqlite.damaged-2025-03-14T09-26-53Z;');
  });
});

describe('restoreConfirmDialog', () => {
  const preview = {
    name: 'sx-workbench.backup-2025-03-13T08-15-00-000Z-daily.sqlite',
    createdAt: '2025-03-13T08:15:00.000Z',
    counts: { clients: 12, engagements: 30, rounds: 41 },
    problem: null,
  };

  it('says what the backup holds and where the damaged file goes, with Cancel as the safe default', () => {
    const spec = restoreConfirmDialog(preview, 'en', facts.setAsidePath);
    expect(spec.message).toBe('Restore the backup of 13 March 2025 at 08:15?');
    expect(spec.detail).toBe(
      'It holds 12 clients, 30 engagements and 41 rounds. The damaged database is kept beside it as sx-workbench.sqlite.damaged-2025-03-14T09-26-53Z; nothing is deleted.',
    );
    expect(spec.buttons).toEqual(['Restore', 'Cancel']);
    expect(spec.buttons[spec.defaultId]).toBe('Cancel');
    expect(spec.confirmId).toBe(0);
  });

  it('only informs when the file cannot be restored', () => {
    const spec = restoreConfirmDialog({ ...preview, problem: 'damaged' }, 'nl', facts.setAsidePath);
    expect(spec.message).toBe(`${preview.name} is ook beschadigd. Kies een andere back-up.`);
    expect(spec.buttons).toEqual(['OK']);
    expect(spec.confirmId).toBe(-1);
  });
});
