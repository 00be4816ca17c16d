import { percentileInc } from '../pool/statistics';

/**
 * Summary of one set of respondent-level scores, as every results table shows it. No minimum or maximum:
 * the lowest or highest respondent's score is one person's figure, and no screen or report shows one.
 */
export interface Spread {
  /** Mean of the respondents' scores; null when nobody scored. */
  score: number | null;
  /** Respondents with a score. */
  n: number;
  /** Sample standard deviation (n − 1); null when n < 2. */
  sd: number | null;
}

/**
 * The fewest respondents for which the middle half (25th to 75th percentile) is shown. PERCENTILE.INC puts
 * the lower quartile at rank (n − 1) / 4 from the bottom, counted from 0; from 9 respondents on that rank is
 * at least 2, so at least three respondents score at or below the lower quartile and three at or above the
 * upper one — the rule of three (anonymity.ts) — and neither quartile is an extreme or next to one.
 */
export const MIDDLE_HALF_MIN_N = 9;

/** The 25th and 75th percentile of the respondents' scores; null below MIDDLE_HALF_MIN_N respondents. */
export interface MiddleHalf {
  p25: number;
  p75: number;
}

/** Mean and sample sd of `values[0..count)`, in one pass (Welford, numerically stable). */
export function spread(values: ArrayLike<number>, count = values.length): Spread {
  if (count === 0) return { score: null, n: 0, sd: null };
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < count; i++) {
    const x = values[i] as number;
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
  }
  return { score: mean, n: count, sd: count > 1 ? Math.sqrt(m2 / (count - 1)) : null };
}

/** The middle half of `values[0..count)` (any order; the values are not changed), or null for too few. */
export function middleHalf(values: ArrayLike<number>, count = values.length): MiddleHalf | null {
  if (count < MIDDLE_HALF_MIN_N) return null;
  // A plain copy loop: Float64Array.from with a mapping function was a fifth of a round's scoring time.
  const sorted = new Float64Array(count);
  for (let i = 0; i < count; i++) sorted[i] = values[i] as number;
  sorted.sort();
  return { p25: percentileInc(sorted, 0.25), p75: percentileInc(sorted, 0.75) };
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** The 0–100 index of a 1–5 score: (score − 1) / 4 × 100. */
export function toIndex(score: number | null): number | null {
  return score === null ? null : ((score - 1) / 4) * 100;
}
