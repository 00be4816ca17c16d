import type { ChangeDirection } from './change';
import type { AssessmentResults } from './results';

/** What `assessments.results` answers: the round's results with the previous finalized round's deltas. */
export interface ResultsWithHistory extends AssessmentResults {
  assessmentId: string;
  framework: { id: string; version: string };
  /** The engagement's previous finalized round on the same framework, with deltas; null when none. */
  previous: {
    assessmentId: string;
    round: string;
    heldOn: string | null;
    /** `change`: a clear rise or fall, or 'none' within the noise (shared/results/change.ts); null without a delta. */
    overall: { score: number | null; delta: number | null; change: ChangeDirection | null; p: number | null };
    blocks: {
      id: string;
      score: number | null;
      delta: number | null;
      change: ChangeDirection | null;
      p: number | null;
    }[];
  } | null;
}
