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
import { minimumGroupSize } from './minimumGroupSize';
import type { PoolBasis } from './poolIndex';
import * as repo from './repository';

type CompareArgs = z.output<typeof CompareInput>;

/**
 * The client being compared: its framework, its nine block scores, and every pool record its client
 * contributed (from this round or any other): records its readers already know, which never count.
 */
interface Subject {
  framework: string;
  scores: (number | null)[];
  own: PoolRecord[];
  basis: PoolBasis;
}

function subjectOf(ctx: ServiceContext, input: CompareArgs): Subject {
  let subject: Omit<Subject, 'basis'>;
  if (input.assessmentId !== undefined) {
    const a = requireAssessment(ctx, input.assessmentId);
    const byId = new Map(scoreRound(ctx, a.id).blocks.map((b) => [b.id, b.score]));
    subject = {
      framework: a.frameworkId,
      scores: POOL_BLOCKS.map((b) => byId.get(b) ?? null),
      own: repo.ownRecordsOfClient(ctx.db, a.id),
    };
  } else {
    const s = input.scores ?? {};
    subject = { framework: input.framework, scores: POOL_BLOCKS.map((b) => s[b] ?? null), own: [] };
  }
  return { ...subject, basis: basisOf(ctx, subject) };
}

/**
 * Real records, unless the framework holds fewer than the setting's k complete real records besides the
 * client's own and some synthetic ones: then the synthetic records stand in — a demo — and the comparison
 * says so. Never both in one comparison, so synthetic records never pad a group of real ones up to k.
 */
function basisOf(ctx: ServiceContext, subject: Omit<Subject, 'basis'>): PoolBasis {
  const index = poolIndex(ctx.db);
  const ownReal = subject.own.filter(
    (r) => r.framework === subject.framework && !r.synthetic && r.scores.every((s) => s !== null),
  ).length;
  const real = index.completeRecords(subject.framework, 'real') - ownReal;
  return real < benchmarkK(ctx) && index.completeRecords(subject.framework, 'synthetic') > 0 ? 'synthetic' : 'real';
}

function groupOf(ctx: ServiceContext, subject: Subject, filters: PoolFilters) {
  return poolIndex(ctx.db).comparisonGroup(subject.framework, filters, subject.basis, subject.own);
}

function outputFilters(f: PoolFilters): Comparison['filters'] {
  return { sector: [...f.sector], size: [...f.size], country: [...f.country], from: f.from, to: f.to };
}

/**
 * The client against its comparison group (docs/statistics.md "Benchmark statistics"), unrounded. Every
 * figure comes from the same records: those of the basis with all nine blocks, matching the filters, none
 * of the client's own. A group of fewer than k is suppressed whole: no statistic and no n, only that it has
 * fewer than k (docs/anonymity.md "Benchmark groups and blocks: k").
 */
export function compare(ctx: ServiceContext, input: CompareArgs): Comparison {
  const k = minimumGroupSize(ctx, input.k);
  const subject = subjectOf(ctx, input);
  const group = groupOf(ctx, subject, input.filters);
  const suppressed = group.n < k;
  const stats = (slice: HistogramSlice, score: number | null): ComparisonStatistics => {
    const s = histogramStatistics(slice, suppressed ? Number.POSITIVE_INFINITY : k);
    return {
      score,
      n: s.suppressed ? null : s.n,
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
    n: suppressed ? null : group.n,
    synthetic: subject.basis === 'synthetic',
    suppressed,
    blocks,
    overall: stats(group.overall, overallScore),
  };
}

/**
 * For a suppressed group, the nearest wider group with at least k records: drop the size filter first, then
 * country, then the years, then the sector — the order in which a peer group loses least of its likeness.
 * Only the suggestion's n is given (it is at least k); the suppressed group's never is.
 */
export function widerGroup(ctx: ServiceContext, input: CompareArgs): WiderGroup {
  const k = minimumGroupSize(ctx, input.k);
  const subject = subjectOf(ctx, input);
  if (groupOf(ctx, subject, input.filters).n >= k) return { suggestion: null };
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
    if (wider >= k) return { suggestion: { filters: outputFilters(filters), n: wider, dropped: [...dropped] } };
  }
  return { suggestion: null };
}
