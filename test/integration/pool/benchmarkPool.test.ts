import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../main/api/dispatch';
import { openWorkbenchDatabase } from '../../../main/db/open';
import { createContext } from '../../../main/api/context';
import {
  canonicalCsv,
  csvHeader,
  csvRow,
  type PoolRecord,
  POOL_BLOCKS,
  toPackRecord,
} from '../../../shared/pool/benchmarkCsv';
import { syntheticRecords } from '../../../shared/pool/synthetic';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { sxw } from '../cliRunner';
import { tempDir, testContext } from '../support';

type Ctx = ReturnType<typeof testContext>;

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Deterministic real-looking records (not synthetic). */
const records = (count: number, seed: number, patch: Partial<PoolRecord> = {}): PoolRecord[] =>
  [...syntheticRecords(count, { seed })].map((r) => ({ ...r, synthetic: false, ...patch }));

const csvOf = (rs: PoolRecord[], header = csvHeader()) => `${header}\n${rs.map((r) => csvRow(r)).join('\n')}\n`;
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const importText = (ctx: Ctx, text: string, skipInvalid = false, fileName = 'pool.csv') =>
  call(ctx, 'pool.import', { contentBase64: b64(text), fileName, skipInvalid });
const poolCount = (ctx: Ctx) => (ctx.db.prepare('SELECT count(*) AS n FROM pool_records').get() as { n: number }).n;

function packOf(rs: PoolRecord[], sha256?: string): string {
  const sha = sha256 ?? createHash('sha256').update(canonicalCsv(rs)).digest('hex');
  return JSON.stringify({
    format: 'sxw-benchmark-pack',
    version: 1,
    framework: 'sx-default',
    created: '2026-11-22T10:00:00Z',
    records: rs.map(toPackRecord),
    sha256: sha,
  });
}

// ——— An independent computation of the statistics: sort, then Excel's definitions written out by hand. ———

function excelPercentile(sorted: number[], p: number): number {
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (rank - lo) * (sorted[hi]! - sorted[lo]!);
}

function expectedStats(values: number[], score: number | null, k: number) {
  const n = values.length;
  if (n < k) return { n: null, suppressed: true, mean: null, median: null, percentileRank: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  const below = values.filter((v) => v < score! - 1e-9).length;
  const equal = values.filter((v) => Math.abs(v - score!) <= 1e-9).length;
  return {
    n,
    suppressed: false,
    mean,
    sd,
    p10: excelPercentile(sorted, 0.1),
    p25: excelPercentile(sorted, 0.25),
    median: excelPercentile(sorted, 0.5),
    p75: excelPercentile(sorted, 0.75),
    p90: excelPercentile(sorted, 0.9),
    percentileRank: score === null ? null : (100 * (below + 0.5 * equal)) / n,
  };
}

function expectClose(actual: Record<string, unknown>, expected: Record<string, unknown>) {
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key];
    if (typeof want === 'number') expect(Math.abs((got as number) - want), key).toBeLessThanOrEqual(1e-9);
    else expect(got, key).toEqual(want);
  }
}

interface Filters {
  sector?: string[];
  size?: string[];
  country?: string[];
  from?: number;
  to?: number;
}

/** A comparison counts only records with all nine blocks (docs/anonymity.md). */
const complete = (r: PoolRecord) => r.scores.every((s) => s !== null);

const inGroup = (r: PoolRecord, f: Filters) =>
  complete(r) &&
  r.framework === 'sx-default' &&
  (!f.sector?.length || f.sector.includes(r.sector)) &&
  (!f.size?.length || f.size.includes(r.sizeBand)) &&
  (!f.country?.length || f.country.includes(r.country)) &&
  (f.from === undefined || r.year >= f.from) &&
  (f.to === undefined || r.year <= f.to);

const filterFlags = (f: Filters) => [
  ...(f.sector ?? []).flatMap((s) => ['--sector', s]),
  ...(f.size ?? []).flatMap((s) => ['--size', s]),
  ...(f.country ?? []).flatMap((s) => ['--country', s]),
  ...(f.from !== undefined ? ['--from', String(f.from)] : []),
  ...(f.to !== undefined ? ['--to', String(f.to)] : []),
];

// ——— A client with a finalized, fully answered round, and data that must never leave the laptop. ———

const SECRETS = [
  'Geheimzorg Zuid BV',
  'NOTE-7f3a-confidential',
  'Jan Geheimhouder',
  'jan@geheim.example',
  'RESP-CODE-42',
];

function finalizedRound(ctx: Ctx, consent: boolean, heldOn = '2025-06-10') {
  const { id: clientId } = must(
    call(ctx, 'clients.create', {
      name: SECRETS[0],
      sector: 'Q',
      sizeBand: '250-999',
      country: 'NL',
      notes: SECRETS[1],
    }),
  );
  must(call(ctx, 'contacts.create', { clientId, name: SECRETS[2], email: SECRETS[3] }));
  const { id: engagementId } = must(
    call(ctx, 'engagements.create', {
      clientId,
      title: 'Diagnose',
      purpose: 'diagnosis',
      benchmarkConsent: consent,
      notes: SECRETS[1],
    }),
  );
  const { id } = must(call(ctx, 'assessments.create', { engagementId, mode: 'workshop', heldOn }));
  const { id: respondentId } = must(
    call(ctx, 'respondents.create', { assessmentId: id, code: SECRETS[4], role: 'management' }),
  );
  sxDefault.questions.forEach((q, i) =>
    must(
      call(ctx, 'answers.set', {
        assessmentId: id,
        respondentId,
        questionId: q.id,
        score: (i % 5) + 1,
        comment: i === 0 ? SECRETS[1] : undefined,
      }),
    ),
  );
  return { id, engagementId, clientId };
}

describe('benchmark pool: import', () => {
  it('imports a CSV of thousands of records, and importing it again changes nothing', () => {
    const ctx = testContext();
    const text = csvOf(records(3000, 1));
    const first = must(importText(ctx, text));
    expect(first).toMatchObject({ added: 3000, unchanged: 0, conflicts: 0, refused: 0, rounded: 0 });
    expect(first.pack?.name).toBe('pool.csv');
    const second = must(importText(ctx, text));
    expect(second).toMatchObject({ added: 0, unchanged: 3000, conflicts: 0, refused: 0 });
    expect(poolCount(ctx)).toBe(3000);
    expect(must(call(ctx, 'pool.packs', {}))).toHaveLength(1);
  });

  it('reads ";" files with decimal commas and a BOM, upper-case UUIDs, and rounds half away from zero', () => {
    const ctx = testContext();
    const [a, b] = records(2, 2);
    const rows = [
      [
        a!.recordId.toUpperCase(),
        'sx-default',
        'k',
        '1-9',
        'nl',
        '2024',
        '3,255',
        '2,345',
        '1',
        '5',
        '',
        '4,1',
        '2',
        '3',
        '4',
      ],
      [b!.recordId, 'sx-default', 'K', '1-9', 'NL', '2024', '2', '2', '2', '2', '2', '2', '2', '2', '2'],
    ];
    const text = `\uFEFF${csvHeader(';').replace(/;synthetic$/, '')}\r\n${rows.map((r) => r.join(';')).join('\r\n')}\r\n`;
    const report = must(importText(ctx, text));
    expect(report).toMatchObject({ added: 2, rounded: 2 });
    const stored = ctx.db.prepare('SELECT * FROM pool_records WHERE record_id = ?').get(a!.recordId) as Record<
      string,
      unknown
    >;
    expect(stored).toMatchObject({ sector: 'K', country: 'NL', b1: 326, b2: 235, b3: 100, b4: 500, b5: null, b6: 410 });
  });

  it('refuses a whole file with a score of 7 or an unknown sector, naming line and field; nothing is written', () => {
    const ctx = testContext();
    const rs = records(50, 3);
    const lines = csvOf(rs).split('\n');
    lines[5] = lines[5]!.replace(/,sx-default,[A-U],/, ',sx-default,X,');
    const cells = lines[9]!.split(',');
    cells[8] = '7';
    lines[9] = cells.join(',');
    const refused = importText(ctx, lines.join('\n'));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.details?.problems).toEqual([
      expect.objectContaining({ line: 6, column: 'sector' }),
      expect.objectContaining({ line: 10, column: 'B3' }),
    ]);
    expect(poolCount(ctx)).toBe(0);
    expect(must(call(ctx, 'pool.packs', {}))).toEqual([]);

    // skip-invalid takes the 48 valid rows in one go and lists the other two.
    const skipped = must(importText(ctx, lines.join('\n'), true));
    expect(skipped).toMatchObject({ added: 48, refused: 2 });
    expect(skipped.problems.map((p) => [p.line, p.column])).toEqual([
      [6, 'sector'],
      [10, 'B3'],
    ]);
    expect(poolCount(ctx)).toBe(48);
  });

  it('reports a record already in the pool with other values as a conflict and never overwrites it', () => {
    const ctx = testContext();
    const rs = records(20, 4);
    must(importText(ctx, csvOf(rs)));
    const changed = rs.map((r, i) => (i === 3 ? { ...r, scores: r.scores.map(() => 250) } : r));
    const refused = importText(ctx, csvOf(changed));
    expect(refused.ok || refused.error.details?.problems).toEqual([
      expect.objectContaining({ line: 5, column: 'record_id', message: expect.stringMatching(/already in the pool/) }),
    ]);
    const report = must(importText(ctx, csvOf(changed), true));
    expect(report).toMatchObject({ added: 0, unchanged: 19, conflicts: 1 });
    const b1 = ctx.db.prepare('SELECT b1 FROM pool_records WHERE record_id = ?').pluck().get(rs[3]!.recordId);
    expect(b1).toBe(rs[3]!.scores[0]);
  });

  it('refuses a duplicate record_id with different values inside one file', () => {
    const ctx = testContext();
    const rs = records(10, 5);
    const dup = { ...rs[2]!, year: rs[2]!.year === 2020 ? 2021 : 2020 };
    const r = importText(ctx, csvOf([...rs, dup]));
    expect(r.ok || r.error.details?.problems).toEqual([
      expect.objectContaining({
        line: 12,
        column: 'record_id',
        message: expect.stringMatching(/earlier in this file/),
      }),
    ]);
    expect(poolCount(ctx)).toBe(0);
  });

  it('refuses a truncated CSV whole, even with skip-invalid', () => {
    const ctx = testContext();
    const text = csvOf(records(30, 6));
    const truncated = text.slice(0, text.length - 40);
    const r = importText(ctx, truncated, true);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/truncated/);
    expect(r.error.details?.problems).toEqual([expect.objectContaining({ line: 31 })]);
    expect(poolCount(ctx)).toBe(0);
  });

  it('imports a JSON pack whose checksum matches, and refuses a changed or truncated one whole', () => {
    const ctx = testContext();
    const rs = records(40, 7);
    const good = packOf(rs);
    const report = must(importText(ctx, good, false, 'peers.sxwpack.json'));
    expect(report).toMatchObject({ added: 40 });
    expect(must(call(ctx, 'pool.packs', {}))[0]).toMatchObject({ format: 'pack', records: 40, added: 40 });

    const other = testContext();
    const tampered = JSON.parse(good) as { records: Record<string, unknown>[] };
    tampered.records[5]!.B2 = 4.99;
    for (const skip of [false, true]) {
      const r = importText(other, JSON.stringify(tampered), skip, 'tampered.json');
      expect(r.ok || r.error.details?.problems).toEqual([
        expect.objectContaining({ path: 'sha256', message: expect.stringMatching(/checksum does not match/) }),
      ]);
      const cut = importText(other, good.slice(0, good.length / 2), skip, 'cut.json');
      expect(cut.ok || cut.error.message).toMatch(/truncated or damaged/);
    }
    expect(poolCount(other)).toBe(0);
  });

  it('names the field of an invalid record in a pack with a sound checksum', () => {
    const ctx = testContext();
    const rs = records(10, 8);
    const bad = rs.map((r, i) => (i === 4 ? { ...r, scores: r.scores.map((s, b) => (b === 2 ? 700 : s)) } : r));
    const r = importText(ctx, packOf(bad), false, 'bad.json');
    expect(r.ok || r.error.details?.problems).toEqual([
      expect.objectContaining({ path: 'records.4.B3', column: 'B3' }),
    ]);
    expect(poolCount(ctx)).toBe(0);
  });

  it('removes a pack with all its records', () => {
    const ctx = testContext();
    const a = must(importText(ctx, csvOf(records(30, 9)), false, 'a.csv'));
    must(importText(ctx, csvOf(records(20, 10)), false, 'b.csv'));
    expect(must(call(ctx, 'pool.removePack', { packId: a.pack!.id }))).toMatchObject({ removed: 30 });
    expect(poolCount(ctx)).toBe(20);
    expect(must(call(ctx, 'pool.packs', {})).map((p) => p.name)).toEqual(['b.csv']);
  });
});

describe('benchmark pool: compare', () => {
  const pool = [
    ...records(1500, 11),
    // A small group where B9 was mostly not assessed: only three of its seven have all nine blocks, below k.
    ...records(7, 12, { sector: 'T', sizeBand: '1-9', country: 'LU', year: 2022 }).map((r, i) => ({
      ...r,
      scores: r.scores.map((s, b) => (b === 8 && i < 4 ? null : (s ?? 300))),
    })),
  ];
  const scores = { B1: 3.2, B2: 3.41, B3: 2.9, B4: 3, B5: 3.3, B6: 2.7, B7: 2.5, B8: 3, B9: 2.8 };

  it('matches an independent computation of every statistic for several filter combinations', async () => {
    const ctx = testContext();
    must(importText(ctx, csvOf(pool)));
    const dir = tempDir();
    const scoresFile = path.join(dir, 'scores.json');
    fs.writeFileSync(scoresFile, JSON.stringify(scores));
    const combinations: Filters[] = [
      {},
      { sector: ['K'] },
      { sector: ['K', 'Q'], size: ['50-249'] },
      { country: ['NL', 'BE'], from: 2019, to: 2023 },
      { sector: ['G'], size: ['250-999', '1000+'], country: ['NL'], from: 2020 },
      { sector: ['T'], size: ['1-9'], country: ['LU'] },
    ];
    for (const f of combinations) {
      const r = await sxw([
        '--db',
        ctx.file,
        'benchmark',
        'compare',
        '--scores',
        scoresFile,
        ...filterFlags(f),
        '--json',
      ]);
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout);
      const group = pool.filter((x) => inGroup(x, f));
      expect(out.n).toBe(group.length >= 5 ? group.length : null);
      expect(out.synthetic).toBe(false);
      expect(out.k).toBe(5);
      expect(out.filters).toEqual({
        sector: f.sector ?? [],
        size: f.size ?? [],
        country: f.country ?? [],
        from: f.from ?? null,
        to: f.to ?? null,
      });
      POOL_BLOCKS.forEach((block, b) => {
        const values = group.map((x) => (x.scores[b] as number) / 100);
        const actual = out.blocks[b];
        expect(actual.block).toBe(block);
        expect(actual.score).toBe(scores[block]);
        expectClose(actual, expectedStats(values, scores[block], 5));
      });
      const overall = group.map((x) => x.scores.reduce((a, s) => a! + s! / 100, 0)! / 9);
      const clientOverall = Object.values(scores).reduce((a, b) => a + b, 0) / 9;
      expectClose(out.overall, expectedStats(overall, clientOverall, 5));
    }
  });

  it('suppresses a group below k whole, never giving its n, and suggests the nearest wider group', async () => {
    const ctx = testContext();
    must(importText(ctx, csvOf(pool)));
    // Seven records, of which only three have all nine blocks: the group the figures would come from is three.
    const small = must(
      call(ctx, 'pool.compare', { scores, filters: { sector: ['T'], size: ['1-9'], country: ['LU'] } }),
    );
    expect(small).toMatchObject({ n: null, suppressed: true });
    for (const s of [...small.blocks, small.overall]) {
      expect(s).toMatchObject({ n: null, suppressed: true, mean: null, median: null, p90: null, percentileRank: null });
    }

    const k9 = must(call(ctx, 'pool.compare', { scores, filters: { sector: ['T'], size: ['1-9'] }, k: 9 }));
    const tSmall = pool.filter((x) => complete(x) && x.sector === 'T' && x.sizeBand === '1-9').length;
    expect(tSmall).toBeLessThan(9);
    expect(k9).toMatchObject({ n: null, suppressed: true });
    expect(k9.blocks.every((b) => b.suppressed && b.n === null && b.mean === null && b.p90 === null)).toBe(true);

    const widen = must(call(ctx, 'pool.widen', { scores, filters: { sector: ['T'], size: ['1-9'] }, k: 9 }));
    const tAll = pool.filter((x) => complete(x) && x.sector === 'T').length;
    expect(tAll).toBeGreaterThanOrEqual(9);
    expect(widen).toEqual({
      suggestion: {
        dropped: ['size'],
        n: tAll,
        filters: { sector: ['T'], size: [], country: [], from: null, to: null },
      },
    });

    const scoresFile = path.join(tempDir(), 'scores.json');
    fs.writeFileSync(scoresFile, JSON.stringify(scores));
    const tooSmall = await sxw([
      '--db',
      ctx.file,
      'benchmark',
      'compare',
      '--scores',
      scoresFile,
      '--k',
      '2',
      '--json',
    ]);
    expect(tooSmall.stderr).toMatch(/k/);
    expect(tooSmall.code).toBe(2);
    const k2 = call(ctx, 'pool.compare', { scores, k: 2 });
    expect(k2.ok || k2.error.code).toBe('invalid_input');
  });

  it('sees an import by another connection (the CLI beside the app) on the next compare', async () => {
    const ctx = testContext();
    const first = records(100, 13);
    const more = records(50, 14);
    must(importText(ctx, csvOf(first)));
    expect(must(call(ctx, 'pool.compare', { scores })).n).toBe(first.filter(complete).length);
    const file = path.join(tempDir(), 'more.csv');
    fs.writeFileSync(file, csvOf(more));
    expect((await sxw(['--db', ctx.file, 'benchmark', 'import', file])).code).toBe(0);
    expect(must(call(ctx, 'pool.compare', { scores })).n).toBe([...first, ...more].filter(complete).length);
  });
});

describe('benchmark pool: contribute, withdraw and export', () => {
  it('contributes only a finalized round of a consenting client, never counts it against itself, and withdraws it', () => {
    const ctx = testContext();
    const peers = records(300, 15, { sector: 'Q', sizeBand: '250-999', country: 'NL', year: 2025 });
    must(importText(ctx, csvOf(peers)));
    const noConsent = finalizedRound(ctx, false);
    const withConsent = finalizedRound(ctx, true);

    const draft = call(ctx, 'pool.contribute', { assessmentId: withConsent.id });
    expect(draft.ok || draft.error).toMatchObject({ code: 'conflict', details: { reason: 'not_finalized' } });
    expect(must(call(ctx, 'pool.contribution', { assessmentId: withConsent.id }))).toEqual({
      recordId: null,
      blocker: 'not_finalized',
    });

    must(call(ctx, 'assessments.finalize', { id: noConsent.id }));
    must(call(ctx, 'assessments.finalize', { id: withConsent.id }));
    const refused = call(ctx, 'pool.contribute', { assessmentId: noConsent.id });
    expect(refused.ok || refused.error).toMatchObject({ code: 'conflict', details: { reason: 'no_consent' } });

    const { recordId } = must(call(ctx, 'pool.contribute', { assessmentId: withConsent.id }));
    expect(recordId).toMatch(/^[0-9a-f-]{36}$/);
    const stored = ctx.db.prepare('SELECT * FROM pool_records WHERE record_id = ?').get(recordId) as Record<
      string,
      unknown
    >;
    expect(stored).toMatchObject({
      sector: 'Q',
      size_band: '250-999',
      country: 'NL',
      year: 2025,
      source: 'own',
      synthetic: 0,
    });

    const filters = { sector: ['Q'], size: ['250-999'], country: ['NL'] };
    const own = must(call(ctx, 'pool.compare', { assessmentId: withConsent.id, filters }));
    const other = must(call(ctx, 'pool.compare', { assessmentId: noConsent.id, filters }));
    expect(own.n).toBe(peers.filter(complete).length);
    expect(other.n).toBe(peers.filter(complete).length + 1);
    expect(own.blocks[0]!.score).toBe(other.blocks[0]!.score);

    must(call(ctx, 'pool.withdraw', { assessmentId: withConsent.id }));
    expect(ctx.db.prepare('SELECT count(*) FROM pool_records WHERE record_id = ?').pluck().get(recordId)).toBe(0);
    expect(must(call(ctx, 'pool.compare', { assessmentId: noConsent.id, filters })).n).toBe(
      peers.filter(complete).length,
    );
    const again = call(ctx, 'pool.withdraw', { assessmentId: withConsent.id });
    expect(again.ok || again.error.code).toBe('not_found');
  });

  it('deleting a contributed round removes its record from the pool', () => {
    const ctx = testContext();
    const round = finalizedRound(ctx, true);
    must(call(ctx, 'assessments.finalize', { id: round.id }));
    must(call(ctx, 'pool.contribute', { assessmentId: round.id }));
    expect(must(call(ctx, 'pool.stats', {})).total).toBe(1);
    must(call(ctx, 'assessments.delete', { id: round.id, confirm: true }));
    expect(must(call(ctx, 'pool.stats', {})).total).toBe(0);
  });

  it('exports a pack with no client name, contact, note or respondent data, that imports elsewhere', async () => {
    const ctx = testContext();
    must(importText(ctx, csvOf(records(200, 16, { sector: 'Q', sizeBand: '250-999', country: 'NL', year: 2025 }))));
    const round = finalizedRound(ctx, true);
    must(call(ctx, 'assessments.finalize', { id: round.id }));
    must(call(ctx, 'pool.contribute', { assessmentId: round.id }));
    const dir = tempDir();
    for (const format of ['pack', 'csv']) {
      const out = path.join(dir, `export.${format}`);
      const r = await sxw(['--db', ctx.file, 'benchmark', 'export', '--out', out, '--format', format, '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ exported: 201, leftOut: 0 });
      const text = fs.readFileSync(out, 'utf8');
      for (const secret of [...SECRETS, round.id, round.engagementId, round.clientId, 'Diagnose', 'example']) {
        expect(text.includes(secret), `${format} contains ${secret}`).toBe(false);
      }
    }
    const fresh = testContext();
    const report = must(
      call(fresh, 'pool.import', {
        contentBase64: fs.readFileSync(path.join(dir, 'export.pack')).toString('base64'),
        fileName: 'export.pack',
      }),
    );
    expect(report).toMatchObject({ added: 201, conflicts: 0, refused: 0 });
  });

  it('makes exports k-anonymous: rare combinations get country ZZ or are left out, and synthetic records stay out', async () => {
    const ctx = testContext();
    const common = records(60, 17, { sector: 'K', sizeBand: '50-249', country: 'NL', year: 2024 });
    const rare = [
      ...records(3, 18, { sector: 'K', sizeBand: '50-249', country: 'BE', year: 2024 }),
      ...records(2, 19, { sector: 'K', sizeBand: '50-249', country: 'DE', year: 2024 }),
      ...records(2, 20, { sector: 'P', sizeBand: '1-9', country: 'FR', year: 2019 }),
    ];
    const synthetic = records(30, 21, { synthetic: true });
    must(importText(ctx, csvOf([...common, ...rare, ...synthetic])));
    const out = path.join(tempDir(), 'export.csv');
    const r = await sxw(['--db', ctx.file, 'benchmark', 'export', '--out', out, '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ exported: 65, generalised: 5, leftOut: 2, syntheticLeftOut: 30 });
    const rows = fs
      .readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const combos = new Map<string, number>();
    for (const c of rows) combos.set(c.slice(2, 6).join('|'), (combos.get(c.slice(2, 6).join('|')) ?? 0) + 1);
    expect(Math.min(...combos.values())).toBeGreaterThanOrEqual(5);
    expect(combos.get('K|50-249|ZZ|2024')).toBe(5);
    expect(rows.every((c) => c[15] === 'false')).toBe(true);

    const semicolon = path.join(tempDir(), 'excel.csv');
    await sxw(['--db', ctx.file, 'benchmark', 'export', '--out', semicolon, '--delimiter', ';']);
    const bytes = fs.readFileSync(semicolon);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8')).toMatch(/^\uFEFFrecord_id;framework;sector/);
    expect(bytes.toString('utf8')).toMatch(/;\d,\d\d;/);
    // The Excel file imports back as it is.
    const fresh = testContext();
    expect(
      must(call(fresh, 'pool.import', { contentBase64: bytes.toString('base64'), fileName: 'excel.csv' })).added,
    ).toBe(65);
  });
});

describe('benchmark pool: CLI and demo', () => {
  it('prints pool size by framework, sector, size band, country, year and source', async () => {
    const ctx = testContext();
    const rs = records(120, 22);
    const first = must(importText(ctx, csvOf(rs)));
    const r = await sxw(['--db', ctx.file, 'benchmark', 'stats', '--json']);
    const stats = JSON.parse(r.stdout);
    expect(stats.total).toBe(120);
    expect(stats.byFramework).toEqual({ 'sx-default': 120 });
    expect(stats.bySource).toEqual({ [first.pack!.id]: 120 });
    expect(Object.values(stats.bySector as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(120);
    expect(stats.byCountry.NL).toBe(rs.filter((x) => x.country === 'NL').length);
    expect(stats.byYear['2020']).toBe(rs.filter((x) => x.year === 2020).length);
  });

  it('refuses an invalid file with exit 2 and every problem on stderr; --skip-invalid prints the report', async () => {
    const ctx = testContext();
    const lines = csvOf(records(10, 23)).split('\n');
    lines[3] = lines[3]!.replace(/,(\d{4}),/, ',20x4,');
    const file = path.join(tempDir(), 'bad.csv');
    fs.writeFileSync(file, lines.join('\n'));
    const refused = await sxw(['--db', ctx.file, 'benchmark', 'import', file, '--json']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/line 4, column year/);
    const skipped = await sxw(['--db', ctx.file, 'benchmark', 'import', file, '--skip-invalid', '--json']);
    expect(skipped.code).toBe(0);
    expect(JSON.parse(skipped.stdout)).toMatchObject({ added: 9, unchanged: 0, rounded: 0, conflicts: 0, refused: 1 });
  });

  it('fills a synthetic pool with `sxw demo`, which comparisons use and say so while there are no real records', async () => {
    const db = path.join(tempDir(), 'demo.sqlite');
    expect((await sxw(['--db', db, 'demo'])).code).toBe(0);
    const scoresFile = path.join(tempDir(), 's.json');
    fs.writeFileSync(scoresFile, JSON.stringify({ B1: 3, B2: 3, B3: 3, B4: 3, B5: 3, B6: 3, B7: 3, B8: 3, B9: 3 }));
    const r = await sxw(['--db', db, 'benchmark', 'compare', '--scores', scoresFile, '--sector', 'K', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.n).toBeGreaterThan(100);
    expect(out.synthetic).toBe(true);
    const handle = openWorkbenchDatabase(db);
    const ctx = createContext({ db: handle, databasePath: db, transport: 'cli' });
    expect(must(call(ctx, 'pool.packs', {}))[0]).toMatchObject({ format: 'demo', records: 3000 });
    handle.close();
  });
});
