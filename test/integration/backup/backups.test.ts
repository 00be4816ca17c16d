import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { changeHub } from '../../../main/api/changes';
import { callAsync, dispatch } from '../../../main/api/dispatch';
import type { LocalChangeEvent } from '../../../main/api/changes';
import { backupNow } from '../../../main/backup/backupNow';
import { listBackups } from '../../../main/backup/catalog';
import { backUpIfDue } from '../../../main/backup/daily';
import { erasureBackups } from '../../../main/backup/erasure';
import { backupsFolder } from '../../../main/backup/folder';
import { readSidecar } from '../../../main/backup/sidecar';
import { healthOf, markCorrupt } from '../../../main/db/health';
import { openWorkbenchDatabase } from '../../../main/db/open';
import { ENTITIES } from '../../../shared/api/entities';
import type { OperationName } from '../../../shared/api/operations';
import { testContext } from '../support';
import { damageMiddle, sha, workbenchFile } from '../db/storageFixtures';

type Ctx = ReturnType<typeof testContext>;

async function must<T>(answer: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await answer;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}
const run = <T = { id: string }>(ctx: Ctx, op: OperationName, input: unknown) => must<T>(dispatch(ctx, op, input));

async function addClient(ctx: Ctx, name: string) {
  const { id } = await run(ctx, 'clients.create', { name, sector: 'K', sizeBand: '50-249', country: 'NL' });
  await run(ctx, 'engagements.create', { clientId: id, title: `Diagnose ${name}`, purpose: 'diagnosis' });
  return id;
}

/** Every row of every data table (the audit and change logs are history, kept apart). */
function dataOf(ctx: Ctx): Record<string, unknown[]> {
  const tables = ctx.db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'client_search%' AND name NOT IN ('audit_log', 'change_log')",
    )
    .pluck()
    .all() as string[];
  // Sorted whole, whatever a table's columns: a table of one column has no second to order by.
  const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
  return Object.fromEntries(tables.map((t) => [t, sorted(ctx.db.prepare(`SELECT * FROM ${t}`).all())]));
}

/** A clock the test moves. */
function movableClock(ctx: Ctx, start: string) {
  let now = new Date(start);
  ctx.now = () => now;
  return (iso: string) => {
    now = new Date(iso);
  };
}

describe('backups', () => {
  it('makes a verified, self-contained backup in backups/ beside the database, with its metadata', async () => {
    const ctx = testContext();
    await addClient(ctx, 'Zorg Zuid');
    const made = await must<Awaited<ReturnType<typeof backupNow>>>(dispatch(ctx, 'backup.now', {}));
    expect(path.dirname(made.file)).toBe(path.join(path.dirname(ctx.file), 'backups'));
    expect(made.name).toBe('workbench.backup-2026-11-22T10-00-00-000Z-manual.sqlite');
    expect(made).toMatchObject({
      reason: 'manual',
      counts: { clients: 1, engagements: 1, rounds: 0 },
      verification: { ok: true, problems: [] },
      rotated: true,
      erasedClients: 0,
    });
    expect(made.sizeBytes).toBe(fs.statSync(made.file).size);
    // One file: not in WAL mode, no -wal or -shm beside it.
    expect([...fs.readFileSync(made.file).subarray(18, 20)]).toEqual([1, 1]);
    expect(fs.readdirSync(backupsFolder(ctx.file)).sort()).toEqual([made.name, `${made.name}.json`]);
    expect(readSidecar(made.file)).toMatchObject({ database: 'workbench.sqlite', appVersion: '0.0.0' });
    const copy = new BetterSqlite3(made.file, { readonly: true });
    expect(copy.prepare('SELECT name FROM clients').pluck().all()).toEqual(['Zorg Zuid']);
    copy.close();
    // The list shows it, and the audit trail says a backup was made (not of what).
    expect((await must<{ backups: { name: string }[] }>(dispatch(ctx, 'backup.list', {}))).backups).toEqual([
      expect.objectContaining({ name: made.name }),
    ]);
    expect(ctx.db.prepare("SELECT action, entity, entity_id FROM audit_log WHERE entity = 'backup'").all()).toEqual([
      { action: 'now', entity: 'backup', entity_id: made.name },
    ]);
  });

  it('restores exactly the backed-up data, backs up the current state first, and carries on with a new connection', async () => {
    const ctx = testContext();
    const kept = await addClient(ctx, 'Kept');
    const removed = await addClient(ctx, 'Removed later');
    await run(ctx, 'settings.update', { benchmarkK: 7 });
    const backup = await backupNow(ctx, 'manual');
    const backedUp = dataOf(ctx);

    await addClient(ctx, 'Added later');
    await run(ctx, 'clients.erase', { id: removed, confirm: 'Removed later' });
    await run(ctx, 'settings.update', { benchmarkK: 9 });
    const changed = dataOf(ctx);
    const before = ctx.db;
    const events: LocalChangeEvent[] = [];
    changeHub(before).subscribe((e) => events.push(e));
    const lastSeq = changeHub(before).lastSeq;

    const restored = await dispatch(ctx, 'backup.restore', { file: backup.name });
    expect(restored.ok).toBe(true);
    expect(ctx.db).not.toBe(before);
    expect(before.open).toBe(false);
    expect(dataOf(ctx)).toEqual(backedUp);
    const value = (restored as { value: { safetyBackup: { name: string; reason: string }; setAside: null } }).value;
    expect(value).toMatchObject({ counts: { clients: 2, engagements: 2, rounds: 0 }, setAside: null });
    expect(value.safetyBackup.reason).toBe('before-restore');

    // Every screen hears one change naming everything, newer than anything it saw before.
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ operation: 'backup.restore', entities: [...ENTITIES] });
    expect(events[0]?.seq).toBeGreaterThan(lastSeq);
    expect((restored as { change?: { seq: number } }).change?.seq).toBe(events[0]?.seq);

    // The app carries on: writes work on the restored data, and their events keep counting up.
    const next = await addClient(ctx, 'After the restore');
    expect(events.at(-1)?.seq).toBeGreaterThan(events[0]?.seq as number);
    expect((await run<{ client: { name: string } }>(ctx, 'clients.get', { id: kept })).client.name).toBe('Kept');
    expect(ctx.db.prepare('SELECT count(*) FROM clients WHERE id = ?').pluck().get(next)).toBe(1);
    expect(ctx.db.prepare("SELECT action FROM audit_log WHERE entity = 'backup'").pluck().all()).toContain('restore');

    // The safety backup undoes the restore.
    await run(ctx, 'backup.restore', { file: value.safetyBackup.name });
    expect(dataOf(ctx)).toEqual(changed);
  });

  it('lets another connection to the same file (the CLI or serve beside the app) see the restored data', async () => {
    const ctx = testContext();
    await addClient(ctx, 'First');
    const backup = await backupNow(ctx, 'manual');
    await addClient(ctx, 'Second');
    const beside = openWorkbenchDatabase(ctx.file);
    expect(beside.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(2);
    await run(ctx, 'backup.restore', { file: backup.name });
    expect(beside.prepare('SELECT name FROM clients').pluck().all()).toEqual(['First']);
    beside.close();
  });

  it('refuses to restore a file that is damaged, not a database, or from a newer version, and changes nothing', async () => {
    const ctx = testContext();
    await addClient(ctx, 'Present');
    const good = await backupNow(ctx, 'manual');
    const folder = backupsFolder(ctx.file);
    const damaged = path.join(folder, 'damaged.sqlite');
    fs.copyFileSync(workbenchFile('big.sqlite', 1500), damaged);
    damageMiddle(damaged);
    fs.writeFileSync(path.join(folder, 'notes.sqlite'), 'not a database at all '.repeat(100));
    const newer = path.join(folder, 'newer.sqlite');
    fs.copyFileSync(good.file, newer);
    const raw = new BetterSqlite3(newer);
    raw.pragma('user_version = 999');
    raw.close();
    const before = dataOf(ctx);

    for (const [file, code] of [
      ['damaged.sqlite', 'backup_damaged'],
      ['notes.sqlite', 'backup_not_a_database'],
      ['newer.sqlite', 'backup_newer'],
    ] as const) {
      const preview = await must<{ problem: string | null }>(dispatch(ctx, 'backup.preview', { file }));
      expect(preview.problem).toBe(code.slice('backup_'.length));
      const answer = await dispatch(ctx, 'backup.restore', { file });
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', details: { fields: [{ path: 'file', code }] } },
      });
    }
    expect(dataOf(ctx)).toEqual(before);
    expect(healthOf(ctx.db).state).toBe('ok');
    expect(listBackups(ctx.file).filter((b) => b.reason === 'before-restore')).toEqual([]);
  });

  it('restores over a damaged database by setting it aside, byte for byte, never deleting it', async () => {
    const ctx = testContext({ file: workbenchFile('workbench.sqlite', 1500) });
    const backup = await backupNow(ctx, 'manual');
    ctx.db.close();
    damageMiddle(ctx.file);
    const damagedBytes = sha(ctx.file);
    ctx.db = openWorkbenchDatabase(ctx.file);

    const answer = await dispatch(ctx, 'backup.restore', { file: backup.name });
    expect(answer.ok).toBe(true);
    const { setAside, safetyBackup } = (answer as { value: { setAside: string; safetyBackup: null } }).value;
    expect(safetyBackup).toBeNull();
    expect(path.basename(setAside)).toMatch(/^workbench\.sqlite\.damaged-2026-11-22T10-00-00Z$/);
    expect(sha(setAside)).toBe(damagedBytes);
    expect(ctx.db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(1500);
    expect(healthOf(ctx.db).state).toBe('ok');
    expect((await dispatch(ctx, 'settings.update', { language: 'nl' })).ok).toBe(true);
  });

  it('refuses to back up a database known to be damaged, and a copy that fails its check marks it damaged', async () => {
    const ctx = testContext();
    await addClient(ctx, 'Client');
    markCorrupt(ctx.db, 'test');
    await expect(backupNow(ctx, 'manual')).rejects.toMatchObject({ code: 'database_corrupt' });

    const other = testContext({ file: workbenchFile('workbench.sqlite', 1500) });
    other.db.close();
    damageMiddle(other.file);
    other.db = openWorkbenchDatabase(other.file);
    await expect(backupNow(other, 'daily')).rejects.toMatchObject({ code: 'database_corrupt' });
    expect(healthOf(other.db).state).toBe('corrupt');
    expect(fs.readdirSync(backupsFolder(other.file))).toEqual([]);
  });

  it('keeps backups on the rotation: 24 hours, 7 days, 4 weeks, 12 months — and never prunes a file put there by hand', async () => {
    const ctx = testContext();
    await addClient(ctx, 'Kept');
    const folder = backupsFolder(ctx.file);
    fs.mkdirSync(folder, { recursive: true });
    fs.copyFileSync(ctx.file, path.join(folder, 'copied by hand.sqlite'));
    // A backup every day at 09:00 for 400 days (copies named as the workbench names them).
    for (let day = 0; day < 400; day += 1) {
      const at = new Date(Date.UTC(2026, 0, 1 + day, 9));
      const name = `workbench.backup-${at.toISOString().replace(/:/g, '-').replace('.', '-')}-daily.sqlite`;
      fs.writeFileSync(path.join(folder, name), '');
      fs.writeFileSync(path.join(folder, `${name}.json`), '{}');
    }
    movableClock(ctx, '2027-02-04T17:00:00Z');
    await backupNow(ctx, 'manual');
    const own = listBackups(ctx.file).filter((b) => b.rotated);
    expect(own.map((b) => b.createdAt.slice(0, 10))).toEqual([
      // the last 24 hours: the backup just made and this morning's
      '2027-02-04',
      '2027-02-04',
      // the newest of the 7 latest days (today counted), then of 4 ISO weeks, then of 12 months
      '2027-02-03',
      '2027-02-02',
      '2027-02-01',
      '2027-01-31',
      '2027-01-30',
      '2027-01-29',
      '2027-01-24',
      '2027-01-17',
      '2026-12-31',
      '2026-11-30',
      '2026-10-31',
      '2026-09-30',
      '2026-08-31',
      '2026-07-31',
      '2026-06-30',
      '2026-05-31',
      '2026-04-30',
      '2026-03-31',
    ]);
    expect(listBackups(ctx.file).some((b) => b.name === 'copied by hand.sqlite' && !b.rotated)).toBe(true);
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.json'))).toHaveLength(own.length);
  });

  it('makes the daily backup when the last is more than a day old and the database holds something', async () => {
    const ctx = testContext();
    const setNow = movableClock(ctx, '2026-11-22T10:00:00Z');
    expect(await backUpIfDue(ctx)).toBeNull();
    await addClient(ctx, 'Something');
    expect((await backUpIfDue(ctx))?.reason).toBe('daily');
    setNow('2026-11-23T09:00:00Z');
    expect(await backUpIfDue(ctx)).toBeNull();
    setNow('2026-11-23T10:00:01Z');
    expect((await backUpIfDue(ctx))?.reason).toBe('daily');
  });

  it('verifies a backup and records the answer beside it; verifies the database in use without a file', async () => {
    const ctx = testContext();
    await addClient(ctx, 'A');
    const made = await backupNow(ctx, 'manual');
    movableClock(ctx, '2026-12-01T08:00:00Z');
    const result = await must<{ ok: boolean; counts: unknown }>(dispatch(ctx, 'backup.verify', { file: made.name }));
    expect(result).toMatchObject({ ok: true, counts: { clients: 1, engagements: 1, rounds: 0 } });
    expect(readSidecar(made.file)?.verification).toEqual({ at: '2026-12-01T08:00:00.000Z', ok: true, problems: [] });
    const live = await must<{ ok: boolean; name: string | null }>(dispatch(ctx, 'backup.verify', {}));
    expect(live).toMatchObject({ ok: true, name: null });
  });

  it('deletes only backups in the folder, and only files chosen there or in the Open dialog may be read', async () => {
    const ctx = testContext();
    await addClient(ctx, 'A');
    const made = await backupNow(ctx, 'manual');
    const bridge = { ...ctx, transport: 'bridge' as const };
    expect(await dispatch(bridge, 'backup.preview', { file: ctx.file })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await dispatch(bridge, 'backup.delete', { file: '../workbench.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await dispatch(bridge, 'backup.restore', { file: '/etc/hostname' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await dispatch(bridge, 'backup.delete', { file: made.name })).toMatchObject({
      ok: true,
      value: { deleted: made.name },
    });
    expect(fs.existsSync(made.file)).toBe(false);
    expect(fs.existsSync(`${made.file}.json`)).toBe(false);
    expect(fs.existsSync(ctx.file)).toBe(true);
  });

  it('backs up before an erasure, lists the backups that still hold the client and marks them for the list', async () => {
    const ctx = testContext();
    ctx.erasureBackups = erasureBackups(ctx);
    const gone = await addClient(ctx, 'To be erased');
    const older = await backupNow(ctx, 'manual');
    const stays = await addClient(ctx, 'Stays');

    const preview = await run<{ backups: { file: string }[]; backupsKept: boolean }>(ctx, 'clients.erasurePreview', {
      id: gone,
    });
    expect(preview).toMatchObject({ backupsKept: true, backups: [{ file: older.file }] });
    // Before the erasure nothing is marked: the client is still here.
    expect(readSidecar(older.file)?.erasedClients).toEqual([]);

    const report = await run<{ backup: { file: string }; backupsHolding: { file: string }[] }>(ctx, 'clients.erase', {
      id: gone,
      confirm: 'To be erased',
    });
    const made = listBackups(ctx.file).find((b) => b.reason === 'before-erasure');
    expect(made).toMatchObject({ counts: { clients: 2 }, verification: { ok: true } });
    expect(report.backup.file).toBe(made?.file);
    expect(report.backupsHolding.map((b) => b.file).sort()).toEqual([older.file, made?.file].sort());
    // The list says which backups are older than an erasure; the sidecar keeps the id, never the name.
    expect(readSidecar(older.file)?.erasedClients).toEqual([gone]);
    expect(fs.readFileSync(`${older.file}.json`, 'utf8')).not.toContain('To be erased');
    const listed = await must<{ backups: { name: string; erasedClients: number }[] }>(dispatch(ctx, 'backup.list', {}));
    expect(listed.backups.map((b) => [b.name, b.erasedClients]).sort()).toEqual(
      [
        [older.name, 1],
        [made?.name, 1],
      ].sort(),
    );

    // Erasing the other client with deleteBackups takes every backup that holds it, and only those.
    const second = await run<{ backupsDeleted: { file: string }[]; backupsHolding: unknown[] }>(ctx, 'clients.erase', {
      id: stays,
      confirm: 'Stays',
      deleteBackups: true,
    });
    expect(second.backupsHolding).toEqual([]);
    expect(second.backupsDeleted.map((b) => b.file)).toContain(made?.file);
    expect(fs.existsSync(made!.file)).toBe(false);
    expect(fs.existsSync(`${made!.file}.json`)).toBe(false);
    expect(fs.existsSync(older.file)).toBe(true);
  });

  it('lets an erasure delete only files in the backups folder', async () => {
    const ctx = testContext();
    const backups = erasureBackups(ctx);
    const outside = path.join(path.dirname(ctx.file), 'elsewhere.sqlite');
    fs.writeFileSync(outside, 'x');
    expect(() => backups.remove(outside)).toThrow(/Only a backup in the backups folder/);
    expect(() => backups.remove(ctx.file)).toThrow(/Only a backup in the backups folder/);
    expect(fs.existsSync(outside) && fs.existsSync(ctx.file)).toBe(true);
  });

  it('erases nothing when the backup before the erasure cannot be made', async () => {
    const ctx = testContext();
    ctx.erasureBackups = erasureBackups(ctx);
    const id = await addClient(ctx, 'Kept whole');
    fs.mkdirSync(path.dirname(backupsFolder(ctx.file)), { recursive: true });
    fs.writeFileSync(backupsFolder(ctx.file), 'a file where the folder should be');
    const answer = await callAsync(ctx, 'clients.erase', { id, confirm: 'Kept whole' });
    expect(answer.ok).toBe(false);
    expect((await run<{ client: { name: string } }>(ctx, 'clients.get', { id })).client.name).toBe('Kept whole');
  });

  it('answers chooseFile with unavailable outside the desktop app', async () => {
    const ctx = testContext();
    expect(await callAsync(ctx, 'backup.chooseFile', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
