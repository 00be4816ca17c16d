import type { z } from 'zod';
import { BLOCK_COUNT, POOL_BLOCKS, type PoolRecord } from '../../shared/pool/benchmarkCsv';
import { type HistogramSlice, histogramPercentileRank, histogramStatistics } from '../../shared/pool/histogram';
import type {
  Comparison,
  CompareInput,
  ComparisonStatistics,
  PoolFilters,
  WiderGroup,
} from '../../shared/pool/schemas';
import type { ServiceContext } from '../api/context';
import { requireAssessment } from '../assessments/assessments';
import { scoreRound } from '../results/results';
import { benchmarkK } from '../settings/settings';
import { poolIndex } from './indexCache';
import * as repo from './repository';

type CompareArgs = z.output<typeof CompareInput>;

/** The client being compared: its framework, its nine block scores and its own pool record, if any. */
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

/** The compared round's own record never counts in its group. */
function groupOf(ctx: ServiceContext, subject: Subject, filters: PoolFilters) {
  return poolIndex(ctx.db).comparisonGroup(subject.framework, filters, subject.own);
}

function outputFilters(f: PoolFilters): Comparison['filters'] {
  return { sector: [...f.sector], size: [...f.size], country: [...f.country], from: f.from, to: f.to };
}

/**
 * The client against its comparison group (docs/statistics.md "Benchmark statistics"), unrounded. A group or a block
 * with fewer than k records is suppressed: statistics null, n still given.
 */
export function compare(ctx: ServiceContext, input: CompareArgs): Comparison {
  const subject = subjectOf(ctx, input);
  const group = groupOf(ctx, subject, input.filters);
  const k = input.k ?? benchmarkK(ctx);
  const groupSuppressed = group.n < k;
  const stats = (slice: HistogramSlice, score: number | null): ComparisonStatistics => {
    const s = histogramStatistics(slice, groupSuppressed ? Number.POSITIVE_INFINITY : k);
    return {
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
  };
  const blocks = POOL_BLOCKS.map((block, b) => ({
    block,
    ...stats(group.blocks[b] as HistogramSlice, subject.scores[b] ?? null),
  }));
  const complete = subject.scores.every((s) => s !== null);
  const overallScore = complete ? (subject.scores as number[]).reduce((a, b) => a + b, 0) / BLOCK_COUNT : null;
  return {
    framework: subject.framework,
    filters: outputFilters(input.filters),
    k,
    n: group.n,
    synthetic: group.synthetic,
    suppressed: groupSuppressed,
    blocks,
    overall: stats(group.overall, overallScore),
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
