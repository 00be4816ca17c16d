import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeHub } from '../../../main/api/changes';
import { call, dispatch } from '../../../main/api/dispatch';
import { auditTrail } from '../../../main/db/audit';
import { openWorkbenchDatabase } from '../../../main/db/open';
import { createContext } from '../../../main/api/context';
import { contribute } from '../../../main/pool/contribution';
import { importPool } from '../../../main/pool/import';
import { poolIndex } from '../../../main/pool/indexCache';
import { buildPoolIndex, type PoolGroup } from '../../../main/pool/poolIndex';
import type { AppError } from '../../../shared/api/result';
import { csvHeader, csvRow, type PoolRecord } from '../../../shared/pool/benchmarkCsv';
import { syntheticRecords } from '../../../shared/pool/synthetic';
import type { PoolFilters } from '../../../shared/pool/schemas';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { sxw } from '../cliRunner';
import { tempDir, testContext } from '../support';

/**
 * Follow-ups of the benchmark pool (issue 4): the import's repeats across its batches of rows, the in-memory index
 * following small writes without a rebuild, reopening a contributed round, and k as a setting.
 */

type Ctx = ReturnType<typeof testContext>;

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

const records = (count: number, seed: number, patch: Partial<PoolRecord> = {}): PoolRecord[] =>
  [...syntheticRecords(count, { seed })].map((r) => ({ ...r, synthetic: false, ...patch }));
const csvOf = (rs: PoolRecord[]) => `${csvHeader()}\n${rs.map((r) => csvRow(r)).join('\n')}\n`;
const importText = (ctx: Ctx, text: string, skipInvalid = false, fileName = 'pool.csv') =>
  call(ctx, 'pool.import', { contentBase64: Buffer.from(text).toString('base64'), fileName, skipInvalid });
const poolCount = (ctx: Ctx) => ctx.db.prepare('SELECT count(*) FROM pool_records').pluck().get() as number;

/** A consenting client's round with every question answered, finalized. */
function finalizedRound(ctx: Ctx, heldOn = '2025-06-10') {
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Zorg Zuid', sector: 'Q', sizeBand: '250-999', country: 'NL' }),
  );
  const { id: engagementId } = must(
    call(ctx, 'engagements.create', { clientId, title: 'Diagnose', purpose: 'diagnosis', benchmarkConsent: true }),
  );
  const { id } = must(call(ctx, 'assessments.create', { engagementId, mode: 'workshop', heldOn }));
  const { id: respondentId } = must(
    call(ctx, 'respondents.create', { assessmentId: id, code: 'R1', role: 'management' }),
  );
  sxDefault.questions.forEach((q, i) =>
    must(call(ctx, 'answers.set', { assessmentId: id, respondentId, questionId: q.id, score: (i % 4) + 2 })),
  );
  must(call(ctx, 'assessments.finalize', { id }));
  return id;
}

const FILTERS: PoolFilters[] = [
  { sector: [], size: [], country: [], from: null, to: null },
  { sector: ['Q'], size: [], country: [], from: 2024, to: 2025 },
  { sector: [], size: ['250-999'], country: ['NL'], from: null, to: null },
];

/** The in-memory index answers every filter exactly as one built afresh from SQLite. */
function expectIndexMatchesFreshBuild(ctx: Ctx) {
  const live = poolIndex(ctx.db);
  const fresh = buildPoolIndex(ctx.db);
  expect(live.size).toBe(fresh.size);
  expect(Object.fromEntries(live.sourceCounts)).toEqual(Object.fromEntries(fresh.sourceCounts));
  expect(live.counts()).toEqual(fresh.counts());
  const histograms = (g: PoolGroup) => [...g.blocks, g.overall].map((h) => Array.from(h.counts as Int32Array));
  for (const basis of ['real', 'synthetic'] as const) {
    expect(live.completeRecords('sx-default', basis)).toBe(fresh.completeRecords('sx-default', basis));
    for (const f of FILTERS) {
      const a = live.comparisonGroup('sx-default', f, basis);
      const liveGroup = { n: a.n, hist: histograms(a) };
      const b = fresh.comparisonGroup('sx-default', f, basis);
      expect(liveGroup).toEqual({ n: b.n, hist: histograms(b) });
    }
  }
}

describe('benchmark pool import: repeats found across batches', () => {
  it('finds repeats across the file: identical ones unchanged, different ones refused', () => {
    const ctx = testContext();
    const cacheBefore = ctx.db.pragma('cache_size', { simple: true });
    const rs = records(3000, 31);
    const early = rs[10]!;
    const rows = [...rs, early, { ...early, scores: early.scores.map(() => 250) }, rs[2990]!];
    // The repeats come in a later batch of rows than their first lines, a few thousand rows on.
    const chunked = (text: string, skipInvalid = false) => {
      try {
        const prepared = importPool(ctx, { content: Buffer.from(text), fileName: 'pool.csv', skipInvalid });
        // A small file needs no backup first, so its write is prepared at once.
        if (prepared instanceof Promise) throw new Error('A small import prepared asynchronously.');
        try {
          // The write runs in the caller's transaction, as the dispatcher gives it one.
          return { ok: true as const, value: ctx.db.transaction(() => prepared.commit())() };
        } finally {
          prepared.release();
        }
      } catch (error) {
        return { ok: false as const, error: error as AppError };
      }
    };
    const refused = chunked(csvOf(rows));
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.details).toMatchObject({
        refused: 1,
        conflicts: 0,
        problems: [{ line: 3003, column: 'record_id', message: expect.stringMatching(/earlier in this file/) }],
      });
    }
    expect(poolCount(ctx)).toBe(0);

    const taken = must(chunked(csvOf(rows), true));
    expect(taken).toMatchObject({ added: 3000, unchanged: 2, refused: 1, conflicts: 0 });
    expect(poolCount(ctx)).toBe(3000);
    // The earlier line wins: the record keeps its first values.
    const stored = ctx.db.prepare('SELECT b1 FROM pool_records WHERE record_id = ?').pluck().get(early.recordId);
    expect(stored).toBe(early.scores[0]);

    const again = must(chunked(csvOf(rs)));
    expect(again).toMatchObject({ added: 0, unchanged: 3000, conflicts: 0, refused: 0, problems: [] });
    expect(must(importText(ctx, csvOf(rs)))).toMatchObject({ added: 0, unchanged: 3000 });
    // A conflict with the pool is reported (the line), never overwritten.
    const changed = must(importText(ctx, csvOf([{ ...rs[5]!, year: 1999 }, ...records(3, 32)]), true));
    expect(changed).toMatchObject({ added: 3, conflicts: 1, problems: [{ line: 2, column: 'record_id' }] });
    expect(ctx.db.prepare('SELECT year FROM pool_records WHERE record_id = ?').pluck().get(rs[5]!.recordId)).toBe(
      rs[5]!.year,
    );
    // No table is left behind, and the page cache is back to its size.
    expect(ctx.db.prepare("SELECT count(*) FROM temp.sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
    expect(ctx.db.pragma('cache_size', { simple: true })).toBe(cacheBefore);
  });
  it('finds repeats written thousands of rows apart, in a later run of the same record-id digit', () => {
    const ctx = testContext();
    const rs = records(70_000, 34);
    const early = rs[3]!;
    // More than a run of rows per digit comes between the first line and its repeats.
    const rows = [...rs, early, { ...early, year: early.year === 2020 ? 2021 : 2020 }];
    const taken = must(importText(ctx, csvOf(rows), true));
    expect(taken).toMatchObject({ added: 70_000, unchanged: 1, refused: 1, conflicts: 0 });
    expect(taken.problems).toEqual([expect.objectContaining({ line: 70_003, column: 'record_id' })]);
    expect(poolCount(ctx)).toBe(70_000);
    expect(ctx.db.prepare('SELECT year FROM pool_records WHERE record_id = ?').pluck().get(early.recordId)).toBe(
      early.year,
    );
  });
});

describe('benchmark pool index: small writes update it in place', () => {
  it('follows contribute, withdraw, a small import and a pack removal without a rebuild; rebuilds after a reopen', () => {
    const ctx = testContext();
    must(importText(ctx, csvOf(records(400, 33, { sector: 'Q' })), false, 'base.csv'));
    let index = poolIndex(ctx.db);
    const round = finalizedRound(ctx);

    must(call(ctx, 'pool.contribute', { assessmentId: round }));
    expect(poolIndex(ctx.db)).toBe(index);
    expect(index.overlaySize).toBe(1);
    expectIndexMatchesFreshBuild(ctx);

    must(call(ctx, 'pool.withdraw', { assessmentId: round }));
    expect(poolIndex(ctx.db)).toBe(index);
    expectIndexMatchesFreshBuild(ctx);

    // Reopening withdraws by trigger and notes nothing: the next query rebuilds, exactly.
    must(call(ctx, 'pool.contribute', { assessmentId: round }));
    must(call(ctx, 'assessments.reopen', { id: round, reason: 'late answers' }));
    const rebuilt = poolIndex(ctx.db);
    expect(rebuilt).not.toBe(index);
    expectIndexMatchesFreshBuild(ctx);
    index = rebuilt;

    const small = must(importText(ctx, csvOf(records(30, 34)), false, 'small.csv'));
    expect(poolIndex(ctx.db)).toBe(index);
    expectIndexMatchesFreshBuild(ctx);

    must(call(ctx, 'pool.removePack', { packId: small.pack!.id }));
    expect(poolIndex(ctx.db)).toBe(index);
    expectIndexMatchesFreshBuild(ctx);
    expect(must(call(ctx, 'pool.stats', {})).total).toBe(400);

    must(call(ctx, 'assessments.finalize', { id: round }));
    must(call(ctx, 'pool.contribute', { assessmentId: round }));
    must(call(ctx, 'assessments.delete', { id: round, confirm: true }));
    expect(poolIndex(ctx.db)).not.toBe(index);
    expectIndexMatchesFreshBuild(ctx);
  });

  it('rebuilds after a write by another connection, even one just before its own write', () => {
    const ctx = testContext();
    must(importText(ctx, csvOf(records(200, 35)), false, 'base.csv'));
    const index = poolIndex(ctx.db);
    const round = finalizedRound(ctx);

    // The CLI beside the app adds records; then the app contributes.
    const other = openWorkbenchDatabase(ctx.file);
    const otherCtx = createContext({ db: other, databasePath: ctx.file, transport: 'cli' });
    must(importText(otherCtx as Ctx, csvOf(records(20, 36)), false, 'cli.csv'));
    other.close();
    must(call(ctx, 'pool.contribute', { assessmentId: round }));

    const after = poolIndex(ctx.db);
    expect(after).not.toBe(index);
    expect(after.size).toBe(221);
    expectIndexMatchesFreshBuild(ctx);
  });

  it('forgets a change whose enclosing transaction rolled back', () => {
    const ctx = testContext();
    must(importText(ctx, csvOf(records(200, 37)), false, 'base.csv'));
    const index = poolIndex(ctx.db);
    const round = finalizedRound(ctx);
    expect(() =>
      ctx.db.transaction(() => {
        contribute(ctx, round);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(poolIndex(ctx.db)).toBe(index);
    expect(index.overlaySize).toBe(0);
    expect(index.size).toBe(200);
    expectIndexMatchesFreshBuild(ctx);
  });

  it('counts a small write once when a listener ahead of the index queried the pool on its event', () => {
    const ctx = testContext();
    // Subscribed before the index follows the stream (its first query), as a transport serving a window is.
    const totals: number[] = [];
    changeHub(ctx.db).subscribe((event) => {
      if (event.entities.includes('pool')) totals.push(must(call(ctx, 'pool.stats', {})).total);
    });
    must(importText(ctx, csvOf(records(200, 40)), false, 'base.csv'));
    const small = must(importText(ctx, csvOf(records(20, 41)), false, 'small.csv'));
    must(call(ctx, 'pool.removePack', { packId: small.pack!.id }));
    expect(totals).toEqual([200, 220, 200]);
    expect(must(call(ctx, 'pool.stats', {})).total).toBe(200);
    expectIndexMatchesFreshBuild(ctx);
  });

  it('rebuilds after a large import rather than carrying it', () => {
    const ctx = testContext();
    must(importText(ctx, csvOf(records(100, 38)), false, 'base.csv'));
    const index = poolIndex(ctx.db);
    must(importText(ctx, csvOf(records(5000, 39)), false, 'large.csv'));
    const after = poolIndex(ctx.db);
    expect(after).not.toBe(index);
    expect(after.size).toBe(5100);
  });
});

describe('reopening a contributed round', () => {
  it('withdraws its pool record, logs the reason, and lets it be contributed again once finalized', () => {
    const ctx = testContext();
    const round = finalizedRound(ctx);
    const { recordId } = must(call(ctx, 'pool.contribute', { assessmentId: round }));
    expect(poolCount(ctx)).toBe(1);

    must(call(ctx, 'assessments.reopen', { id: round, reason: 'late answers from table 3' }));
    expect(poolCount(ctx)).toBe(0);
    expect(ctx.db.prepare('SELECT count(*) FROM pool_records WHERE record_id = ?').pluck().get(recordId)).toBe(0);
    expect(must(call(ctx, 'pool.contribution', { assessmentId: round }))).toEqual({
      recordId: null,
      blocker: 'not_finalized',
    });
    const trail = auditTrail(ctx.db, 'assessment', round).map((e) => ({ action: e.action, details: e.details }));
    expect(trail.at(-1)).toEqual({
      action: 'reopen',
      details: { from: 'finalized', to: 'open', reason: 'late answers from table 3' },
    });
    const notYet = call(ctx, 'pool.contribute', { assessmentId: round });
    expect(notYet.ok || notYet.error).toMatchObject({ code: 'conflict', details: { reason: 'not_finalized' } });

    must(call(ctx, 'assessments.finalize', { id: round }));
    expect(must(call(ctx, 'pool.contribution', { assessmentId: round }))).toEqual({ recordId: null, blocker: null });
    const again = must(call(ctx, 'pool.contribute', { assessmentId: round }));
    expect(again.recordId).not.toBe(recordId);
    expect(poolCount(ctx)).toBe(1);
  });

  it('reopens a round that was never contributed without touching the pool', () => {
    const ctx = testContext();
    must(importText(ctx, csvOf(records(10, 40))));
    const round = finalizedRound(ctx);
    must(call(ctx, 'assessments.reopen', { id: round, reason: 'typo' }));
    expect(poolCount(ctx)).toBe(10);
  });
});

describe('k as a setting', () => {
  const scores = { B1: 3, B2: 3, B3: 3, B4: 3, B5: 3, B6: 3, B7: 3, B8: 3, B9: 3 };

  it('defaults to 5, refuses k below 3 everywhere, and is used when an input gives no k', async () => {
    const ctx = testContext();
    // Six complete records in one cell: enough for k = 5, not for k = 7.
    const six = records(6, 41, { sector: 'T', sizeBand: '1-9', country: 'LU', year: 2022 }).map((r) => ({
      ...r,
      scores: r.scores.map((x) => x ?? 300),
    }));
    must(importText(ctx, csvOf(six)));
    expect(must(call(ctx, 'settings.get', {})).benchmarkK).toBe(5);
    expect(must(call(ctx, 'pool.compare', { scores }))).toMatchObject({ k: 5, n: 6, suppressed: false });

    for (const k of [2, 0, -1, 4.5]) {
      const bad = call(ctx, 'settings.update', { benchmarkK: k });
      expect(bad.ok || bad.error.code).toBe('invalid_input');
      const badCompare = call(ctx, 'pool.compare', { scores, k });
      expect(badCompare.ok || badCompare.error.code).toBe('invalid_input');
      const badExport = call(ctx, 'pool.export', { k });
      expect(badExport.ok || badExport.error.code).toBe('invalid_input');
    }
    expect(must(call(ctx, 'settings.get', {})).benchmarkK).toBe(5);

    expect(must(call(ctx, 'settings.update', { benchmarkK: 7 }))).toMatchObject({ benchmarkK: 7 });
    expect(must(call(ctx, 'settings.get', {})).benchmarkK).toBe(7);
    expect(auditTrail(ctx.db, 'settings', 'benchmarkK').at(-1)).toMatchObject({
      action: 'update',
      details: { benchmarkK: { from: 5, to: 7 } },
    });
    expect(must(call(ctx, 'pool.compare', { scores }))).toMatchObject({ k: 7, n: null, suppressed: true });
    expect(must(call(ctx, 'pool.widen', { scores })).suggestion).toBeNull();
    // Exports keep every combination at the setting's k: six records in one cell fall below 7.
    expect(must(call(ctx, 'pool.export', {}))).toMatchObject({ exported: 0, leftOut: 6 });
    // Setting another field leaves k alone.
    must(call(ctx, 'settings.update', { language: 'nl' }));
    expect(must(call(ctx, 'settings.get', {})).benchmarkK).toBe(7);

    // The CLI: without --k the setting; --k may raise it; --k below 3 is invalid input (exit 2).
    const scoresFile = path.join(tempDir(), 'scores.json');
    fs.writeFileSync(scoresFile, JSON.stringify(scores));
    const base = ['--db', ctx.file, 'benchmark', 'compare', '--scores', scoresFile, '--json'];
    const bySetting = await sxw(base);
    expect(bySetting.code, bySetting.stderr).toBe(0);
    expect(JSON.parse(bySetting.stdout)).toMatchObject({ k: 7, suppressed: true });
    const raised = await sxw([...base, '--k', '9']);
    expect(JSON.parse(raised.stdout)).toMatchObject({ k: 9, suppressed: true });
    const tooSmall = await sxw([...base, '--k', '2']);
    expect(tooSmall.code).toBe(2);
  });

  it('is a floor: a call may raise k, and a k below the setting is refused as invalid input naming the field', async () => {
    const ctx = testContext();
    const six = records(6, 42, { sector: 'T', sizeBand: '1-9', country: 'LU', year: 2022 }).map((r) => ({
      ...r,
      scores: r.scores.map((x) => x ?? 300),
    }));
    must(importText(ctx, csvOf(six)));
    must(call(ctx, 'settings.update', { benchmarkK: 7 }));
    const round = finalizedRound(ctx);
    const below = { code: 'invalid_input', details: { fields: [{ path: 'k', code: 'below_setting' }] } };
    for (const k of [3, 5, 6]) {
      for (const [op, input] of [
        ['pool.compare', { scores, k }],
        ['pool.widen', { scores, k }],
        ['pool.export', { k }],
      ] as const) {
        const r = call(ctx, op, input);
        expect(r.ok || r.error, `${op} k = ${k}`).toMatchObject(below);
      }
      const report = await dispatch(ctx, 'reports.build', {
        assessmentId: round,
        language: 'en',
        benchmark: { filters: {}, k },
      });
      expect(report.ok || report.error, `report k = ${k}`).toMatchObject({
        code: 'invalid_input',
        details: { fields: [{ path: 'benchmark.k', code: 'below_setting' }] },
      });
    }
    expect(must(call(ctx, 'pool.compare', { scores, k: 7 }))).toMatchObject({ k: 7, suppressed: true });
    expect(must(call(ctx, 'pool.compare', { scores, k: 8 }))).toMatchObject({ k: 8, suppressed: true });
    expect(must(call(ctx, 'pool.export', { k: 8 }))).toMatchObject({ exported: 0, leftOut: 6 });

    const scoresFile = path.join(tempDir(), 'scores.json');
    fs.writeFileSync(scoresFile, JSON.stringify(scores));
    const lowered = await sxw(['--db', ctx.file, 'benchmark', 'compare', '--scores', scoresFile, '--k', '5']);
    expect(lowered.code).toBe(2);
    expect(lowered.stdout).toBe('');
    expect(lowered.stderr).toMatch(/k 5 is below the firm's minimum group size \(the benchmarkK setting, 7\)/);
    const exported = await sxw([
      '--db',
      ctx.file,
      'benchmark',
      'export',
      '--out',
      path.join(tempDir(), 'x.csv'),
      '--k',
      '3',
    ]);
    expect(exported.code).toBe(2);
  });
});
