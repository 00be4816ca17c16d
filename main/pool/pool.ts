import { createHash, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import {
  BLOCK_COUNT,
  benchmarkCsv,
  canonicalCsvLines,
  OTHER_COUNTRY,
  PACK_FORMAT,
  PACK_VERSION,
  parseScoreNumber,
  POOL_BLOCKS,
  type BenchmarkPack,
  type PoolRecord,
  toPackRecord,
} from '../../shared/pool/benchmarkCsv';
import { histogramPercentileRank, histogramStatistics } from '../../shared/pool/histogram';
import {
  type Comparison,
  type CompareInput,
  type ComparisonStatistics,
  type ContributionStatus,
  type ExportInput,
  type PackSummary,
  type PoolExport,
  type PoolFilters,
  type PoolStats,
  type WiderGroup,
} from '../../shared/pool/schemas';
import { syntheticRecords } from '../../shared/pool/synthetic';
import { SECTORS, SIZE_BANDS } from '../../shared/domain/identifiers';
import { appendAudit } from '../db/audit';
import { findClient } from '../clients/clientsRepository';
import * as repo from './repository';
import { stmt } from '../db/statements';
import { requireAssessment } from '../assessments/assessments';
import type { ServiceContext } from '../api/context';
import { getEngagement } from '../clients/engagements';
import { withdrawContribution } from './contributionWithdrawal';
import {
  BLOCK_BINS,
  bumpPoolGeneration,
  countryCode,
  type IndexFilter,
  notePoolChange,
  OVERALL_BINS,
  OVERALL_LOWEST,
  OVERALL_OFFSET,
  OVERLAY_LIMIT,
  poolIndex,
  recordSlots,
  withPoolChanges,
} from './poolIndex';
import { scoreRound } from '../results/results';
import { benchmarkK } from '../settings/settings';

type CompareArgs = z.output<typeof CompareInput>;

// ——— Contribute and withdraw ———

export function contributionStatus(ctx: ServiceContext, assessmentId: string): ContributionStatus {
  const a = requireAssessment(ctx, assessmentId);
  const recordId = repo.contributionOf(ctx.db, assessmentId) ?? null;
  if (recordId) return { recordId, blocker: null };
  if (a.status !== 'finalized') return { recordId, blocker: 'not_finalized' };
  if (!getEngagement(ctx, a.engagementId).benchmarkConsent) return { recordId, blocker: 'no_consent' };
  return { recordId, blocker: null };
}

/**
 * Adds a finalized round to the pool as one anonymized record: a fresh random UUID, the framework, the
 * client's sector, size band and country, the year only, and the nine block scores in hundredths (rounded
 * half away from zero). The link to the assessment lives only in pool_contributions, which no export reads.
 */
export function contribute(ctx: ServiceContext, assessmentId: string): { recordId: string } {
  const at = ctx.now().toISOString();
  return withPoolChanges(ctx.db, () =>
    ctx.db.transaction(() => {
      const a = requireAssessment(ctx, assessmentId);
      if (repo.contributionOf(ctx.db, assessmentId)) {
        throw new AppError('conflict', 'This round is already in the benchmark pool.', { assessmentId });
      }
      if (a.status !== 'finalized') {
        throw new AppError('conflict', 'Only a finalized round can join the benchmark pool.', {
          assessmentId,
          reason: 'not_finalized',
        });
      }
      const engagement = getEngagement(ctx, a.engagementId);
      if (!engagement.benchmarkConsent) {
        throw new AppError(
          'conflict',
          "The client's consent to the benchmark pool is not recorded on this engagement; nothing was added.",
          { assessmentId, reason: 'no_consent' },
        );
      }
      const client = findClient(ctx.db, engagement.clientId);
      if (!client) throw new AppError('not_found', `No client with id ${engagement.clientId}.`);
      const results = scoreRound(ctx, assessmentId);
      const byId = new Map(results.blocks.map((b) => [b.id, b.score]));
      if (results.blocks.some((b) => !(POOL_BLOCKS as readonly string[]).includes(b.id))) {
        throw new AppError('conflict', 'The benchmark pool holds frameworks with the nine blocks B1–B9 only.', {
          assessmentId,
        });
      }
      const scores = POOL_BLOCKS.map((b) => {
        const s = byId.get(b);
        if (s === null || s === undefined) return null;
        const parsed = parseScoreNumber(s);
        return parsed.ok ? parsed.hundredths : null;
      });
      if (scores.every((s) => s === null)) {
        throw new AppError('conflict', 'This round has no block scores to contribute.', { assessmentId });
      }
      const year = Number((a.heldOn ?? a.finalizedAt ?? at).slice(0, 4));
      const recordId = randomUUID();
      const record: PoolRecord = {
        recordId,
        framework: a.frameworkId,
        sector: client.sector,
        sizeBand: client.sizeBand,
        country: client.country,
        year,
        scores,
        synthetic: false,
      };
      repo.insertPoolRecord(ctx.db, record, 'own');
      repo.insertContribution(ctx.db, assessmentId, recordId, at);
      bumpPoolGeneration(ctx.db);
      notePoolChange(ctx.db, [{ sign: 1, record, source: 'own' }]);
      appendAudit(ctx.db, { at, action: 'contribute', entity: 'assessment', entityId: assessmentId });
      return { recordId };
    })(),
  );
}

export function withdraw(ctx: ServiceContext, assessmentId: string): { recordId: string } {
  const at = ctx.now().toISOString();
  return withPoolChanges(ctx.db, () =>
    ctx.db.transaction(() => {
      requireAssessment(ctx, assessmentId);
      const recordId = repo.contributionOf(ctx.db, assessmentId);
      if (!recordId) {
        throw new AppError('not_found', 'This round has no record in the benchmark pool.', {
          entity: 'contribution',
          id: assessmentId,
        });
      }
      withdrawContribution(ctx, assessmentId, recordId);
      appendAudit(ctx.db, { at, action: 'withdraw', entity: 'assessment', entityId: assessmentId });
      return { recordId };
    })(),
  );
}

// ——— Compare ———

function lookup(values: readonly string[], all: readonly string[]): Uint8Array {
  const table = new Uint8Array(all.length);
  if (values.length === 0) table.fill(1);
  else for (const v of values) table[all.indexOf(v)] = 1;
  return table;
}

function indexFilter(framework: string, f: PoolFilters): IndexFilter {
  let countries: Uint8Array | null = null;
  if (f.country.length > 0) {
    countries = new Uint8Array(26 * 26);
    for (const c of f.country) countries[countryCode(c)] = 1;
  }
  return {
    framework,
    sectors: lookup(f.sector, SECTORS),
    sizes: lookup(f.size, SIZE_BANDS),
    countries,
    from: f.from,
    to: f.to,
  };
}

function matches(r: PoolRecord, framework: string, f: PoolFilters): boolean {
  return (
    r.framework === framework &&
    (f.sector.length === 0 || (f.sector as string[]).includes(r.sector)) &&
    (f.size.length === 0 || (f.size as string[]).includes(r.sizeBand)) &&
    (f.country.length === 0 || (f.country as string[]).includes(r.country)) &&
    (f.from === null || r.year >= f.from) &&
    (f.to === null || r.year <= f.to)
  );
}

interface Subject {
  framework: string;
  scores: (number | null)[];
  own: PoolRecord | undefined;
}

function subjectOf(ctx: ServiceContext, input: CompareArgs): Subject {
  if (input.assessmentId !== undefined) {
    const a = requireAssessment(ctx, input.assessmentId);
    const byId = new Map(scoreRound(ctx, a.id).blocks.map((b) => [b.id, b.score]));
    const recordId = repo.contributionOf(ctx.db, a.id);
    return {
      framework: a.frameworkId,
      scores: POOL_BLOCKS.map((b) => byId.get(b) ?? null),
      own: recordId ? repo.findPoolRecord(ctx.db, recordId) : undefined,
    };
  }
  const s = input.scores ?? {};
  return { framework: input.framework, scores: POOL_BLOCKS.map((b) => s[b] ?? null), own: undefined };
}

/** n and synthetic count of a group, its own record left out, plus the histograms when asked. */
function groupOf(ctx: ServiceContext, subject: Subject, filters: PoolFilters) {
  const g = poolIndex(ctx.db).group(indexFilter(subject.framework, filters));
  let { n, synthetic } = g;
  const own = subject.own;
  if (own && matches(own, subject.framework, filters)) {
    // The compared round's own record never counts: take its ten bins back out.
    const slots = new Array<number>(BLOCK_COUNT + 1);
    recordSlots(own.scores, slots);
    for (const s of slots) if (s !== 0) g.hist[s] = (g.hist[s] as number) - 1;
    n -= 1;
    if (own.synthetic) synthetic -= 1;
  }
  return { hist: g.hist, n, synthetic };
}

function outputFilters(f: PoolFilters): Comparison['filters'] {
  return { sector: [...f.sector], size: [...f.size], country: [...f.country], from: f.from, to: f.to };
}

/**
 * The client against its comparison group (docs/statistics.md "Benchmark statistics"), unrounded. A group or a
 * block with fewer than k records is suppressed: statistics null, n still given.
 */
export function compare(ctx: ServiceContext, input: CompareArgs): Comparison {
  const subject = subjectOf(ctx, input);
  const { hist, n, synthetic } = groupOf(ctx, subject, input.filters);
  const k = input.k ?? benchmarkK(ctx);
  const groupSuppressed = n < k;
  const stats = (offset: number, bins: number, lowest: number, scale: number, score: number | null) => {
    const slice = { counts: hist, offset, bins, lowest, scale };
    const s = histogramStatistics(slice, groupSuppressed ? Number.POSITIVE_INFINITY : k);
    const out: ComparisonStatistics = {
      score,
      n: s.n,
      mean: s.mean,
      sd: s.sd,
      p10: s.p10,
      p25: s.p25,
      median: s.median,
      p75: s.p75,
      p90: s.p90,
      percentileRank: s.suppressed || score === null ? null : histogramPercentileRank(slice, score),
      suppressed: s.suppressed,
    };
    return out;
  };
  const blocks = POOL_BLOCKS.map((block, b) => ({
    block,
    ...stats(1 + b * BLOCK_BINS, BLOCK_BINS, 100, 100, subject.scores[b] ?? null),
  }));
  const complete = subject.scores.every((s) => s !== null);
  const overallScore = complete ? (subject.scores as number[]).reduce((a, b) => a + b, 0) / BLOCK_COUNT : null;
  return {
    framework: subject.framework,
    filters: outputFilters(input.filters),
    k,
    n,
    synthetic,
    suppressed: groupSuppressed,
    blocks,
    overall: stats(OVERALL_OFFSET, OVERALL_BINS, OVERALL_LOWEST, 100 * BLOCK_COUNT, overallScore),
  };
}

/**
 * The nearest wider group with at least k records: drop the size filter first, then country, then the
 * years, then the sector — the order in which a peer group loses least of its likeness.
 */
export function widerGroup(ctx: ServiceContext, input: CompareArgs): WiderGroup {
  const subject = subjectOf(ctx, input);
  const k = input.k ?? benchmarkK(ctx);
  const n = groupOf(ctx, subject, input.filters).n;
  if (n >= k) return { n, suggestion: null };
  type Dropped = NonNullable<WiderGroup['suggestion']>['dropped'][number];
  const steps: [Dropped, (f: PoolFilters) => PoolFilters, (f: PoolFilters) => boolean][] = [
    ['size', (f) => ({ ...f, size: [] }), (f) => f.size.length > 0],
    ['country', (f) => ({ ...f, country: [] }), (f) => f.country.length > 0],
    ['years', (f) => ({ ...f, from: null, to: null }), (f) => f.from !== null || f.to !== null],
    ['sector', (f) => ({ ...f, sector: [] }), (f) => f.sector.length > 0],
  ];
  let filters = input.filters;
  const dropped: Dropped[] = [];
  for (const [name, widen, applies] of steps) {
    if (!applies(filters)) continue;
    filters = widen(filters);
    dropped.push(name);
    const wider = groupOf(ctx, subject, filters).n;
    if (wider >= k) return { n, suggestion: { filters: outputFilters(filters), n: wider, dropped: [...dropped] } };
  }
  return { n, suggestion: null };
}

// ——— Stats, packs ———

export function poolStats(ctx: ServiceContext): PoolStats {
  const index = poolIndex(ctx.db);
  const c = index.counts();
  const obj = <K extends string | number>(m: Map<K, number>) =>
    Object.fromEntries([...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([key, v]) => [String(key), v]));
  return {
    total: index.size,
    synthetic: c.synthetic,
    byFramework: obj(c.byFramework),
    bySector: obj(c.bySector),
    bySizeBand: obj(c.bySizeBand),
    byCountry: obj(c.byCountry),
    byYear: obj(c.byYear),
    bySource: obj(index.sourceCounts),
  };
}

export function listPacks(ctx: ServiceContext): PackSummary[] {
  return repo.listPacks(ctx.db);
}

export function removePack(ctx: ServiceContext, packId: string): { id: string; removed: number } {
  const at = ctx.now().toISOString();
  return withPoolChanges(ctx.db, () =>
    ctx.db.transaction(() => {
      const pack = repo.findPack(ctx.db, packId);
      if (!pack) {
        throw new AppError('not_found', `No benchmark pack with id ${packId}.`, { entity: 'pack', id: packId });
      }
      // A small pack's records are read first, so the in-memory index can drop them without a rebuild.
      const records = repo.poolRecordsOfSource(ctx.db, packId, OVERLAY_LIMIT);
      const removed = repo.deletePack(ctx.db, packId);
      bumpPoolGeneration(ctx.db);
      notePoolChange(ctx.db, records && records.map((record) => ({ sign: -1, record, source: packId })));
      appendAudit(ctx.db, { at, action: 'delete', entity: 'pack', entityId: packId, details: { removed } });
      return { id: packId, removed };
    })(),
  );
}

// ——— Export ———

type ExportArgs = z.output<typeof ExportInput>;

/**
 * Makes an export k-anonymous in its quasi-identifiers (sector, size band, country, year): every combination
 * in the file occurs at least k times.
 *
 * The Benchmark CSV's `year` is four digits and its `country` an ISO code, so generalisation must keep the
 * file importable: a year is never changed (a period would break the format, and moving a record to another
 * year would falsify it); the country of a record in a rare combination is written as `ZZ`, the ISO
 * user-assigned code this format reads as "another country". Records still in a combination below k after
 * that are left out. The export reports both numbers.
 */
export function kAnonymize(
  records: PoolRecord[],
  k: number,
): { kept: PoolRecord[]; generalised: number; leftOut: number } {
  const key = (r: PoolRecord, country = r.country) => `${r.sector}|${r.sizeBand}|${country}|${r.year}`;
  const counts = new Map<string, number>();
  for (const r of records) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  const kept: PoolRecord[] = [];
  const rare: PoolRecord[] = [];
  for (const r of records) ((counts.get(key(r)) as number) >= k ? kept : rare).push(r);
  const finalCounts = new Map<string, number>();
  for (const r of kept) finalCounts.set(key(r), (finalCounts.get(key(r)) ?? 0) + 1);
  for (const r of rare) {
    const g = key(r, OTHER_COUNTRY);
    finalCounts.set(g, (finalCounts.get(g) ?? 0) + 1);
  }
  let generalised = 0;
  let leftOut = 0;
  for (const r of rare) {
    if ((finalCounts.get(key(r, OTHER_COUNTRY)) as number) >= k) {
      kept.push(r.country === OTHER_COUNTRY ? r : { ...r, country: OTHER_COUNTRY });
      if (r.country !== OTHER_COUNTRY) generalised++;
    } else {
      leftOut++;
    }
  }
  return { kept, generalised, leftOut };
}

export function exportPool(ctx: ServiceContext, input: ExportArgs): PoolExport {
  const f = input.filters;
  const where = ['framework = ?'];
  const params: unknown[] = [input.framework];
  const list = (column: string, values: readonly string[]) => {
    if (values.length === 0) return;
    where.push(`${column} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(values));
  };
  list('sector', f.sector);
  list('size_band', f.size);
  list('country', f.country);
  if (f.from !== null) {
    where.push('year >= ?');
    params.push(f.from);
  }
  if (f.to !== null) {
    where.push('year <= ?');
    params.push(f.to);
  }
  // Only the record's own columns are read: names, notes, respondents and the contribution link are never
  // joined, so they cannot reach a file.
  const rows = stmt<unknown[], unknown[]>(
    ctx.db,
    `SELECT ${repo.POOL_COLUMNS} FROM pool_records WHERE ${where.join(' AND ')}`,
  )
    .raw(true)
    .all(...params)
    .map(repo.toPoolRecord);
  const wanted = input.includeSynthetic ? rows : rows.filter((r) => !r.synthetic);
  const { kept, generalised, leftOut } = kAnonymize(wanted, input.k ?? benchmarkK(ctx));
  const stamp = ctx.now().toISOString().slice(0, 10);
  const base = `benchmark-${input.framework}-${stamp}`;
  const result = {
    exported: kept.length,
    generalised,
    leftOut,
    syntheticLeftOut: rows.length - wanted.length,
  };
  if (input.format === 'pack') {
    const hash = createHash('sha256');
    for (const line of canonicalCsvLines(kept)) hash.update(line);
    const sha256 = hash.digest('hex');
    const sorted = [...kept].sort((a, b) => (a.recordId < b.recordId ? -1 : 1));
    const pack: BenchmarkPack = {
      format: PACK_FORMAT,
      version: PACK_VERSION,
      framework: input.framework,
      created: ctx.now().toISOString(),
      records: sorted.map(toPackRecord),
      sha256,
    };
    return { fileName: `${base}.sxwpack.json`, content: `${JSON.stringify(pack)}\n`, sha256, ...result };
  }
  return { fileName: `${base}.csv`, content: benchmarkCsv(kept, input.delimiter), sha256: null, ...result };
}

// ——— Demo ———

export const DEMO_PACK_ID = 'pk_demo';

/**
 * A synthetic pool for the demo (`sxw demo`): records marked `synthetic`, as the pack "Synthetic demo pool",
 * so they show as synthetic everywhere and go with one removePack.
 */
export function seedSyntheticPool(ctx: ServiceContext, count = 3000, seed = 20_260_101): number {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    repo.deletePack(ctx.db, DEMO_PACK_ID);
    repo.insertPack(ctx.db, {
      id: DEMO_PACK_ID,
      name: 'Synthetic demo pool (demo)',
      format: 'demo',
      framework: 'sx-default',
      sha256: `demo-${seed}-${count}`,
      at,
    });
    for (const r of syntheticRecords(count, { seed })) repo.insertPoolRecord(ctx.db, r, DEMO_PACK_ID);
    repo.addToPackCount(ctx.db, DEMO_PACK_ID, count);
    bumpPoolGeneration(ctx.db);
  })();
  return count;
}
