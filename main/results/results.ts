import type { ResultsWithHistory } from '../../shared/results/schemas';
import { roundHistory } from '../../shared/results/history';
import { scoreAssessment, type ScoringAnswer } from '../../shared/results/results';
import * as repo from '../assessments/repository';
import { requireAssessment } from '../assessments/assessments';
import type { ServiceContext } from '../api/context';
import { getFramework } from '../frameworks/frameworks';

/** Scores a round with its own framework version, and compares it with the engagement's previous finalized round. */
export function assessmentResults(ctx: ServiceContext, id: string): ResultsWithHistory {
  const assessment = requireAssessment(ctx, id);
  const results = scoreRound(ctx, id);

  const rounds = repo.assessmentsOfEngagement(ctx.db, assessment.engagementId);
  const position = rounds.findIndex((r) => r.id === id);
  const previous = rounds
    .slice(0, position)
    .filter((r) => r.status === 'finalized' && r.frameworkId === assessment.frameworkId)
    .at(-1);
  const history = previous
    ? roundHistory(
        results,
        { assessmentId: previous.id, round: previous.round, heldOn: previous.heldOn },
        scoreRound(ctx, previous.id),
      )
    : null;
  return {
    ...results,
    assessmentId: id,
    framework: { id: assessment.frameworkId, version: assessment.frameworkVersion },
    previous: history,
  };
}

export function scoreRound(ctx: ServiceContext, id: string) {
  const a = requireAssessment(ctx, id);
  const framework = getFramework(ctx, a.frameworkId, a.frameworkVersion);
  const answers: ScoringAnswer[] = [];
  for (const x of repo.answersOf(ctx.db, id)) {
    if (x.score !== null) answers.push({ respondentId: x.respondentId, questionId: x.questionId, score: x.score });
    else if (x.notApplicable) answers.push({ respondentId: x.respondentId, questionId: x.questionId, score: null });
  }
  return scoreAssessment(framework, repo.respondentsOf(ctx.db, id), answers, repo.shiftsOf(ctx.db, id));
}
