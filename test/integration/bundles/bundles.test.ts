import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { changeHub } from '../../../main/api/changes';
import type { ServiceContext } from '../../../main/api/context';
import { call, callAsync } from '../../../main/api/dispatch';
import { migrate } from '../../../main/db/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../main/db/migrations';
import type { Migration } from '../../../main/db/migrations/types';
import type { OperationInput } from '../../../shared/api/operations';
import { MARKERS, markedClient, must, otherClient, run } from '../fixtures/markedClient';
import { testContext } from '../support';

type Ctx = ReturnType<typeof testContext>;

async function exportOf(ctx: ServiceContext, input: OperationInput<'bundles.export'>): Promise<Buffer> {
  return Buffer.from((await run(ctx, 'bundles.export', input)).contentBase64, 'base64');
}

function importInput(bytes: Buffer, extra: { passphrase?: string; asNew?: boolean } = {}) {
  return { contentBase64: bytes.toString('base64'), ...extra };
}

/** Everything a client's screens and reports show, by operation, for comparing two databases. */
function everything(ctx: ServiceContext, clientId: string) {
  const detail = must(call(ctx, 'clients.get', { id: clientId }));
  const rounds = detail.engagements.flatMap((e) => must(call(ctx, 'assessments.list', { engagementId: e.id })));
  return {
    detail,
    rounds,
    workspaces: rounds.map((r) => must(call(ctx, 'assessments.workspace', { id: r.id }))),
    results: rounds.map((r) => must(call(ctx, 'assessments.results', { id: r.id }))),
  };
}

/** Row counts of every table the import may touch, to show a refusal wrote nothing. */
function tableCounts(ctx: Ctx): Record<string, number> {
  const tables = [
    'clients',
    'contacts',
    'engagements',
    'frameworks',
    'assessments',
    'respondents',
    'answers',
    'shift_positions',
    'audit_log',
    'change_log',
  ];
  return Object.fromEntries(
    tables.map((t) => [t, ctx.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]),
  );
}

/** A second laptop: its ids never equal the first's (test ids count from 1 in every context). */
function apart<T extends ServiceContext>(ctx: T): T {
  let made = 0;
  ctx.newId = (prefix) => `${prefix}_b${++made}`;
  return ctx;
}

/** A bundle's zip taken apart, changed, and put together again (without fixing the manifest). */
function rezip(bytes: Buffer, change: (entries: Record<string, Uint8Array>) => void): Buffer {
  const entries = unzipSync(bytes);
  change(entries);
  return Buffer.from(zipSync(entries));
}

function manifestOf(entries: Record<string, Uint8Array>) {
  return JSON.parse(Buffer.from(entries['manifest.json']!).toString('utf8'));
}

/**
 * A bundle's entries changed and its manifest made to agree (each entry's size and SHA-256), so only what
 * `change` did is wrong with it; `manifest` may change the manifest's other fields too.
 */
function rezipWithManifest(
  bytes: Buffer,
  change: (entries: Record<string, Uint8Array>) => void,
  manifest: (m: Record<string, unknown>) => void = () => {},
): Buffer {
  return rezip(bytes, (e) => {
    change(e);
    const m = manifestOf(e);
    manifest(m);
    m.entries = Object.keys(e)
      .filter((n) => n !== 'manifest.json')
      .map((name) => ({
        name,
        bytes: e[name]!.length,
        sha256: createHash('sha256').update(e[name]!).digest('hex'),
      }));
    e['manifest.json'] = Buffer.from(JSON.stringify(m));
  });
}

async function refusal(ctx: Ctx, bytes: Buffer, extra: { passphrase?: string; asNew?: boolean } = {}) {
  const before = tableCounts(ctx);
  const seq = changeHub(ctx.db).lastSeq;
  const answer = await callAsync(ctx, 'bundles.import', importInput(bytes, extra));
  expect(tableCounts(ctx)).toEqual(before);
  expect(changeHub(ctx.db).lastSeq).toBe(seq);
  if (answer.ok) throw new Error('the bundle was imported');
  return { code: answer.error.code, reason: answer.error.details?.bundle, message: answer.error.message };
}

describe('client bundles', () => {
  it('carry a client to a fresh database with identical results, workspaces and pages', async () => {
    const source = testContext();
    otherClient(source);
    const marked = markedClient(source, 5);
    const bytes = await exportOf(source, { clientId: marked.clientId });

    const target = testContext();
    const report = await run(target, 'bundles.import', importInput(bytes));

    expect(report).toMatchObject({ clientId: marked.clientId, created: true, differenceCount: 0 });
    expect(everything(target, marked.clientId)).toEqual(everything(source, marked.clientId));
    expect(must(call(target, 'clients.list', { search: 'zeldzaam' })).rows.map((r) => r.id)).toEqual([marked.clientId]);
    // Only the client travels: not the other client, not the benchmark pool or its contribution.
    expect(must(call(target, 'clients.list', {})).total).toBe(1);
    expect(target.db.prepare('SELECT count(*) FROM pool_records').pluck().get()).toBe(0);
    expect(must(call(target, 'pool.contribution', { assessmentId: marked.finalRound })).recordId).toBeNull();
    expect(report.tables.find((t) => t.table === 'answers')).toEqual({
      table: 'answers',
      added: 5 * 45 + 3,
      unchanged: 0,
      differing: 0,
    });
  });

  it('take a bundle made before migration 13, whose answers still name their round, with the same results', async () => {
    const source = testContext();
    const marked = markedClient(source, 5);
    const bytes = await exportOf(source, { clientId: marked.clientId });
    const roundOf = new Map(
      (
        source.db.prepare('SELECT id, assessment_id FROM respondents').all() as { id: string; assessment_id: string }[]
      ).map((r) => [r.id, r.assessment_id]),
    );
    /** The bundle as an app at schema `version` wrote it: every answer with its round's id, as migration 12 kept it. */
    const older = (version: number) =>
      rezipWithManifest(
        bytes,
        (e) => {
          const entry = JSON.parse(Buffer.from(e['tables/answers.json']!).toString('utf8'));
          const respondent = entry.columns.indexOf('respondent_id');
          entry.columns.splice(2, 0, 'assessment_id');
          for (const row of entry.rows) row.splice(2, 0, roundOf.get(row[respondent]));
          e['tables/answers.json'] = Buffer.from(JSON.stringify(entry));
        },
        (manifest) => {
          manifest.schemaVersion = version;
        },
      );

    const target = testContext();
    const report = await run(target, 'bundles.import', importInput(older(12)));
    expect(report.tables.find((t) => t.table === 'answers')).toMatchObject({ added: 5 * 45 + 3 });
    expect(everything(target, marked.clientId)).toEqual(everything(source, marked.clientId));
    // A bundle of this schema has no such column: one that does is damaged, as with any unknown column.
    expect(await refusal(testContext(), older(LATEST_SCHEMA_VERSION))).toMatchObject({ reason: 'damaged' });
  });

  it('hold a manifest with the format, versions, time and a SHA-256 per entry', async () => {
    const ctx = testContext();
    const marked = markedClient(ctx, 1);
    const exported = await run(ctx, 'bundles.export', { clientId: marked.clientId });
    expect(exported.fileName).toBe('Zeldzaamnaam-Qx7-2026-11-22.sxwb');
    const entries = unzipSync(Buffer.from(exported.contentBase64, 'base64'));
    const manifest = manifestOf(entries);
    expect(manifest).toMatchObject({
      format: 'sxw-client-bundle',
      version: 1,
      appVersion: '0.0.0',
      schemaVersion: LATEST_SCHEMA_VERSION,
      created: '2026-11-22T10:00:00.000Z',
      client: marked.clientId,
      engagements: [marked.engagementId],
    });
    expect(Object.keys(entries).sort()).toEqual(
      ['manifest.json', ...manifest.entries.map((e: { name: string }) => e.name)].sort(),
    );
    expect(manifest.entries.map((e: { name: string }) => e.name).sort()).toEqual([
      'tables/answers.json',
      'tables/assessments.json',
      'tables/clients.json',
      'tables/contacts.json',
      'tables/dossier_elements.json',
      'tables/dossier_key_results.json',
      'tables/dossier_parts.json',
      'tables/dossiers.json',
      'tables/engagements.json',
      'tables/evidence.json',
      'tables/evidence_links.json',
      'tables/frameworks.json',
      'tables/initiative_dependencies.json',
      'tables/initiative_history.json',
      'tables/initiative_milestones.json',
      'tables/initiative_targets.json',
      'tables/initiatives.json',
      'tables/recognition_schemes.json',
      'tables/respondents.json',
      'tables/roadmap_dismissed.json',
      'tables/roadmap_targets.json',
      'tables/roadmaps.json',
      'tables/round_invitations.json',
      'tables/round_notes.json',
      'tables/shift_positions.json',
    ]);
    expect(exported.rows).toMatchObject({ clients: 1, frameworks: 1, assessments: 2, respondents: 3 });
  });

  it('take only the engagements chosen, with what hangs below them', async () => {
    const ctx = testContext();
    const marked = markedClient(ctx, 2);
    const { id: second } = must(
      call(ctx, 'engagements.create', { clientId: marked.clientId, title: 'Tweede', purpose: 'transformation' }),
    );
    must(call(ctx, 'assessments.create', { engagementId: second, mode: 'workshop' }));
    const exported = await run(ctx, 'bundles.export', { clientId: marked.clientId, engagementIds: [second] });
    expect(exported.rows).toMatchObject({
      clients: 1,
      contacts: 1,
      engagements: 1,
      assessments: 1,
      respondents: 0,
      answers: 0,
    });

    const target = testContext();
    await run(target, 'bundles.import', { contentBase64: exported.contentBase64 });
    expect(must(call(target, 'clients.get', { id: marked.clientId })).engagements.map((e) => e.title)).toEqual([
      'Tweede',
    ]);
    const other = await callAsync(ctx, 'bundles.export', { clientId: marked.clientId, engagementIds: ['en_nope'] });
    expect(other.ok || other.error.code).toBe('not_found');
  });

  it('change nothing when imported again, and never overwrite what differs here: they add and report', async () => {
    const source = testContext();
    const marked = markedClient(source, 2);
    const first = await exportOf(source, { clientId: marked.clientId });
    const target = testContext();
    await run(target, 'bundles.import', importInput(first));

    const again = await run(target, 'bundles.import', importInput(first));
    expect(again.created).toBe(false);
    expect(again.tables.every((t) => t.added === 0 && t.differing === 0)).toBe(true);

    // Meanwhile: here the notes changed; there a respondent and their answer were added.
    must(
      call(target, 'clients.update', {
        id: marked.clientId,
        name: MARKERS.name,
        sector: 'Q',
        sizeBand: '250-999',
        country: 'NL',
        notes: 'Hier bijgewerkt',
      }),
    );
    const { id: late } = must(
      call(source, 'respondents.create', { assessmentId: marked.openRound, code: 'Laat', role: 'staff' }),
    );
    must(
      call(source, 'answers.set', {
        assessmentId: marked.openRound,
        respondentId: late,
        questionId: 'B2.Q1',
        score: 2,
      }),
    );
    const preview = await run(
      target,
      'bundles.preview',
      importInput(await exportOf(source, { clientId: marked.clientId })),
    );
    expect(preview.client).toEqual({ id: marked.clientId, name: MARKERS.name, exists: true });
    expect(preview.differences).toEqual([{ table: 'clients', key: { id: marked.clientId }, columns: ['notes'] }]);
    expect(preview.tables.filter((t) => t.added > 0)).toEqual([
      { table: 'respondents', added: 1, unchanged: 4, differing: 0 },
      { table: 'answers', added: 1, unchanged: 2 * 45 + 3, differing: 0 },
    ]);
    expect(preview.clashes).toEqual([]);

    const merged = await run(
      target,
      'bundles.import',
      importInput(await exportOf(source, { clientId: marked.clientId })),
    );
    expect(merged.differenceCount).toBe(1);
    expect(must(call(target, 'clients.get', { id: marked.clientId })).client.notes).toBe('Hier bijgewerkt');
    expect(
      must(call(target, 'assessments.workspace', { id: marked.openRound })).respondents.map((r) => r.code),
    ).toContain('Laat');
  });

  it('refuse a merge whose rows clash with rows here, writing nothing', async () => {
    const source = testContext();
    const marked = markedClient(source, 1);
    const target = testContext();
    await run(target, 'bundles.import', importInput(await exportOf(source, { clientId: marked.clientId })));
    // Both laptops add a respondent with the same code to the same round.
    must(call(source, 'respondents.create', { assessmentId: marked.openRound, code: 'Tafel 9', role: 'staff' }));
    must(call(target, 'respondents.create', { assessmentId: marked.openRound, code: 'Tafel 9', role: 'management' }));
    const bytes = await exportOf(source, { clientId: marked.clientId });
    const preview = await run(target, 'bundles.preview', importInput(bytes));
    expect(preview.clashes).toEqual([
      {
        table: 'respondents',
        key: { assessment_id: marked.openRound, code: 'Tafel 9' },
        columns: ['assessment_id', 'code'],
        reason: 'unique',
      },
    ]);
    expect(await refusal(target, bytes)).toMatchObject({ code: 'conflict' });
  });

  it('as new give the client and everything in it new ids, beside the original', async () => {
    const ctx = testContext();
    const marked = markedClient(ctx, 3);
    const bytes = await exportOf(ctx, { clientId: marked.clientId });
    const preview = await run(ctx, 'bundles.preview', importInput(bytes, { asNew: true }));
    expect(preview.client).toEqual({ id: null, name: MARKERS.name, exists: false });

    const report = await run(ctx, 'bundles.import', importInput(bytes, { asNew: true }));
    expect(report.created).toBe(true);
    expect(report.clientId).not.toBe(marked.clientId);
    const original = everything(ctx, marked.clientId);
    const copy = everything(ctx, report.clientId);
    const ids = (x: unknown) => new Set(JSON.stringify(x).match(/\b(cl|ct|en|as|rs)_\d{4}\b/g));
    expect([...ids(copy)].filter((id) => ids(original).has(id))).toEqual([]);
    const withoutIds = (x: unknown) =>
      JSON.parse(
        JSON.stringify(x)
          .replace(/\b(cl|ct|en|as|rs)_\d{4}\b/g, 'ID')
          .replace(/"seq":\d+/g, ''),
      );
    expect(withoutIds(copy.results)).toEqual(withoutIds(original.results));
    expect(withoutIds(copy.detail)).toEqual(withoutIds(original.detail));
    expect(must(call(ctx, 'clients.list', { search: 'zeldzaam' })).total).toBe(2);
  });

  it('encrypted with a passphrase, open only with it', async () => {
    const ctx = testContext();
    const marked = markedClient(ctx, 1);
    const bytes = await exportOf(ctx, { clientId: marked.clientId, passphrase: 'correct horse battery' });
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('SXWB-ENC');
    expect(bytes.includes(Buffer.from('Zeldzaam'))).toBe(false);

    const target = testContext();
    expect(await refusal(target, bytes)).toMatchObject({ code: 'invalid_input', reason: 'passphrase_required' });
    expect(await refusal(target, bytes, { passphrase: 'wrong horse battery' })).toMatchObject({
      code: 'invalid_input',
      reason: 'wrong_passphrase',
    });
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 40] = (flipped[flipped.length - 40] ?? 0) ^ 1;
    expect(await refusal(target, flipped, { passphrase: 'correct horse battery' })).toMatchObject({
      reason: 'wrong_passphrase',
    });
    const cheaper = Buffer.from(bytes);
    cheaper[9] = 14;
    expect(await refusal(target, cheaper, { passphrase: 'correct horse battery' })).toMatchObject({
      reason: 'wrong_passphrase',
    });

    const preview = await run(target, 'bundles.preview', importInput(bytes, { passphrase: 'correct horse battery' }));
    expect(preview.encrypted).toBe(true);
    await run(target, 'bundles.import', importInput(bytes, { passphrase: 'correct horse battery' }));
    expect(everything(target, marked.clientId)).toEqual(everything(ctx, marked.clientId));
  });

  it('refuse unsafe and duplicate entry names, writing nothing', async () => {
    const ctx = testContext();
    const marked = markedClient(ctx, 1);
    const bytes = await exportOf(ctx, { clientId: marked.clientId });
    const target = testContext();
    for (const name of ['../evil.json', '/etc/evil.json', 'tables\\evil.json', 'C:/evil.json', 'tables/./x.json']) {
      const bad = rezip(bytes, (e) => {
        e[name] = Buffer.from('{}');
      });
      expect(await refusal(target, bad), name).toMatchObject({ code: 'invalid_input', reason: 'unsafe_entry' });
    }
    // Two entries of the same name: made by renaming one in both its headers.
    const twice = rezip(bytes, (e) => {
      e['tables/zz.json'] = Buffer.from('{}');
      e['tables/zy.json'] = Buffer.from('{}');
    });
    const patched = Buffer.from(twice.toString('latin1').replaceAll('tables/zy.json', 'tables/zz.json'), 'latin1');
    expect(await refusal(target, patched)).toMatchObject({ reason: 'unsafe_entry' });
  });

  it('refuse a tampered entry, an unlisted one and an unknown format version', async () => {
    const ctx = testContext();
    const marked = markedClient(ctx, 1);
    const bytes = await exportOf(ctx, { clientId: marked.clientId });
    const target = testContext();
    const tampered = rezip(bytes, (e) => {
      e['tables/clients.json'] = Buffer.from(
        Buffer.from(e['tables/clients.json']!).toString('utf8').replace('Notitiemarker', 'Notitiemarkes'),
      );
    });
    expect(await refusal(target, tampered)).toMatchObject({ reason: 'tampered' });
    const extra = rezip(bytes, (e) => {
      e['tables/settings.json'] = Buffer.from('{"table":"settings","columns":["key","value"],"rows":[["x","1"]]}');
    });
    expect(await refusal(target, extra)).toMatchObject({ reason: 'tampered' });
    const newer = rezip(bytes, (e) => {
      e['manifest.json'] = Buffer.from(JSON.stringify({ ...manifestOf(e), version: 2 }));
    });
    expect(await refusal(target, newer)).toMatchObject({ reason: 'unknown_version' });
    const newerSchema = rezip(bytes, (e) => {
      e['manifest.json'] = Buffer.from(JSON.stringify({ ...manifestOf(e), schemaVersion: 99 }));
    });
    expect(await refusal(target, newerSchema)).toMatchObject({ reason: 'newer_schema' });
    const byteFlip = Buffer.from(bytes);
    const at = byteFlip.indexOf(Buffer.from('tables/answers.json')) + 40;
    byteFlip[at] = (byteFlip[at] ?? 0) ^ 0xff;
    expect((await refusal(target, byteFlip)).reason).toMatch(/^(tampered|damaged)$/);
    expect(await refusal(target, Buffer.from('not a bundle at all'))).toMatchObject({ reason: 'not_a_bundle' });
  });

  it('refuse rows for tables a bundle may not write, and rows that belong to another client', async () => {
    const ctx = testContext();
    const marked = markedClient(ctx, 1);
    const bytes = await exportOf(ctx, { clientId: marked.clientId });
    const target = apart(testContext());
    const victim = otherClient(target);
    const withManifest = (change: (e: Record<string, Uint8Array>) => void) => rezipWithManifest(bytes, change);
    const settings = withManifest((e) => {
      e['tables/settings.json'] = Buffer.from(
        '{"table":"settings","columns":["key","value"],"rows":[["benchmarkK","3"]]}',
      );
    });
    expect(await refusal(target, settings)).toMatchObject({ reason: 'damaged' });
    const contribution = withManifest((e) => {
      e['tables/pool_contributions.json'] = Buffer.from(
        `{"table":"pool_contributions","columns":["assessment_id","record_id","contributed_at"],"rows":[["${marked.finalRound}","r","2026"]]}`,
      );
    });
    expect(await refusal(target, contribution)).toMatchObject({ reason: 'damaged' });
    const smuggled = withManifest((e) => {
      const entry = JSON.parse(Buffer.from(e['tables/contacts.json']!).toString('utf8'));
      entry.rows.push(
        entry.rows[0].map((cell: unknown, i: number) =>
          entry.columns[i] === 'client_id' ? victim : entry.columns[i] === 'id' ? 'ct_evil' : cell,
        ),
      );
      e['tables/contacts.json'] = Buffer.from(JSON.stringify(entry));
    });
    expect(await refusal(target, smuggled)).toMatchObject({ reason: 'damaged' });
    const column = withManifest((e) => {
      const entry = JSON.parse(Buffer.from(e['tables/clients.json']!).toString('utf8'));
      entry.columns.push('secret');
      entry.rows[0].push('x');
      e['tables/clients.json'] = Buffer.from(JSON.stringify(entry));
    });
    expect(await refusal(target, column)).toMatchObject({ reason: 'damaged' });
  });

  it('refuse zip bombs: too many entries, too much compression, more bytes than declared', async () => {
    const target = testContext();
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 1001; i++) many[`tables/t${i}.json`] = Buffer.from('{}');
    expect(await refusal(target, Buffer.from(zipSync(many)))).toMatchObject({ reason: 'too_large' });

    const bomb = Buffer.from(zipSync({ 'manifest.json': new Uint8Array(50 * 1024 * 1024) }, { level: 9 }));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await refusal(target, bomb)).toMatchObject({ reason: 'too_large' });

    // Declares 1 MB, holds 50 MB of zeros: inflating stops at the declared size.
    const liar = Buffer.from(bomb);
    const central = liar.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    liar.writeUInt32LE(1024 * 1024, central + 24);
    liar.writeUInt32LE(1024 * 1024, 22);
    const t0 = Date.now();
    expect(await refusal(target, liar)).toMatchObject({ reason: 'too_large' });
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('follow the schema: a table a later migration adds under an engagement travels, and leaves with an erasure', async () => {
    const notes: Migration = {
      version: migrations.length + 1,
      name: 'engagement-notes',
      up(db) {
        db.exec(`CREATE TABLE engagement_notes (
          id TEXT PRIMARY KEY,
          engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
          body TEXT NOT NULL
        ) STRICT`);
      },
    };
    const withNotes = () => {
      const ctx = testContext();
      migrate(ctx.db, ctx.file, null, [...migrations, notes]);
      return ctx;
    };
    const source = withNotes();
    const marked = markedClient(source, 1);
    source.db
      .prepare("INSERT INTO engagement_notes VALUES ('nt_1', ?, 'Notitie bij de opdracht Xy5')")
      .run(marked.engagementId);
    const bytes = await exportOf(source, { clientId: marked.clientId });
    expect(Object.keys(unzipSync(bytes))).toContain('tables/engagement_notes.json');

    const target = apart(withNotes());
    await run(target, 'bundles.import', importInput(bytes));
    expect(target.db.prepare('SELECT id, engagement_id, body FROM engagement_notes').all()).toEqual([
      { id: 'nt_1', engagement_id: marked.engagementId, body: 'Notitie bij de opdracht Xy5' },
    ]);
    const copy = await run(target, 'bundles.import', importInput(bytes, { asNew: true }));
    const engagementCopy = must(call(target, 'clients.get', { id: copy.clientId })).engagements[0]!.id;
    expect(target.db.prepare('SELECT engagement_id FROM engagement_notes WHERE id != ?').pluck().all('nt_1')).toEqual([
      engagementCopy,
    ]);

    await run(target, 'clients.erase', { id: marked.clientId, confirm: MARKERS.name });
    expect(target.db.prepare('SELECT count(*) FROM engagement_notes').pluck().get()).toBe(1);
    // A database without the table refuses the bundle that holds it, rather than drop the rows.
    expect(await refusal(testContext(), bytes)).toMatchObject({ reason: 'newer_schema' });
  });
});
