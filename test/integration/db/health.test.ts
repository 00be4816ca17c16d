import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { openForService, settleAfterStart } from '../../../main/api/serviceStart';
import { listBackups } from '../../../main/backup/catalog';
import { checkInBackground, healthOf } from '../../../main/db/health';
import { inspectFile, inspectInWorker } from '../../../main/db/inspect';
import { openWorkbenchDatabase } from '../../../main/db/open';
import { damageMiddle, openError, sha, workbenchFile } from './storageFixtures';

const ctxFor = (db: ReturnType<typeof openWorkbenchDatabase>, file: string) =>
  createContext({ db, databasePath: file, transport: 'bridge', now: () => new Date('2026-11-22T10:00:00Z') });

describe('looking for damage before the first write', () => {
  it('refuses writes while the background check runs, and accepts them once it passed', async () => {
    const file = workbenchFile('large.sqlite', 1500);
    const db = openWorkbenchDatabase(file);
    const ctx = ctxFor(db, file);
    const checked = checkInBackground(db, file);
    expect(healthOf(db).state).toBe('checking');
    expect(await dispatch(ctx, 'settings.update', { language: 'nl' })).toMatchObject({
      ok: false,
      error: { code: 'database_checking' },
    });
    expect(await dispatch(ctx, 'backup.now', {})).toMatchObject({ ok: false, error: { code: 'database_checking' } });
    expect(listBackups(file)).toEqual([]);
    // Reads answer meanwhile.
    expect((await dispatch(ctx, 'clients.get', { id: 'cl_00001' })).ok).toBe(true);
    expect(await checked).toEqual({ state: 'ok' });
    expect((await dispatch(ctx, 'settings.update', { language: 'nl' })).ok).toBe(true);
    db.close();
  });

  it('finds damage in the background and keeps refusing writes, leaving the file as it is', async () => {
    const file = workbenchFile('large-damaged.sqlite', 1500);
    damageMiddle(file);
    const before = sha(file);
    const db = openWorkbenchDatabase(file);
    const ctx = ctxFor(db, file);
    const found = await checkInBackground(db, file);
    expect(found.state).toBe('corrupt');
    expect(await dispatch(ctx, 'settings.update', { language: 'nl' })).toMatchObject({
      ok: false,
      error: { code: 'database_corrupt' },
    });
    expect(await dispatch(ctx, 'database.health', {})).toMatchObject({ ok: true, value: { state: 'corrupt' } });
    db.close();
    expect(sha(file)).toBe(before);
  });

  it('checks a file of ordinary size before the service starts', () => {
    const file = workbenchFile('ordinary.sqlite', 200);
    const { db, checkInBackground: later } = openForService(file);
    expect(later).toBe(false);
    expect(healthOf(db).state).toBe('ok');
    db.close();
    damageMiddle(file);
    expect(openError(file, { check: 'now' }).code).toBe('database_corrupt');
  });

  it('after the start: the check, then the daily backup; none for a damaged file', async () => {
    const file = workbenchFile('daily.sqlite', 200);
    const db = openWorkbenchDatabase(file);
    const ctx = ctxFor(db, file);
    await settleAfterStart(ctx, { checkInBackground: true });
    expect(healthOf(db).state).toBe('ok');
    expect(listBackups(file).map((b) => b.reason)).toEqual(['daily']);
    db.close();

    const damaged = workbenchFile('daily-damaged.sqlite', 1500);
    damageMiddle(damaged);
    const damagedDb = openWorkbenchDatabase(damaged);
    const logged: string[] = [];
    const damagedCtx = createContext({
      db: damagedDb,
      databasePath: damaged,
      transport: 'bridge',
      log: (level, message) => logged.push(`${level}: ${message}`),
    });
    await settleAfterStart(damagedCtx, { checkInBackground: true });
    expect(healthOf(damagedDb).state).toBe('corrupt');
    expect(listBackups(damaged)).toEqual([]);
    expect(logged.some((line) => line.startsWith('error: ') && line.includes('is damaged'))).toBe(true);
    damagedDb.close();
  });

  it('finds the same in a worker thread as on this one', async () => {
    const file = workbenchFile('same.sqlite', 1500);
    expect(await inspectInWorker(file, { check: 'integrity' })).toEqual(inspectFile(file, 'integrity'));
    damageMiddle(file);
    const worker = await inspectInWorker(file, { check: 'quick' });
    expect(worker).toEqual(inspectFile(file, 'quick'));
    expect(worker.problems.length).toBeGreaterThan(0);
    fs.writeFileSync(file, 'nothing');
    expect(await inspectInWorker(file, { check: 'quick' })).toMatchObject({ readable: false, cause: 'SQLITE_NOTADB' });
  });
});
