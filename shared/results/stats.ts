/** Summary of one set of respondent-level scores, as every results table shows it. */
export interface Spread {
  /** Mean of the respondents' scores; null when nobody scored. */
  score: number | null;
  /** Respondents with a score. */
  n: number;
  /** Sample standard deviation (n − 1); null when n < 2. */
  sd: number | null;
  min: number | null;
  max: number | null;
}

/** Mean, sample sd, min and max of `values[0..count)`, in one pass (Welford, numerically stable). */
export function spread(values: ArrayLike<number>, count = values.length): Spread {
  if (count === 0) return { score: null, n: 0, sd: null, min: null, max: null };
  let mean = 0;
  let m2 = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const x = values[i] as number;
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { score: mean, n: count, sd: count > 1 ? Math.sqrt(m2 / (count - 1)) : null, min, max };
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
