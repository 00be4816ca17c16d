import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeHub } from '../../../main/api/changes';
import { call, callAsync, dispatchSync } from '../../../main/api/dispatch';
import { folderBackups } from '../fixtures/folderBackups';
import { MARKERS, markedClient, must, otherClient, run } from '../fixtures/markedClient';
import { tempDir, testContext } from '../support';

/** The markers as stored, and as the search index keeps its words: lower case, possibly without their start. */
function needles(): Buffer[] {
  return Object.values(MARKERS).flatMap((m) => {
    const word = m.split(/[^\p{L}]+/u)[0] ?? '';
    return (word.length >= 6 ? [m, word.toLowerCase().slice(-6)] : [m]).map((s) => Buffer.from(s));
  });
}

function foundInFile(file: string): string[] {
  const found = new Set<string>();
  for (const f of [file, `${file}-wal`]) {
    if (!fs.existsSync(f)) continue;
    const bytes = fs.readFileSync(f);
    for (const n of needles()) if (bytes.includes(n)) found.add(n.toString());
  }
  return [...found];
}

describe('erasing a client', () => {
  it('leaves none of their texts in the bytes of the database file or its log', async () => {
    const ctx = testContext();
    otherClient(ctx);
    const marked = markedClient(ctx);
    ctx.db.pragma('wal_checkpoint(PASSIVE)');
    // The markers are there to be found before (in the file, its log or both), so their absence means something.
    expect(foundInFile(ctx.file)).toEqual(
      expect.arrayContaining(Object.values(MARKERS).filter((m) => m !== MARKERS.surveyFile)),
    );

    const report = await run(ctx, 'clients.erase', { id: marked.clientId, confirm: MARKERS.name });

    expect(report.compacted).toBe(true);
    expect(foundInFile(ctx.file)).toEqual([]);
    expect(fs.statSync(`${ctx.file}-wal`).size).toBe(0);
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The other client is whole, and found by search.
    const list = must(call(ctx, 'clients.list', { search: 'westl' }));
    expect(list.rows.map((r) => r.name)).toEqual(['Gemeente Westland']);
    expect(must(call(ctx, 'clients.list', { search: 'zeldzaam' })).total).toBe(0);
  });

  it('also removes what a file written before secure delete still holds in its free space', async () => {
    const ctx = testContext();
    ctx.db.pragma('secure_delete = OFF');
    for (let i = 0; i < 20; i++) otherClient(ctx, `Gemeente ${i}`);
    const marked = markedClient(ctx, 1);
    const edit = (notes: string) =>
      must(
        call(ctx, 'clients.update', {
          id: marked.clientId,
          name: MARKERS.name,
          sector: 'Q',
          sizeBand: '250-999',
          country: 'NL',
          notes,
        }),
      );
    for (let v = 1; v <= 4; v++) edit(`Vroegeremarker ${'x'.repeat(v * 40)}`);
    edit(MARKERS.notes);
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    ctx.db.pragma('secure_delete = ON');
    const old = () => fs.readFileSync(ctx.file).includes(Buffer.from('Vroegeremarker'));
    expect(old()).toBe(true);

    await run(ctx, 'clients.erase', { id: marked.clientId, confirm: MARKERS.name });

    expect(old()).toBe(false);
    expect(foundInFile(ctx.file)).toEqual([]);
  });

  it('removes every row of theirs, their search entries and their record in the benchmark pool', async () => {
    const ctx = testContext();
    const other = otherClient(ctx);
    const marked = markedClient(ctx, 3);
    const before = (table: string) => ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    expect(before('pool_records')).toBe(1);

    const report = await run(ctx, 'clients.erase', { id: marked.clientId, confirm: `  ${MARKERS.name} ` });

    expect(report.counts).toEqual({
      contacts: 1,
      engagements: 1,
      rounds: 2,
      respondents: 5,
      answers: 3 * 45 + 3,
      contributions: 1,
    });
    const count = (sql: string) => ctx.db.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM clients')).toBe(1);
    expect(count('SELECT count(*) FROM contacts')).toBe(1);
    expect(count('SELECT count(*) FROM engagements')).toBe(1);
    expect(count('SELECT count(*) FROM assessments')).toBe(1);
    expect(count('SELECT count(*) FROM respondents') + count('SELECT count(*) FROM answers')).toBe(0);
    expect(count('SELECT count(*) FROM shift_positions') + count('SELECT count(*) FROM pool_records')).toBe(0);
    expect(count('SELECT count(*) FROM client_search')).toBe(1);
    expect(count(`SELECT rowid FROM client_search WHERE client_search MATCH 'westland'`)).toBe(
      count(`SELECT seq FROM clients WHERE id = '${other}'`),
    );
    // No word of theirs is left in the index's segments (a plain delete leaves them there until a merge).
    const segments = ctx.db.prepare('SELECT block FROM client_search_data').pluck().all() as Buffer[];
    for (const word of ['dzaamnaam', 'itiemarker', 'tactmarker', 'telmarker', 'mailmarker']) {
      expect(
        segments.some((b) => b.includes(Buffer.from(word))),
        word,
      ).toBe(false);
    }
  });

  it('keeps in the audit log only that a client was erased', async () => {
    const ctx = testContext();
    const other = otherClient(ctx);
    const marked = markedClient(ctx);
    const auditRows = () =>
      ctx.db.prepare('SELECT action, entity, entity_id AS id, details FROM audit_log ORDER BY audit_log.id').all() as {
        action: string;
        entity: string;
        id: string;
        details: string | null;
      }[];
    const aboutThem = (rows: ReturnType<typeof auditRows>) =>
      rows.filter((r) => marked.ids.some((id) => r.id === id || r.details?.includes(`"${id}"`)));
    expect(aboutThem(auditRows()).length).toBeGreaterThan(10);
    expect(auditRows().some((r) => r.details?.includes(MARKERS.reopenReason))).toBe(true);
    const othersBefore = auditRows().filter((r) => r.id === other || r.details?.includes(`"${other}"`));

    const report = await run(ctx, 'clients.erase', { id: marked.clientId, confirm: MARKERS.name });

    const after = auditRows();
    expect(aboutThem(after)).toEqual([]);
    expect(after.filter((r) => r.id === other || r.details?.includes(`"${other}"`))).toEqual(othersBefore);
    expect(after.at(-1)).toEqual({ action: 'erase', entity: 'client', id: '-', details: null });
    expect(report.auditEntries).toBeGreaterThan(10);
    // The change log names operations and kinds of things, never ids.
    const changes = ctx.db.prepare('SELECT operation || entities FROM change_log').pluck().all() as string[];
    expect(changes.filter((c) => marked.ids.some((id) => c.includes(id)))).toEqual([]);
  });

  it('refuses a name that does not match and changes nothing, not even a backup', async () => {
    const ctx = testContext();
    const marked = markedClient(ctx, 1);
    const backups = folderBackups(ctx.db, tempDir(), ctx.now);
    ctx.erasureBackups = backups;
    const answer = await callAsync(ctx, 'clients.erase', { id: marked.clientId, confirm: 'Zeldzaamnaam' });
    expect(answer.ok || answer.error.code).toBe('conflict');
    expect(backups.made).toEqual([]);
    expect(must(call(ctx, 'clients.get', { id: marked.clientId })).client.name).toBe(MARKERS.name);
    const unknown = await callAsync(ctx, 'clients.erase', { id: 'cl_nope', confirm: 'x' });
    expect(unknown.ok || unknown.error.code).toBe('not_found');
  });

  it('makes a backup first, lists the backups that hold the client and deletes them when asked', async () => {
    const ctx = testContext();
    const folder = tempDir();
    const backups = folderBackups(ctx.db, folder, ctx.now);
    ctx.erasureBackups = backups;
    const marked = markedClient(ctx, 1);
    const older = backups.backupNow('erasure');
    otherClient(ctx);

    const preview = await run(ctx, 'clients.erasurePreview', { id: marked.clientId });
    expect(preview.backups.map((b) => b.file)).toEqual([older.file]);
    expect(preview.counts).toMatchObject({ engagements: 1, rounds: 2, respondents: 3 });

    const kept = await run(ctx, 'clients.erase', { id: marked.clientId, confirm: MARKERS.name });
    expect(kept.backup?.file).toBe(path.join(folder, 'backup-2-erasure.sqlite'));
    expect(kept.backupsHolding.map((b) => b.file).sort()).toEqual([older.file, kept.backup?.file].sort());
    expect(kept.backupsDeleted).toEqual([]);
    // The backup was made before the erasure: it holds the client, so the erasure can be undone from it.
    expect(foundInFile(kept.backup!.file)).toContain(MARKERS.name);
  });

  it('deletes the backups that hold the client, the one made before erasing included', async () => {
    const ctx = testContext();
    const folder = tempDir();
    const backups = folderBackups(ctx.db, folder, ctx.now);
    ctx.erasureBackups = backups;
    otherClient(ctx);
    const withoutThem = backups.backupNow('erasure');
    const marked = markedClient(ctx, 1);
    const withThem = backups.backupNow('erasure');

    const report = await run(ctx, 'clients.erase', { id: marked.clientId, confirm: MARKERS.name, deleteBackups: true });

    expect(report.backup?.file).toBe(path.join(folder, 'backup-3-erasure.sqlite'));
    expect(report.backupsDeleted.map((b) => b.file).sort()).toEqual([withThem.file, report.backup?.file].sort());
    expect(report.backupsHolding).toEqual([]);
    expect(fs.readdirSync(folder)).toEqual([path.basename(withoutThem.file)]);
  });

  it('erases nothing when the backup before it fails', async () => {
    const ctx = testContext();
    const backups = folderBackups(ctx.db, tempDir(), ctx.now);
    backups.failNext = new Error('ENOSPC: no space left on device');
    ctx.erasureBackups = backups;
    const marked = markedClient(ctx, 1);
    const seq = changeHub(ctx.db).lastSeq;
    const answer = await callAsync(ctx, 'clients.erase', { id: marked.clientId, confirm: MARKERS.name });
    expect(answer.ok || answer.error.code).toBe('internal');
    expect(must(call(ctx, 'clients.get', { id: marked.clientId })).engagements).toHaveLength(1);
    expect(changeHub(ctx.db).lastSeq).toBe(seq);
  });

  it('commits as one write with one change event, and is refused where a caller cannot wait', async () => {
    const ctx = testContext();
    const marked = markedClient(ctx, 1);
    const events: string[][] = [];
    changeHub(ctx.db).subscribe((e) => events.push(e.entities));
    const sync = dispatchSync(ctx, 'clients.erase', { id: marked.clientId, confirm: MARKERS.name });
    expect(sync.ok || sync.error.code).toBe('internal');
    expect(must(call(ctx, 'clients.get', { id: marked.clientId })).client.name).toBe(MARKERS.name);

    const answer = await callAsync(ctx, 'clients.erase', { id: marked.clientId, confirm: MARKERS.name });
    expect(answer.ok).toBe(true);
    expect(events).toEqual([
      [
        'clients',
        'contacts',
        'engagements',
        'assessments',
        'respondents',
        'answers',
        'shifts',
        'pool',
        'roadmap',
        'initiatives',
        'notes',
        'dossiers',
        'evidence',
      ],
    ]);
    expect(ctx.db.prepare('SELECT operation FROM change_log ORDER BY seq DESC LIMIT 1').pluck().get()).toBe(
      'clients.erase',
    );
  });
});
