import { EQUAL_EPSILON, type GroupStatistics } from './statistics';

/**
 * The same statistics as `statistics.ts`, computed from a histogram of values on a fixed grid instead of a
 * sorted array. Benchmark scores live on a grid (block scores in hundredths, a record's overall on the 1/900
 * grid as the mean of nine hundredths), so a histogram of a comparison group holds everything a sorted copy
 * would: the k-th smallest value is the bin where the running count passes k. PERCENTILE.INC, the mean,
 * STDEV.S and the mid-rank percentile rank follow exactly, in time proportional to the number of bins
 * rather than the group size.
 *
 * A histogram is a slice `counts[offset … offset + bins)` where bin i holds the value (lowest + i) / scale.
 */
export interface HistogramSlice {
  counts: ArrayLike<number>;
  offset: number;
  bins: number;
  /** Grid units of bin 0, e.g. 100 hundredths. */
  lowest: number;
  /** Grid units per 1, e.g. 100. */
  scale: number;
}

export const PERCENTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const;

export function histogramCount(h: HistogramSlice): number {
  let n = 0;
  for (let i = 0; i < h.bins; i++) n += h.counts[h.offset + i] as number;
  return n;
}

/** Values at the given 0-based positions of the sorted values, in one walk over the bins. */
function valuesAtPositions(h: HistogramSlice, positions: number[]): number[] {
  const order = positions.map((_, i) => i).sort((a, b) => (positions[a] as number) - (positions[b] as number));
  const out: number[] = new Array(positions.length);
  let j = 0;
  let seen = 0;
  for (let i = 0; i < h.bins && j < order.length; i++) {
    seen += h.counts[h.offset + i] as number;
    while (j < order.length && (positions[order[j] as number] as number) < seen) {
      out[order[j++] as number] = (h.lowest + i) / h.scale;
    }
  }
  return out;
}

/** Group statistics from a histogram; suppressed below k (the n is for the caller, never shown). */
export function histogramStatistics(h: HistogramSlice, k: number): GroupStatistics {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < h.bins; i++) {
    const c = h.counts[h.offset + i] as number;
    if (c !== 0) {
      n += c;
      sum += c * (h.lowest + i);
    }
  }
  if (n < k || n === 0) {
    return { n, mean: null, sd: null, p10: null, p25: null, median: null, p75: null, p90: null, suppressed: true };
  }
  const mean = sum / n / h.scale;
  let m2 = 0;
  for (let i = 0; i < h.bins; i++) {
    const c = h.counts[h.offset + i] as number;
    if (c !== 0) {
      const d = (h.lowest + i) / h.scale - mean;
      m2 += c * d * d;
    }
  }
  // PERCENTILE.INC: rank (n − 1) · p between the sorted values at floor(rank) and floor(rank) + 1.
  const ranks = PERCENTILES.map((p) => (n - 1) * p);
  const positions: number[] = [];
  for (const r of ranks) positions.push(Math.floor(r), Math.min(Math.floor(r) + 1, n - 1));
  const values = valuesAtPositions(h, positions);
  const pct = ranks.map((r, i) => {
    const a = values[2 * i] as number;
    const b = values[2 * i + 1] as number;
    const frac = r - Math.floor(r);
    return frac === 0 ? a : a + frac * (b - a);
  });
  return {
    n,
    mean,
    sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : null,
    p10: pct[0] as number,
    p25: pct[1] as number,
    median: pct[2] as number,
    p75: pct[3] as number,
    p90: pct[4] as number,
    suppressed: false,
  };
}

/** 100 · (count(values < x) + ½ · count(values = x)) / n, "equal" within 1e-9; null for an empty group. */
export function histogramPercentileRank(h: HistogramSlice, x: number): number | null {
  let n = 0;
  let below = 0;
  let equal = 0;
  for (let i = 0; i < h.bins; i++) {
    const c = h.counts[h.offset + i] as number;
    if (c === 0) continue;
    n += c;
    const v = (h.lowest + i) / h.scale;
    if (Math.abs(v - x) <= EQUAL_EPSILON) equal += c;
    else if (v < x) below += c;
  }
  return n === 0 ? null : (100 * (below + 0.5 * equal)) / n;
}
