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
    overall: { score: number | null; delta: number | null };
    blocks: { id: string; score: number | null; delta: number | null }[];
  } | null;
}
