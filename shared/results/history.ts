import { type ChangeDirection, classifyChange } from './change';
import type { ResultsWithHistory } from './schemas';
import type { AssessmentResults } from './results';

/**
 * A round against an earlier one: the earlier scores, the change per block and overall, and whether each
 * change is a clear rise or fall or within the noise (change.ts). A change needs a score on both sides; a
 * block scored in only one round has none.
 */
export function roundHistory(
  current: AssessmentResults,
  previous: { assessmentId: string; round: string; heldOn: string | null },
  before: AssessmentResults,
): NonNullable<ResultsWithHistory['previous']> {
  const earlier = new Map(before.blocks.map((b) => [b.id, b]));
  const overall = classifyChange(before.overall, current.overall);
  return {
    ...previous,
    overall: { score: before.overall.score, delta: overall.delta, change: overall.direction, p: overall.p },
    blocks: current.blocks.map((b) => {
      const then = earlier.get(b.id);
      const c = then ? classifyChange(then, b) : { delta: null, direction: null, p: null };
      return { id: b.id, score: then?.score ?? null, delta: c.delta, change: c.direction, p: c.p };
    }),
  };
}

export type { ChangeDirection };
