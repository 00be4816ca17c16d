import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { healthOf } from '../../../main/db/health';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../main/db/migrations';
import { openWorkbenchDatabase } from '../../../main/db/open';
import { startupFailureDialog } from '../../../main/electron/startupFailure';
import { en } from '../../../shared/i18n/en';
import { nl } from '../../../shared/i18n/nl';
import { tempDir } from '../support';
import {
  canMount,
  damageMiddle,
  databaseWithClients,
  factsFor,
  openError,
  sha,
  smallDisk,
  workbenchFile,
} from './storageFixtures';

/**
 * Opening tells apart what stands in the way, each with its own message and ways out, and leaves the file
 * byte for byte as it found it (SHA-256 before and after). The dialog texts are the desktop app's; the CLI
 * prints the error's own sentence.
 */

const choices = (error: unknown, file: string) =>
  startupFailureDialog(error, 'en', factsFor(file)).buttons.map((b) => b.choice);
const message = (error: unknown, file: string, language: 'en' | 'nl' = 'en') =>
  startupFailureDialog(error, language, factsFor(file)).message;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A database one schema version behind, on a disk with room for it but not for a copy of it. */
function oldDatabaseOnSmallDisk() {
  const source = path.join(tempDir(), 'old.sqlite');
  databaseWithClients(source, 1200, migrations.slice(0, LATEST_SCHEMA_VERSION - 1));
  const size = fs.statSync(source).size;
  const disk = smallDisk(`${Math.ceil((size * 1.4) / 4096) * 4}k`);
  cleanups.push(disk.unmount);
  const file = path.join(disk.dir, 'old.sqlite');
  fs.copyFileSync(source, file);
  return { disk, file };
}

const ctxFor = (db: ReturnType<typeof openWorkbenchDatabase>, file: string) =>
  createContext({ db, databasePath: file, transport: 'cli' });

describe('opening a database honestly', () => {
  it('refuses a file that is not a database, offers a backup first, and changes nothing', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'These are my meeting notes, not a database.\n'.repeat(200));
    const before = sha(file);
    const error = openError(file);
    expect(error.code).toBe('database_corrupt');
    expect(error.details).toMatchObject({ reason: 'not_a_database', readable: false });
    expect(message(error, file)).toBe(
      'The database file is damaged or is not a database. It has not been changed or deleted.',
    );
    expect(message(error, file, 'nl')).toBe(
      'Het databasebestand is beschadigd of is geen database. Het is niet gewijzigd of verwijderd.',
    );
    expect(choices(error, file)).toEqual(['restore-backup', 'open-data-folder', 'new-database', 'quit']);
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['notes.sqlite']);
  });

  it('refuses a file of a few bytes instead of taking it for an empty database', () => {
    const file = workbenchFile('short.sqlite', 10);
    fs.truncateSync(file, 50);
    const before = sha(file);
    expect(openError(file).details).toMatchObject({ reason: 'not_a_database' });
    expect(sha(file)).toBe(before);
  });

  it('refuses a file cut short in the middle of a page, and changes nothing', () => {
    const file = workbenchFile('cut.sqlite');
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2) + 1000);
    const before = sha(file);
    const error = openError(file);
    expect(error.code).toBe('database_corrupt');
    expect(error.details).toMatchObject({ reason: 'truncated', readable: false });
    expect(choices(error, file)).toEqual(['restore-backup', 'open-data-folder', 'new-database', 'quit']);
    expect(sha(file)).toBe(before);
  });

  it('refuses a file cut short on a page boundary, as SQLite finds it damaged, and changes nothing', () => {
    const file = workbenchFile('cut-on-page.sqlite');
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2 / 4096) * 4096);
    const before = sha(file);
    const error = openError(file, { check: 'now' });
    expect(error.code).toBe('database_corrupt');
    expect(error.details).toMatchObject({ reason: 'damaged' });
    expect(sha(file)).toBe(before);
  });

  it('finds damage in the middle of a file before the first write, and refuses every write', async () => {
    const file = workbenchFile('damaged.sqlite');
    damageMiddle(file);
    const before = sha(file);

    // The desktop app and `serve` check before the window opens: the dialog offers to look read-only.
    const error = openError(file, { check: 'now' });
    expect(error.code).toBe('database_corrupt');
    expect(error.details).toMatchObject({ reason: 'damaged', readable: true });
    expect((error.details?.problems as string[]).length).toBeGreaterThan(0);
    expect(choices(error, file)).toEqual([
      'open-read-only',
      'restore-backup',
      'open-data-folder',
      'new-database',
      'quit',
    ]);

    // The CLI opens without checking; its first write checks, and is refused.
    const db = openWorkbenchDatabase(file);
    expect(healthOf(db).state).toBe('unchecked');
    const ctx = ctxFor(db, file);
    const write = await dispatch(ctx, 'settings.update', { language: 'nl' });
    expect(write).toMatchObject({ ok: false, error: { code: 'database_corrupt' } });
    expect(healthOf(db).state).toBe('corrupt');
    expect(en.errors.database_corrupt).toMatch(/^The database file is damaged, so nothing more is saved in it/);
    expect(nl.errors.database_corrupt).toMatch(/^Het databasebestand is beschadigd/);
    db.close();
    expect(sha(file)).toBe(before);
  });

  it('opens a damaged file read-only: reads answer, writes are refused, the bytes stay as they were', async () => {
    const file = workbenchFile('look.sqlite', 40);
    // Damage an index only (the last page), so the data itself can still be read.
    const db0 = new BetterSqlite3(file);
    const pageOfIndex = db0
      .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'clients_by_archived'")
      .pluck()
      .get() as number;
    db0.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, (pageOfIndex - 1) * 4096 + 8, pageOfIndex * 4096);
    fs.writeFileSync(file, bytes);
    const before = sha(file);
    expect(openError(file, { check: 'now' }).details).toMatchObject({ readable: true });

    const db = openWorkbenchDatabase(file, { readOnly: true });
    const ctx = ctxFor(db, file);
    const listed = await dispatch(ctx, 'clients.get', { id: 'cl_00007' });
    expect(listed).toMatchObject({ ok: true, value: { client: { name: 'Client 7' } } });
    const write = await dispatch(ctx, 'clients.create', {
      name: 'New',
      sector: 'K',
      sizeBand: '1-9',
      country: 'NL',
    });
    expect(write).toMatchObject({ ok: false, error: { code: 'database_corrupt' } });
    db.close();
    expect(sha(file)).toBe(before);
  });

  it('refuses a database from a newer version, with its own message, and changes nothing', () => {
    const file = workbenchFile('future.sqlite', 5);
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = sha(file);
    const error = openError(file);
    expect(error.code).toBe('database_newer');
    expect(message(error, file)).toBe(en.errors.database_newer);
    expect(message(error, file, 'nl')).toBe(nl.errors.database_newer);
    expect(choices(error, file)).toEqual(['open-data-folder', 'quit']);
    expect(sha(file)).toBe(before);
  });

  it('refuses a migration when the disk has no room for the backup before it, and leaves nothing behind', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.sqlite');
    databaseWithClients(file, 200, migrations.slice(0, LATEST_SCHEMA_VERSION - 1));
    const before = sha(file);
    const error = openError(file, { freeSpace: () => 100_000 });
    expect(error.code).toBe('disk_full');
    expect(error.details).toMatchObject({ phase: 'backup-before-migration', freeBytes: 100_000 });
    expect(message(error, file)).toMatch(/^The disk is full/);
    expect(message(error, file, 'nl')).toMatch(/^De schijf is vol/);
    expect(choices(error, file)).toEqual(['retry', 'open-data-folder', 'quit']);
    expect(startupFailureDialog(error, 'en', factsFor(file)).detail).toMatch(/Free up at least \d+ MB/);
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([]);
    const after = new BetterSqlite3(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION - 1);
    after.close();
  });

  it.skipIf(!canMount)(
    'on a full disk: the backup before a migration fails, is removed, and the migration is not attempted',
    () => {
      const { disk, file } = oldDatabaseOnSmallDisk();
      const before = sha(file);
      // The free-space estimate is told there is room, so the copy itself runs into the full disk.
      const error = openError(file, { freeSpace: () => 1e12 });
      expect(error.code).toBe('disk_full');
      expect(error.details).toMatchObject({ phase: 'backup-before-migration', cause: 'SQLITE_FULL' });
      expect(choices(error, file)).toEqual(['retry', 'open-data-folder', 'quit']);
      expect(sha(file)).toBe(before);
      expect(fs.readdirSync(path.join(disk.dir, 'backups'))).toEqual([]);
      const after = new BetterSqlite3(file, { readonly: true });
      expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION - 1);
      after.close();
    },
  );

  it.skipIf(!canMount)('on a full disk: the same refusal from the real free space, before copying anything', () => {
    const { file } = oldDatabaseOnSmallDisk();
    const before = sha(file);
    const error = openError(file);
    expect(error.code).toBe('disk_full');
    expect(error.details?.freeBytes).toBeLessThan(error.details?.neededBytes as number);
    expect(sha(file)).toBe(before);
  });

  it('refuses a file on a read-only disk or without permission, with its own message, and changes nothing', () => {
    let file: string;
    if (canMount) {
      const disk = smallDisk('4m');
      cleanups.push(disk.unmount);
      file = path.join(disk.dir, 'locked-away.sqlite');
      databaseWithClients(file, 20);
      disk.readOnly();
    } else {
      file = workbenchFile('locked-away.sqlite', 20);
      fs.chmodSync(file, 0o444);
      fs.chmodSync(path.dirname(file), 0o555);
      cleanups.push(() => fs.chmodSync(path.dirname(file), 0o755));
    }
    const before = sha(file);
    const error = openError(file);
    expect(error.code).toBe('database_read_only');
    expect(message(error, file)).toMatch(/read-only or permission is missing/);
    expect(message(error, file, 'nl')).toMatch(/alleen-lezen of de toestemming ontbreekt/);
    expect(choices(error, file)).toEqual(['retry', 'open-data-folder', 'quit']);
    expect(sha(file)).toBe(before);
  });
});

describe('storage problems during work', () => {
  it('answers a write that fills the disk with disk_full, keeps what was there, and goes on after', async () => {
    const file = workbenchFile('full.sqlite', 10);
    const db = openWorkbenchDatabase(file);
    const ctx = ctxFor(db, file);
    // SQLite's own limit on the file's pages stands in for a full disk: it answers SQLITE_FULL alike.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const create = (i: number) =>
      dispatch(ctx, 'clients.create', {
        name: `Extra ${i}`,
        sector: 'K',
        sizeBand: '1-9',
        country: 'NL',
        notes: 'n'.repeat(1500),
      });
    let added = 0;
    let refused = await create(added);
    while (refused.ok && added < 500) refused = await create(++added);
    expect(refused).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    expect(db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(10 + added);
    db.pragma('max_page_count = 1073741823');
    expect((await dispatch(ctx, 'settings.update', { language: 'nl' })).ok).toBe(true);
    db.close();
  });

  it('answers a write refused by a read-only file with database_read_only', async () => {
    const file = workbenchFile('ro.sqlite', 3);
    const db = openWorkbenchDatabase(file);
    const ctx = ctxFor(db, file);
    db.pragma('query_only = ON');
    const answer = await dispatch(ctx, 'settings.update', { language: 'nl' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'database_read_only' } });
    db.close();
  });
});
