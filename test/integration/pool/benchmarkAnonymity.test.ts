import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../main/api/dispatch';
import { prepareReport } from '../../../main/reports/reports';
import { csvHeader, csvRow, POOL_BLOCKS, type PoolRecord } from '../../../shared/pool/benchmarkCsv';
import { groupStatistics } from '../../../shared/pool/statistics';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { buildManagementReport } from '../../../shared/reports/management';
import type { ReportDocument } from '../../../shared/reports/model';
import { ReportRequest } from '../../../shared/reports/schemas';
import { sxw } from '../cliRunner';
import { tempDir, testContext } from '../support';

/**
 * Issue 10's benchmark attacks, one by one, against the rules of docs/anonymity.md: synthetic padding, a
 * block's group against the whole, the client's earlier round in its own group, n below k in the CLI and
 * the report, and exports that mix real and synthetic records.
 */

type Ctx = ReturnType<typeof testContext>;

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

let serial = 0;
/** A complete record; `level` in hundredths for every block. */
function rec(
  profile: Partial<Pick<PoolRecord, 'sector' | 'sizeBand' | 'country' | 'year' | 'synthetic'>>,
  level: number,
): PoolRecord {
  serial += 1;
  return {
    recordId: `33333333-4444-4555-8666-${String(serial).padStart(12, '0')}`,
    framework: 'sx-default',
    sector: 'K',
    sizeBand: '250-999',
    country: 'NL',
    year: 2025,
    scores: POOL_BLOCKS.map((_, b) => Math.min(500, level + b)),
    synthetic: false,
    ...profile,
  };
}
const many = (count: number, profile: Parameters<typeof rec>[0], from = 250) =>
  Array.from({ length: count }, (_, i) => rec(profile, from + ((i * 7) % 150)));

function importRecords(ctx: Ctx, records: PoolRecord[]) {
  const csv = `${csvHeader()}\n${records.map((r) => csvRow(r)).join('\n')}\n`;
  return must(call(ctx, 'pool.import', { contentBase64: Buffer.from(csv).toString('base64'), fileName: 'p.csv' }));
}

/** A finalized round of a consenting client in K / 250–999 / NL. */
function round(ctx: Ctx, engagementId: string, heldOn: string) {
  const { id } = must(call(ctx, 'assessments.create', { engagementId, mode: 'workshop', heldOn }));
  const { id: respondentId } = must(
    call(ctx, 'respondents.create', { assessmentId: id, code: 'T1', role: 'management' }),
  );
  sxDefault.questions.forEach((q, i) =>
    must(call(ctx, 'answers.set', { assessmentId: id, respondentId, questionId: q.id, score: (i % 4) + 2 })),
  );
  must(call(ctx, 'assessments.finalize', { id }));
  return id;
}
function client(ctx: Ctx, name = 'Verzekeraar Noord') {
  const { id: clientId } = must(call(ctx, 'clients.create', { name, sector: 'K', sizeBand: '250-999', country: 'NL' }));
  return must(
    call(ctx, 'engagements.create', { clientId, title: 'Programme', purpose: 'diagnosis', benchmarkConsent: true }),
  ).id;
}

const OWN = { sector: ['K'], size: ['250-999'], country: [], from: null, to: null };
const SCORES = { B1: 3, B2: 3, B3: 3, B4: 3, B5: 3, B6: 3, B7: 3, B8: 3, B9: 3 };

const texts = (doc: ReportDocument): string[] =>
  doc.body.flatMap((b) => {
    if (b.kind === 'heading') return [b.text];
    if (b.kind === 'paragraph') return [b.content.map((c) => (typeof c === 'string' ? c : c.text)).join('')];
    if (b.kind === 'absent') return [b.reason];
    return [];
  });

describe('synthetic records never pad real ones', () => {
  it('judges k on real records: three real peers among a hundred synthetic ones are "fewer than k"', () => {
    const ctx = testContext();
    const threeReal = many(3, {}, 480);
    importRecords(ctx, [...threeReal, ...many(100, { synthetic: true }), ...many(40, { sizeBand: '1000+' })]);
    const c = must(call(ctx, 'pool.compare', { scores: SCORES, filters: OWN }));
    expect(c).toMatchObject({ n: null, suppressed: true, synthetic: false });
    expect(c.blocks.every((b) => b.n === null && b.median === null)).toBe(true);
    // The widening counts real records only: the 40 large ones and the three, never the hundred.
    expect(must(call(ctx, 'pool.widen', { scores: SCORES, filters: OWN }))).toEqual({
      suggestion: { dropped: ['size'], n: 43, filters: { ...OWN, size: [] } },
    });
  });

  it('uses synthetic records alone while the pool holds fewer than k real ones, and says so', async () => {
    const ctx = testContext();
    const synthetic = many(100, { synthetic: true });
    // Three real records at the top of the scale: were they counted, p90 would move.
    importRecords(ctx, [...many(3, {}, 500), ...synthetic]);
    const c = must(call(ctx, 'pool.compare', { scores: SCORES, filters: OWN }));
    expect(c).toMatchObject({ n: 100, suppressed: false, synthetic: true });
    const b1 = groupStatistics(
      synthetic.map((r) => (r.scores[0] as number) / 100).sort((a, b) => a - b),
      5,
    );
    expect(c.blocks[0]).toMatchObject({ n: 100, median: b1.median, p90: b1.p90 });
    expect(c.blocks[0]!.mean).toBeCloseTo(b1.mean as number, 9);
    const r = await sxw(['--db', ctx.file, 'benchmark', 'compare', '--scores', scoresFile(), '--sector', 'K']);
    expect(r.stdout).toContain('n = 100 (synthetic demo records, not a real benchmark), k = 5');
  });

  it('exports one kind per file: a lone real record among synthetic ones never comes out with its scores', async () => {
    const ctx = testContext();
    const lone = rec({ country: 'LU' }, 437);
    const synthetic = many(30, { country: 'LU', synthetic: true });
    importRecords(ctx, [lone, ...synthetic, ...many(10, {})]);
    const real = must(call(ctx, 'pool.export', { filters: { ...OWN, country: ['LU'] } }));
    expect(real).toMatchObject({ exported: 0, leftOut: 1, syntheticLeftOut: 30 });
    const demo = must(call(ctx, 'pool.export', { filters: { ...OWN, country: ['LU'] }, records: 'synthetic' }));
    expect(demo).toMatchObject({ exported: 30, leftOut: 0, syntheticLeftOut: 0 });
    const rows = demo.content.trim().split('\n').slice(1);
    expect(rows.every((r) => r.endsWith(',true'))).toBe(true);
    expect(demo.content).not.toContain(lone.recordId);
    expect(demo.content).not.toContain('4.37,4.38,4.39');
    // The CLI: --synthetic exports the demo records instead of the real ones.
    const file = path.join(tempDir(), 'demo.csv');
    const r = await sxw(['--db', ctx.file, 'benchmark', 'export', '--out', file, '--synthetic', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).not.toContain(',false');
  });
});

describe('every figure of a comparison comes from one set of records', () => {
  it('leaves out a record that lacks a block, from every block and the n, so nothing can be subtracted', () => {
    const ctx = testContext();
    const twelve = many(12, {});
    // The one without B3 scores 5.00 on B1: counted anywhere, it would be B1's highest value.
    const lacking = { ...rec({}, 500), scores: POOL_BLOCKS.map((_, b) => (b === 2 ? null : 500)) };
    importRecords(ctx, [...twelve, lacking]);
    const c = must(call(ctx, 'pool.compare', { scores: SCORES, filters: OWN }));
    expect(c.n).toBe(12);
    expect([...c.blocks, c.overall].every((s) => s.n === 12)).toBe(true);
    const b1 = groupStatistics(
      twelve.map((r) => (r.scores[0] as number) / 100).sort((a, b) => a - b),
      5,
    );
    expect(c.blocks[0]!.p90).toBe(b1.p90);
    expect(c.blocks[0]!.mean).toBeCloseTo(b1.mean as number, 9);
  });

  it('never counts any round of the compared client: its earlier round cannot fill its group up to k', () => {
    const ctx = testContext();
    const engagementId = client(ctx);
    const previous = round(ctx, engagementId, '2024-05-01');
    const current = round(ctx, engagementId, '2025-05-01');
    importRecords(ctx, many(4, {}));
    must(call(ctx, 'pool.contribute', { assessmentId: previous }));
    // Four others and the client's own earlier round: the client would subtract itself and see four.
    const c = must(call(ctx, 'pool.compare', { assessmentId: current, filters: OWN }));
    expect(c).toMatchObject({ n: null, suppressed: true });
    expect(must(call(ctx, 'pool.compare', { assessmentId: previous, filters: OWN }))).toMatchObject({ n: null });
    // Another client's round counts like any other organisation.
    const other = round(ctx, client(ctx, 'Verzekeraar Zuid'), '2025-03-01');
    must(call(ctx, 'pool.contribute', { assessmentId: other }));
    expect(must(call(ctx, 'pool.compare', { assessmentId: current, filters: OWN }))).toMatchObject({
      n: 5,
      suppressed: false,
    });
    // The same group from the previous round's side: the same five.
    expect(must(call(ctx, 'pool.compare', { assessmentId: previous, filters: OWN })).n).toBe(5);
  });
});

describe('a group below k says "fewer than k", never its n', () => {
  it('in the CLI, as text and as JSON, with the widening suggestion’s n only', async () => {
    const ctx = testContext();
    importRecords(ctx, [...many(2, {}), ...many(20, { sizeBand: '1000+' })]);
    const base = ['--db', ctx.file, 'benchmark', 'compare', '--scores', scoresFile(), '--sector', 'K'];
    const text = await sxw([...base, '--size', '250-999']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toBe(
      'sx-default: sector K, size 250-999, all countries, all years; k = 5\n' +
        'Fewer than 5 records: suppressed, its size not shown.\n' +
        'Nearest wider group: without size filter, n = 22.\n',
    );
    const json = JSON.parse((await sxw([...base, '--size', '250-999', '--json'])).stdout);
    expect(json).toMatchObject({ n: null, suppressed: true });
    expect(json.blocks.every((b: { n: number | null }) => b.n === null)).toBe(true);
  });

  it('in the Word report: the group below k, and the whole pool below k, without a count', () => {
    const ctx = testContext();
    const engagementId = client(ctx);
    const current = round(ctx, engagementId, '2025-05-01');
    const reportTexts = (filters: object) =>
      texts(
        buildManagementReport(
          prepareReport(ctx, ReportRequest.parse({ assessmentId: current, language: 'en', benchmark: { filters } }))
            .input,
        ),
      ).join('\n');
    importRecords(ctx, many(3, {}));
    expect(reportTexts(OWN)).toContain(
      'No benchmark comparison is included: the benchmark does not yet hold 5 earlier assessments with this framework and a score on all nine building blocks, the least a comparison needs.',
    );
    importRecords(ctx, many(20, { sector: 'Q' }));
    const below = reportTexts(OWN);
    expect(below).toContain(
      'the comparison group (K — Financial and insurance activities · 250–999 employees) has fewer than 5 earlier assessments with a score on all nine building blocks; a smaller group is not shown, so that no organisation can be recognised.',
    );
    expect(below).not.toMatch(/\b3 (earlier )?assessments\b|\bn = 3\b/);
    const shown = reportTexts({ sector: ['Q'] });
    expect(shown).toContain('consists of 20 earlier assessments at other organisations');
  });
});

// ——— helpers that touch files ———

let scores: string | null = null;
function scoresFile(): string {
  if (!scores) {
    scores = path.join(tempDir(), 'scores.json');
    fs.writeFileSync(scores, JSON.stringify(SCORES));
  }
  return scores;
}
