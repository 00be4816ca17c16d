import type { ResultsWithHistory } from './schemas';
import type { AssessmentResults } from './results';

/**
 * A round against an earlier one: the earlier scores and the change per block and overall. A change needs
 * a score on both sides; a block scored in only one round has none.
 */
export function roundHistory(
  current: AssessmentResults,
  previous: { assessmentId: string; round: string; heldOn: string | null },
  before: AssessmentResults,
): NonNullable<ResultsWithHistory['previous']> {
  const earlier = new Map(before.blocks.map((b) => [b.id, b.score]));
  const delta = (now: number | null, then: number | null | undefined) =>
    now === null || then === null || then === undefined ? null : now - then;
  return {
    ...previous,
    overall: { score: before.overall.score, delta: delta(current.overall.score, before.overall.score) },
    blocks: current.blocks.map((b) => ({
      id: b.id,
      score: earlier.get(b.id) ?? null,
      delta: delta(b.score, earlier.get(b.id)),
    })),
  };
}
