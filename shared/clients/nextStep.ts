import type { AssessmentMode, AssessmentStatus } from '../assessments/schemas';
import type { EngagementStatus } from '../domain/identifiers';

/**
 * What moves an engagement forward, read from where its work stands (docs/domain.md, "Home"): its status
 * and dates, and its latest round — answered or not, finalized or not, its report exported or not.
 */
export const NEXT_STEPS = [
  'planEngagement',
  'startAssessment',
  'holdWorkshop',
  'importResponses',
  'finalizeRound',
  'exportReport',
  'planNextRound',
  'closeEngagement',
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** The engagement's most recently created round, as far as its next step is concerned. */
export interface LatestRound {
  id: string;
  round: string;
  mode: AssessmentMode;
  status: AssessmentStatus;
  /** At least one answer (a score or n/a) was given. */
  answered: boolean;
  finalizedAt: string | null;
  /** The latest report export of this round, or null. */
  exportedAt: string | null;
}

export interface EngagementProgress {
  status: EngagementStatus;
  endsOn: string | null;
  latestRound: LatestRound | null;
}

/**
 * The one step to take next. A round in progress comes first (answers to collect, then finalizing), then
 * its report; only once a finalized round's report went out does the engagement ask for a next round or,
 * past its end date, to be closed. A report exported before the round was last finalized (a reopened
 * round) does not count: the figures may have changed since.
 */
export function nextStep(progress: EngagementProgress, today: string): NextStep {
  const { status, endsOn, latestRound: round } = progress;
  const ended = endsOn !== null && endsOn < today;
  if (!round) {
    if (status === 'planned') return 'planEngagement';
    return ended ? 'closeEngagement' : 'startAssessment';
  }
  if (round.status !== 'finalized') {
    if (round.answered) return 'finalizeRound';
    return round.mode === 'workshop' ? 'holdWorkshop' : 'importResponses';
  }
  const reported = round.exportedAt !== null && round.finalizedAt !== null && round.exportedAt >= round.finalizedAt;
  if (!reported) return 'exportReport';
  return ended ? 'closeEngagement' : 'planNextRound';
}
