/**
 * Benchmark statistics, Excel-compatible so a consultant can re-check every figure in a spreadsheet
 * (docs/statistics.md "Benchmark statistics"):
 * - `mean`; `sd` is the sample standard deviation (n − 1), Excel STDEV.S;
 * - `p10, p25, median, p75, p90` are Excel PERCENTILE.INC: linear interpolation at rank (n − 1) · p;
 * - `percentileRank` of x is 100 · (count(values < x) + 0.5 · count(values = x)) / n, where "equal" means
 *   within 1e-9 (scores are compared unrounded);
 * - a group of fewer than k values is suppressed: statistics null, `suppressed: true`. Its n stays here for
 *   the caller; what leaves the service never carries it (main/pool/compare.ts, docs/anonymity.md).
 */

export const EQUAL_EPSILON = 1e-9;
export const DEFAULT_K = 5;
export const MIN_K = 3;
/** The largest k accepted (a bound for validation only). */
export const MAX_K = 1_000_000;

export interface GroupStatistics {
  n: number;
  mean: number | null;
  sd: number | null;
  p10: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
  suppressed: boolean;
}

/** Excel PERCENTILE.INC over values sorted ascending. */
export function percentileInc(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank = (n - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, n - 1);
  const frac = rank - lo;
  const a = sorted[lo] as number;
  return frac === 0 ? a : a + frac * ((sorted[hi] as number) - a);
}

/** Mid-rank percentile rank of x among the values (any order). */
export function percentileRank(values: ArrayLike<number>, x: number): number | null {
  const n = values.length;
  if (n === 0) return null;
  let below = 0;
  let equal = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (Math.abs(v - x) <= EQUAL_EPSILON) equal++;
    else if (v < x) below++;
  }
  return (100 * (below + 0.5 * equal)) / n;
}

/** Statistics of one group; `sorted` ascending. Suppressed below k. */
export function groupStatistics(sorted: ArrayLike<number>, k: number): GroupStatistics {
  const n = sorted.length;
  if (n < k || n === 0) {
    return { n, mean: null, sd: null, p10: null, p25: null, median: null, p75: null, p90: null, suppressed: true };
  }
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i] as number;
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
  }
  return {
    n,
    mean,
    sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : null,
    p10: percentileInc(sorted, 0.1),
    p25: percentileInc(sorted, 0.25),
    median: percentileInc(sorted, 0.5),
    p75: percentileInc(sorted, 0.75),
    p90: percentileInc(sorted, 0.9),
    suppressed: false,
  };
}
