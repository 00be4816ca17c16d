import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { Language } from '../../shared/domain/identifiers';
import { translator } from '../../shared/i18n';
import type {
  Assessment,
  AssessmentInput,
  AssessmentSummary,
  AssessmentUpdate,
  AssessmentWorkspace,
} from '../../shared/assessments/schemas';
import * as repo from './repository';
import { auditDetails } from '../api/writeScope';
import type { ServiceContext } from '../api/context';
import { getEngagement } from '../clients/engagements';
import { getFramework, storeFramework } from '../frameworks/frameworks';

export function requireAssessment(ctx: ServiceContext, id: string): Assessment {
  const a = repo.findAssessment(ctx.db, id);
  if (!a) throw new AppError('not_found', `No assessment with id ${id}.`, { entity: 'assessment', id });
  return a;
}

/** Finalized rounds are read-only: their results may already be in a report or the benchmark pool. */
export function requireEditable(ctx: ServiceContext, id: string): Assessment {
  const a = requireAssessment(ctx, id);
  if (a.status === 'finalized') {
    throw new AppError(
      'conflict',
      `Assessment ${a.round} is finalized and read-only. Reopen it (with a reason) to change it.`,
      {
        id,
        status: a.status,
      },
    );
  }
  return a;
}

/** "Baseline" for the first round, then "Follow-up 1, 2 …" — in the consultant's language. */
function defaultRoundLabel(earlierRounds: number, language: Language): string {
  const t = translator(language);
  return earlierRounds === 0 ? t('rounds.defaultBaseline') : t('rounds.defaultFollowUp', { number: earlierRounds });
}

export function listAssessments(ctx: ServiceContext, engagementId: string): AssessmentSummary[] {
  getEngagement(ctx, engagementId);
  const questionCounts = new Map<string, number>();
  return repo.assessmentsOfEngagement(ctx.db, engagementId).map((a) => {
    const key = `${a.frameworkId}@${a.frameworkVersion}`;
    let questions = questionCounts.get(key);
    if (questions === undefined) {
      questions = getFramework(ctx, a.frameworkId, a.frameworkVersion).questions.length;
      questionCounts.set(key, questions);
    }
    return { ...a, questionCount: questions };
  });
}

export function createAssessment(ctx: ServiceContext, input: z.output<typeof AssessmentInput>): { id: string } {
  const id = ctx.newId('as');
  const at = ctx.now().toISOString();
  getEngagement(ctx, input.engagementId);
  const framework = getFramework(ctx, input.frameworkId, input.frameworkVersion);
  storeFramework(ctx, framework);
  const earlier = repo.roundCount(ctx.db, input.engagementId);
  repo.insertAssessment(ctx.db, {
    id,
    engagementId: input.engagementId,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    round: input.round ?? defaultRoundLabel(earlier, input.language ?? ctx.osLanguage),
    mode: input.mode,
    status: 'draft',
    heldOn: input.heldOn ?? null,
    createdAt: at,
    updatedAt: at,
    finalizedAt: null,
  });
  auditDetails(ctx.db, { engagementId: input.engagementId, mode: input.mode });
  return { id };
}

export function updateAssessment(ctx: ServiceContext, input: z.output<typeof AssessmentUpdate>): { id: string } {
  requireEditable(ctx, input.id);
  repo.updateAssessmentFields(ctx.db, {
    id: input.id,
    round: input.round,
    heldOn: input.heldOn ?? null,
    updatedAt: ctx.now().toISOString(),
  });
  return { id: input.id };
}

export function workspace(ctx: ServiceContext, id: string): AssessmentWorkspace {
  const assessment = requireAssessment(ctx, id);
  const engagement = getEngagement(ctx, assessment.engagementId);
  return {
    assessment,
    engagement: {
      id: engagement.id,
      title: engagement.title,
      clientId: engagement.clientId,
      clientName: engagement.clientName,
    },
    framework: getFramework(ctx, assessment.frameworkId, assessment.frameworkVersion),
    respondents: repo.respondentsOf(ctx.db, id),
    answers: repo.answersOf(ctx.db, id),
    shifts: repo.shiftsOf(ctx.db, id),
  };
}

/** draft → open: the round starts collecting answers. */
export function openAssessment(ctx: ServiceContext, id: string): { id: string } {
  return changeStatus(ctx, id, 'open', (a) => a.status === 'draft', 'Only a draft round can be opened.');
}

export function finalizeAssessment(ctx: ServiceContext, id: string): { id: string } {
  return changeStatus(ctx, id, 'finalized', (a) => a.status !== 'finalized', 'This round is already finalized.');
}

/**
 * Reopening a finalized round needs a reason, kept in the audit log beside who-when. A round in the
 * benchmark pool leaves it (its results may change): the database withdraws the record in the same write
 * (trigger `assessments_reopened`, migration 004); finalizing again lets the consultant contribute again.
 */
export function reopenAssessment(ctx: ServiceContext, id: string, reason: string): { id: string } {
  changeStatus(ctx, id, 'open', (a) => a.status === 'finalized', 'Only a finalized round can be reopened.');
  auditDetails(ctx.db, { reason });
  return { id };
}

function changeStatus(
  ctx: ServiceContext,
  id: string,
  status: Assessment['status'],
  allowed: (a: Assessment) => boolean,
  refusal: string,
): { id: string } {
  const at = ctx.now().toISOString();
  const a = requireAssessment(ctx, id);
  if (!allowed(a)) throw new AppError('conflict', refusal, { id, status: a.status });
  repo.setAssessmentStatus(ctx.db, { id, status, updatedAt: at, finalizedAt: status === 'finalized' ? at : null });
  auditDetails(ctx.db, { from: a.status, to: status });
  return { id };
}

/** A contributed round leaves the pool with it (its contribution cascades, whose trigger removes the record). */
export function deleteAssessment(ctx: ServiceContext, id: string): { id: string } {
  requireAssessment(ctx, id);
  repo.deleteAssessment(ctx.db, id);
  return { id };
}
