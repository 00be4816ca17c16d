import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { call } from '../../../main/api/dispatch';
import { prepareReport } from '../../../main/reports/reports';
import { POOL_COLUMNS, toPoolRecord } from '../../../main/pool/repository';
import { csvHeader, csvRow, POOL_BLOCKS, type PoolRecord } from '../../../shared/pool/benchmarkCsv';
import type { Comparison, ComparisonStatistics, PoolFilters, WiderGroup } from '../../../shared/pool/schemas';
import { groupStatistics, percentileRank } from '../../../shared/pool/statistics';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { ReportRequest } from '../../../shared/reports/schemas';
import { testContext } from '../support';
import { isolatedSet, rank } from './linearDisclosure';

/**
 * Issue 10's anonymity property (docs/anonymity.md "What one view shows"): on random pools and filters,
 * everything one results screen and one report show — the comparison, its widening suggestion, the report's
 * benchmark, and (the strongest reading of "the changes since the previous round") the previous round's
 * comparison under the same filters — combined linearly never singles out fewer than k organisations; k below
 * the setting, n below k and synthetic padding are each refused or hidden.
 *
 * How: a reference model written from the documented rule names the set of records each shown figure is
 * computed from; the service's figures are held to exactly that set's statistics; then every shown set,
 * less the records a reader already knows (synthetic ones, the client's own), goes through the exhaustive
 * linear check of ./linearDisclosure.ts. SXW_ANONYMITY_RUNS and SXW_ANONYMITY_POOL make it larger.
 */

type Ctx = ReturnType<typeof testContext>;

const RUNS = Number(process.env.SXW_ANONYMITY_RUNS ?? 40);
const POOL_MAX = Number(process.env.SXW_ANONYMITY_POOL ?? 40);

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

// ——— The linear check itself, on the attacks: it must find each. ———

describe('the linear check', () => {
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

  it('finds 12 · mean − 11 · mean: a group and the same group less one organisation', () => {
    const sectorK = range(0, 12);
    const withoutLarge = range(1, 12);
    expect(isolatedSet([sectorK, withoutLarge], new Set(), 10)).toEqual([0]);
  });

  it('finds a block’s group against the whole, when one record lacks the block', () => {
    const group = range(0, 12);
    const withB3 = group.filter((r) => r !== 7);
    expect(isolatedSet([group, withB3], new Set(), 5)).toEqual([7]);
  });

  it('finds three real records padded with synthetic ones, and a group that holds the client’s own record', () => {
    const padded = range(0, 103);
    const synthetic = new Set(range(3, 103));
    expect(isolatedSet([padded], synthetic, 5)).toEqual([0, 1, 2]);
    const withOwn = range(0, 5);
    expect(isolatedSet([withOwn], new Set([4]), 5)).toEqual([0, 1, 2, 3]);
  });

  it('finds a difference of two organisations, not only one organisation', () => {
    expect(isolatedSet([range(0, 6), [...range(0, 5), 6]], new Set(), 5)).toEqual([5, 6]);
  });

  it('passes what cannot be split: one group of k, groups differing by k, overlapping groups with atoms ≥ k', () => {
    expect(isolatedSet([range(0, 5)], new Set(), 5)).toBeNull();
    expect(isolatedSet([range(0, 10), range(0, 5)], new Set(), 5)).toBeNull();
    // {a,b,c} and {c,d,e}: every combination α·1₁ + β·1₂ is non-zero on at least three records.
    expect(
      isolatedSet(
        [
          [0, 1, 2],
          [2, 3, 4],
        ],
        new Set(),
        3,
      ),
    ).toBeNull();
    expect(
      isolatedSet(
        [
          [0, 1, 2],
          [2, 3, 4],
        ],
        new Set(),
        4,
      ),
    ).toEqual([0, 1, 2]);
    expect(
      rank([
        [1, 1, 0],
        [0, 1, 1],
        [1, 2, 1],
      ]),
    ).toBe(2);
  });
});

// ——— The world: one client with two finalized rounds, a pool redrawn for every run. ———

const SECTORS = ['K', 'Q'] as const;
const SIZES = ['250-999', '1000+'] as const;
const COUNTRIES = ['NL', 'BE'] as const;
const YEARS = [2024, 2025] as const;

/** A client in K / 250–999 / NL with a round in 2024 and one in 2025, both finalized, with consent. */
function client(ctx: Ctx) {
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Verzekeraar Noord', sector: 'K', sizeBand: '250-999', country: 'NL' }),
  );
  const { id: engagementId } = must(
    call(ctx, 'engagements.create', { clientId, title: 'Programme', purpose: 'diagnosis', benchmarkConsent: true }),
  );
  const round = (heldOn: string, offset: number) => {
    const { id } = must(call(ctx, 'assessments.create', { engagementId, mode: 'workshop', heldOn }));
    const { id: respondentId } = must(
      call(ctx, 'respondents.create', { assessmentId: id, code: 'T1', role: 'management' }),
    );
    sxDefault.questions.forEach((q, i) =>
      must(
        call(ctx, 'answers.set', { assessmentId: id, respondentId, questionId: q.id, score: ((i + offset) % 5) + 1 }),
      ),
    );
    must(call(ctx, 'assessments.finalize', { id }));
    return id;
  };
  return { previous: round('2024-05-01', 0), current: round('2025-05-01', 2) };
}

interface DrawnRecord {
  sector: (typeof SECTORS)[number];
  size: (typeof SIZES)[number];
  country: (typeof COUNTRIES)[number];
  year: (typeof YEARS)[number];
  synthetic: boolean;
  missing: number | null;
  scores: number[];
}

const drawnRecord: fc.Arbitrary<DrawnRecord> = fc.record({
  sector: fc.constantFrom(...SECTORS),
  size: fc.constantFrom(...SIZES),
  country: fc.constantFrom(...COUNTRIES),
  year: fc.constantFrom(...YEARS),
  synthetic: fc.integer({ min: 0, max: 9 }).map((x) => x < 3),
  // A quarter of the records lack one block.
  missing: fc.integer({ min: 0, max: 35 }).map((x) => (x < 9 ? x : null)),
  scores: fc.array(fc.integer({ min: 100, max: 500 }), { minLength: 9, maxLength: 9 }),
});

/** Each filter left out half of the time, so that groups reach k often enough to show figures. */
const some = <T>(values: readonly T[]) => fc.oneof(fc.constant([] as T[]), fc.subarray([...values]));
const drawnFilters: fc.Arbitrary<PoolFilters> = fc.record({
  sector: some(SECTORS),
  size: some(SIZES),
  country: some(COUNTRIES),
  from: fc.constantFrom(null, ...YEARS),
  to: fc.constantFrom(null, ...YEARS),
});

let serial = 0;
function poolRecord(d: DrawnRecord): PoolRecord {
  serial += 1;
  return {
    recordId: `22222222-3333-4444-8555-${String(serial).padStart(12, '0')}`,
    framework: 'sx-default',
    sector: d.sector,
    sizeBand: d.size,
    country: d.country,
    year: d.year,
    scores: d.scores.map((s, b) => (b === d.missing ? null : s)),
    synthetic: d.synthetic,
  };
}

// ——— The reference model: the documented rule, written out independently of the index. ———

const complete = (r: PoolRecord) => r.scores.every((s) => s !== null);
const matches = (r: PoolRecord, f: PoolFilters) =>
  (f.sector.length === 0 || (f.sector as string[]).includes(r.sector)) &&
  (f.size.length === 0 || (f.size as string[]).includes(r.sizeBand)) &&
  (f.country.length === 0 || (f.country as string[]).includes(r.country)) &&
  (f.from === null || r.year >= f.from) &&
  (f.to === null || r.year <= f.to);

/**
 * Synthetic records stand in only while the framework has fewer than the setting's k complete real records
 * besides the client's own (and some synthetic ones exist).
 */
function syntheticBasis(pool: PoolRecord[], own: Set<string>, kSetting: number): boolean {
  const realOthers = pool.filter((r) => complete(r) && !r.synthetic && !own.has(r.recordId)).length;
  return realOthers < kSetting && pool.some((r) => complete(r) && r.synthetic);
}

/** The records a comparison with these filters is computed from, as indices into `pool`. */
function referenceGroup(pool: PoolRecord[], own: Set<string>, kSetting: number, f: PoolFilters): number[] {
  const synthetic = syntheticBasis(pool, own, kSetting);
  return pool.flatMap((r, i) =>
    complete(r) && r.synthetic === synthetic && !own.has(r.recordId) && matches(r, f) ? [i] : [],
  );
}

const WIDENING: [NonNullable<WiderGroup['suggestion']>['dropped'][number], (f: PoolFilters) => PoolFilters | null][] = [
  ['size', (f) => (f.size.length > 0 ? { ...f, size: [] } : null)],
  ['country', (f) => (f.country.length > 0 ? { ...f, country: [] } : null)],
  ['years', (f) => (f.from !== null || f.to !== null ? { ...f, from: null, to: null } : null)],
  ['sector', (f) => (f.sector.length > 0 ? { ...f, sector: [] } : null)],
];

/** Holds a comparison to the statistics of exactly these records, or to "suppressed, no n" below k. */
function expectComparison(c: Comparison, pool: PoolRecord[], group: number[], k: number, clientScores: number[]) {
  const suppressed = group.length < k;
  expect(c.suppressed).toBe(suppressed);
  expect(c.n).toBe(suppressed ? null : group.length);
  const lines: [ComparisonStatistics, number[], number | null][] = POOL_BLOCKS.map((_, b) => [
    c.blocks[b] as ComparisonStatistics,
    group.map((i) => (pool[i]!.scores[b] as number) / 100),
    clientScores[b] ?? null,
  ]);
  lines.push([
    c.overall,
    group.map((i) => (pool[i]!.scores as number[]).reduce((a, s) => a + s, 0) / 900),
    clientScores.reduce((a, s) => a + s, 0) / 9,
  ]);
  for (const [s, values, score] of lines) {
    expect(s.n).toBe(suppressed ? null : values.length);
    expect(s.suppressed).toBe(suppressed);
    if (suppressed) {
      expect([s.mean, s.sd, s.p10, s.p25, s.median, s.p75, s.p90, s.percentileRank]).toEqual(Array(8).fill(null));
      continue;
    }
    const want = groupStatistics(
      [...values].sort((a, b) => a - b),
      k,
    );
    for (const key of ['mean', 'sd', 'p10', 'p25', 'median', 'p75', 'p90'] as const) {
      const got = s[key];
      const expected = want[key];
      if (expected === null) expect(got).toBeNull();
      else expect(Math.abs((got as number) - expected), key).toBeLessThanOrEqual(1e-9);
    }
    if (score !== null)
      expect(Math.abs((s.percentileRank as number) - percentileRank(values, score)!)).toBeLessThan(1e-9);
  }
}

describe('anonymity of what one results screen and one report show', () => {
  it('never lets a linear combination of shown figures single out fewer than k organisations', () => {
    const ctx = testContext();
    const rounds = client(ctx);
    const clientScores = (assessmentId: string) => {
      const blocks = must(call(ctx, 'assessments.results', { id: assessmentId })).blocks;
      return POOL_BLOCKS.map((b) => blocks.find((x) => x.id === b)?.score as number);
    };
    const scoresOf = {
      [rounds.previous]: clientScores(rounds.previous),
      [rounds.current]: clientScores(rounds.current),
    };
    let packId: string | null = null;
    let checkedSets = 0;

    fc.assert(
      fc.property(
        fc.array(drawnRecord, { maxLength: POOL_MAX, size: 'max' }),
        fc.integer({ min: 3, max: 5 }),
        fc.option(fc.integer({ min: 3, max: 7 }), { nil: undefined }),
        drawnFilters,
        fc.boolean(),
        fc.boolean(),
        (drawn, kSetting, kAsked, filters, previousIn, currentIn) => {
          // The world of this run: the drawn pool, the setting, which of the client's rounds are in the pool.
          if (packId) must(call(ctx, 'pool.removePack', { packId }));
          packId = null;
          if (drawn.length > 0) {
            const csv = `${csvHeader()}\n${drawn.map((d) => csvRow(poolRecord(d))).join('\n')}\n`;
            packId = must(
              call(ctx, 'pool.import', { contentBase64: Buffer.from(csv).toString('base64'), fileName: 'drawn.csv' }),
            ).pack!.id;
          }
          must(call(ctx, 'settings.update', { benchmarkK: kSetting }));
          for (const [id, wanted] of [
            [rounds.previous, previousIn],
            [rounds.current, currentIn],
          ] as const) {
            const isIn = must(call(ctx, 'pool.contribution', { assessmentId: id })).recordId !== null;
            if (wanted && !isIn) must(call(ctx, 'pool.contribute', { assessmentId: id }));
            if (!wanted && isIn) must(call(ctx, 'pool.withdraw', { assessmentId: id }));
          }
          const pool = (ctx.db.prepare(`SELECT ${POOL_COLUMNS} FROM pool_records`).raw(true).all() as unknown[][]).map(
            toPoolRecord,
          );
          const own = new Set(ctx.db.prepare('SELECT record_id FROM pool_contributions').pluck().all() as string[]);

          // k below the setting is refused, naming the field, by every entry point; the view then uses the setting.
          let k = kAsked ?? kSetting;
          if (kAsked !== undefined && kAsked < kSetting) {
            const refused = { code: 'invalid_input', details: { fields: [{ path: 'k', code: 'below_setting' }] } };
            const input = { assessmentId: rounds.current, filters, k: kAsked };
            for (const op of ['pool.compare', 'pool.widen'] as const) {
              const r = call(ctx, op, input);
              expect(r.ok || r.error).toMatchObject(refused);
            }
            const e = call(ctx, 'pool.export', { filters, k: kAsked });
            expect(e.ok || e.error).toMatchObject(refused);
            expect(() =>
              prepareReport(
                ctx,
                ReportRequest.parse({
                  assessmentId: rounds.current,
                  language: 'en',
                  benchmark: { filters, k: kAsked },
                }),
              ),
            ).toThrow(/below the firm's minimum group size/);
            k = kSetting;
          }
          const kInput = k === kSetting ? {} : { k };

          // The view: the screen's comparison and, below k, its widening; the report; the previous round's.
          const screen = must(call(ctx, 'pool.compare', { assessmentId: rounds.current, filters, ...kInput }));
          const widen = screen.suppressed
            ? must(call(ctx, 'pool.widen', { assessmentId: rounds.current, filters, ...kInput }))
            : null;
          const report = prepareReport(
            ctx,
            ReportRequest.parse({ assessmentId: rounds.current, language: 'en', benchmark: { filters, ...kInput } }),
          ).input.benchmark;
          const previous = must(call(ctx, 'pool.compare', { assessmentId: rounds.previous, filters, ...kInput }));

          // Each figure comes from exactly the set the rule names.
          const group = referenceGroup(pool, own, kSetting, filters);
          expectComparison(screen, pool, group, k, scoresOf[rounds.current]!);
          expectComparison(previous, pool, group, k, scoresOf[rounds.previous]!);
          expect(screen.synthetic).toBe(syntheticBasis(pool, own, kSetting));
          const shown: number[][] = [];
          if (!screen.suppressed) shown.push(group);
          if (!previous.suppressed) shown.push(group);
          if ('comparison' in report) {
            expect(report.comparison).toEqual(screen);
          } else {
            expect(report).toEqual({ reason: 'poolBelowK', k });
            expect(screen.suppressed).toBe(true);
            expect(
              referenceGroup(pool, own, kSetting, { sector: [], size: [], country: [], from: null, to: null }).length,
            ).toBeLessThan(k);
          }
          if (widen) {
            expect(Object.keys(widen)).toEqual(['suggestion']);
            let f = filters;
            let expected: { filters: PoolFilters; n: number; dropped: string[] } | null = null;
            const dropped: string[] = [];
            for (const [name, step] of WIDENING) {
              const next = step(f);
              if (!next) continue;
              f = next;
              dropped.push(name);
              const n = referenceGroup(pool, own, kSetting, f).length;
              if (n >= k) {
                expected = { filters: f, n, dropped: [...dropped] };
                break;
              }
            }
            expect(widen.suggestion).toEqual(expected);
            if (expected) shown.push(referenceGroup(pool, own, kSetting, expected.filters));
          }

          // Nothing shown, combined linearly, singles out fewer than k of the organisations the reader does not know.
          const known = new Set(pool.flatMap((r, i) => (r.synthetic || own.has(r.recordId) ? [i] : [])));
          expect(isolatedSet(shown, known, k)).toBeNull();
          if (shown.some((g) => g.some((i) => !known.has(i)))) checkedSets++;
        },
      ),
      { numRuns: RUNS },
    );
    // The property was about something: many runs showed figures of real organisations.
    expect(checkedSets).toBeGreaterThan(RUNS / 5);
  });
});
