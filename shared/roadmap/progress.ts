import { classifyChange, type RoundSummary } from '../results/change';
import type { BlockMovement, RoundRef } from './schemas';

/**
 * Progress across rounds (docs/roadmap.md "Progress across rounds"): for each block an initiative addresses,
 * its score in the round the initiative started from, in the engagement's latest finalized round, and the
 * target. The movement is called a rise or a fall only by the noise rule of the results screen
 * (shared/results/change.ts): Welch's test on the respondents' block means and at least 0.10, or half a scale
 * step for a workshop of one group.
 */

/** What a round says about one block: its score with the respondents' n and sd, as results carry them. */
export type BlockStats = RoundSummary;

export interface ScoredRound extends RoundRef {
  blocks: ReadonlyMap<string, BlockStats>;
}

const EPSILON = 1e-9;

export function blockMovement(
  block: string,
  start: ScoredRound | null,
  now: ScoredRound | null,
  target: number | null,
): BlockMovement {
  const before = start?.blocks.get(block) ?? null;
  // The same round on both sides is no movement yet: the next finalized round will tell.
  const after = now && now.assessmentId !== start?.assessmentId ? (now.blocks.get(block) ?? null) : null;
  const change = before && after ? classifyChange(before, after) : null;
  const latest = after?.score ?? before?.score ?? null;
  return {
    block,
    start: start ? { ...roundRef(start), score: before?.score ?? null } : null,
    now: now && after ? { ...roundRef(now), score: after.score } : null,
    target,
    delta: change?.delta ?? null,
    change: change?.direction ?? null,
    met: target === null || latest === null ? null : latest >= target - EPSILON,
  };
}

/** Whether a block target is met by the latest score. */
export function targetMet(score: number | null, target: number): boolean | null {
  return score === null ? null : score >= target - EPSILON;
}

function roundRef(r: ScoredRound): RoundRef {
  return { assessmentId: r.assessmentId, round: r.round, heldOn: r.heldOn };
}
