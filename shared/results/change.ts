/**
 * Whether a score moved between two rounds, or only wobbled. Two rounds of about 25 respondents each give
 * block means that differ by a few hundredths from noise alone, so a difference is called a rise or a fall
 * only when it is both statistically clear and large enough to matter (docs/statistics.md, "Changes
 * between rounds"):
 *
 * - With at least two respondents (or groups) on both sides, Welch's t-test on the respondents' scores —
 *   it needs only each round's mean, sample sd and n, and does not assume equal spreads — two-sided at
 *   α = 0.05; and the difference must be at least MIN_CHANGE (0.10 on the 1–5 scale).
 * - Otherwise (a workshop scored by one group) there is no spread to test against: the difference must be
 *   at least FALLBACK_CHANGE (0.50, half a scale step).
 */

export const ALPHA = 0.05;
export const MIN_CHANGE = 0.1;
export const FALLBACK_CHANGE = 0.5;

export type ChangeDirection = 'rise' | 'fall' | 'none';

export interface RoundSummary {
  score: number | null;
  n: number;
  sd: number | null;
}

export interface Change {
  delta: number | null;
  direction: ChangeDirection | null;
  /** Two-sided p of Welch's test; null when it could not be run. */
  p: number | null;
  method: 'welch' | 'threshold' | null;
}

/** Floating-point sums of the same scores in another order differ in the last bits. */
const EPSILON = 1e-9;

export function classifyChange(before: RoundSummary, now: RoundSummary): Change {
  if (before.score === null || now.score === null) return { delta: null, direction: null, p: null, method: null };
  const delta = now.score - before.score;
  const sign: ChangeDirection = delta > 0 ? 'rise' : 'fall';
  if (before.n >= 2 && now.n >= 2 && before.sd !== null && now.sd !== null) {
    const p = welchP(before.score, before.sd, before.n, now.score, now.sd, now.n);
    const clear = p < ALPHA && Math.abs(delta) >= MIN_CHANGE - EPSILON;
    return { delta, direction: clear ? sign : 'none', p, method: 'welch' };
  }
  const clear = Math.abs(delta) >= FALLBACK_CHANGE - EPSILON;
  return { delta, direction: clear ? sign : 'none', p: null, method: 'threshold' };
}

/** Two-sided p-value of Welch's unequal-variances t-test from summary statistics. */
export function welchP(m1: number, sd1: number, n1: number, m2: number, sd2: number, n2: number): number {
  const v1 = (sd1 * sd1) / n1;
  const v2 = (sd2 * sd2) / n2;
  const se2 = v1 + v2;
  const diff = m2 - m1;
  if (se2 <= 0) return Math.abs(diff) < EPSILON ? 1 : 0; // no spread at all: any difference is certain
  const t = diff / Math.sqrt(se2);
  const df = (se2 * se2) / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
  return studentTwoSidedP(t, df);
}

/** P(|T| ≥ |t|) for Student's t with `df` degrees of freedom: I_{df/(df+t²)}(df/2, 1/2). */
export function studentTwoSidedP(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** I_x(a, b) by the continued fraction (Lentz), as in Numerical Recipes' betai/betacf. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
  const TINY = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-14) break;
  }
  return h;
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, nine coefficients: ~15 significant digits). */
export function logGamma(x: number): number {
  const g = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = g[0] as number;
  for (let i = 1; i < 9; i++) sum += (g[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
