import { PYRAMID_THRESHOLD } from '../results/results';
import type { Quadrant } from './schemas';

/**
 * Priority (docs/roadmap.md "Priority"). An initiative's score weighs what it brings against what it costs:
 *
 *   value  = 2 × impact + gap points            (impact 1–5; gap points 0–5)
 *   score  = 100 × value / 15 × 4 / (3 + effort)  (effort 1–5: full weight at 1, half at 5)
 *
 * Gap points are 2.5 per scale point between the first block's score in the baseline round and the score
 * to reach (at most 5, so a gap of two points or more counts fully); without a target the gap is measured to
 * 3.5, where the pyramid counts a level as reached; without a score it counts 2.5, the middle. The order
 * is by score, high first; ties by creation, then id, so it never depends on the order rows arrive in.
 * A rank the consultant chose puts an initiative at that place; the others keep their order around it.
 */

export const NEUTRAL_GAP_POINTS = 2.5;
export const POINTS_PER_SCALE_STEP = 2.5;
export const MAX_GAP_POINTS = 5;
/** Scores equal within this are ties: sums in another order differ in the last bits. */
const EPSILON = 1e-9;

export interface PriorityFacts {
  impact: number;
  effort: number;
  gapScore: number | null;
  gapTarget: number | null;
}

export function gapPoints(score: number | null, target: number | null): number {
  if (score === null) return NEUTRAL_GAP_POINTS;
  const gap = (target ?? PYRAMID_THRESHOLD) - score;
  return Math.min(MAX_GAP_POINTS, Math.max(0, gap * POINTS_PER_SCALE_STEP));
}

export function priorityScore(f: PriorityFacts): number {
  const value = 2 * f.impact + gapPoints(f.gapScore, f.gapTarget);
  return ((100 * value) / 15) * (4 / (3 + f.effort));
}

export interface Rankable {
  id: string;
  createdAt: string;
  score: number;
  rank: number | null;
}

function byScore(a: Rankable, b: Rankable): number {
  if (Math.abs(a.score - b.score) > EPSILON) return b.score - a.score;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The priority order: unranked initiatives by score, with each ranked one placed at its rank (1-based) as
 * far as the ranks before it allow; a rank beyond the end places it last. Returns the ids in order.
 */
export function priorityOrder(items: readonly Rankable[]): string[] {
  const free = items.filter((i) => i.rank === null).sort(byScore);
  const pinned = items
    .filter((i) => i.rank !== null)
    .sort((a, b) => (a.rank as number) - (b.rank as number) || byScore(a, b));
  const order: string[] = [];
  let f = 0;
  let p = 0;
  while (order.length < items.length) {
    const position = order.length + 1;
    const nextPinned = pinned[p];
    if (nextPinned && ((nextPinned.rank as number) <= position || f >= free.length)) {
      order.push(nextPinned.id);
      p++;
    } else {
      order.push((free[f] as Rankable).id);
      f++;
    }
  }
  return order;
}

/**
 * The impact/effort matrix: impact 3 or more is high, effort 3 or more is high. Quick wins bring much for
 * little; big bets much for much; fill-ins little for little; the rest is worth reconsidering.
 */
export function quadrantOf(impact: number, effort: number): Quadrant {
  const high = impact >= 3;
  const costly = effort >= 3;
  if (high) return costly ? 'bigBet' : 'quickWin';
  return costly ? 'reconsider' : 'fillIn';
}

export const QUADRANTS: readonly Quadrant[] = ['quickWin', 'bigBet', 'fillIn', 'reconsider'];
