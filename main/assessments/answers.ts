import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { AnswerInput, ShiftPositionsInput } from '../../shared/assessments/schemas';
import * as repo from './repository';
import { stmt } from '../db/statements';
import { requireAssessment, requireEditable } from './assessments';
import type { ServiceContext } from '../api/context';
import { questionIdsOf } from '../frameworks/frameworks';

type Answer = z.output<typeof AnswerInput>;

/**
 * The upsert runs only when the respondent belongs to this round and the round is not finalized: the check
 * and the write are one statement, so the hot path of the workshop screen does one round trip.
 * `@comment` NULL with `@keepComment` 1 leaves an existing note alone.
 */
const GUARDED_UPSERT = `
  INSERT INTO answers (respondent_id, question_id, score, not_applicable, comment, updated_at)
  SELECT r.id, @questionId, @score, @notApplicable, @comment, @updatedAt
  FROM respondents r JOIN assessments a ON a.id = r.assessment_id
  WHERE r.id = @respondentId AND r.assessment_id = @assessmentId AND a.status <> 'finalized'
  ON CONFLICT (respondent_id, question_id) DO UPDATE SET score = excluded.score,
    not_applicable = excluded.not_applicable,
    comment = CASE WHEN @keepComment = 1 THEN answers.comment ELSE excluded.comment END,
    updated_at = excluded.updated_at`;

const CLEAR_IF_EMPTY = `DELETE FROM answers WHERE respondent_id = @respondentId AND question_id = @questionId
  AND score IS NULL AND not_applicable = 0 AND comment IS NULL`;

/** Runs inside the dispatcher's transaction: the guarded upsert, then removal of an answer left empty. */
function save(db: Database, row: Record<string, unknown>, clearIfEmpty: boolean): number {
  const changes = stmt(db, GUARDED_UPSERT).run(row).changes;
  if (changes > 0 && clearIfEmpty) stmt(db, CLEAR_IF_EMPTY).run(row);
  return changes;
}

/** Question ids per assessment: an assessment's framework version never changes. */
const questionsByAssessment = new WeakMap<Database, Map<string, { has(id: string): boolean }>>();

function questionsOf(ctx: ServiceContext, assessmentId: string): { has(id: string): boolean } {
  let perDb = questionsByAssessment.get(ctx.db);
  if (!perDb) questionsByAssessment.set(ctx.db, (perDb = new Map()));
  let questions = perDb.get(assessmentId);
  if (!questions) {
    const a = requireAssessment(ctx, assessmentId);
    questions = questionIdsOf(ctx, { frameworkId: a.frameworkId, frameworkVersion: a.frameworkVersion });
    perDb.set(assessmentId, questions);
  }
  return questions;
}

/**
 * Saves one answer as it is typed on the workshop screen. When the operation returns the answer is committed
 * (the dispatcher's transaction): a crash a moment later does not lose it.
 */
export function setAnswer(ctx: ServiceContext, input: Answer): { updatedAt: string } {
  if (!questionsOf(ctx, input.assessmentId).has(input.questionId)) {
    throw new AppError('invalid_input', `Question ${input.questionId} is not in this assessment's framework.`, {
      fields: [{ path: 'questionId', code: 'invalid_choice', message: 'not a question of this framework' }],
    });
  }
  const updatedAt = ctx.now().toISOString();
  const comment = input.comment === undefined ? null : input.comment?.trim() || null;
  const cleared = input.score === null && !input.notApplicable;
  const changes = save(
    ctx.db,
    {
      assessmentId: input.assessmentId,
      respondentId: input.respondentId,
      questionId: input.questionId,
      score: input.score,
      notApplicable: input.notApplicable ? 1 : 0,
      comment,
      keepComment: input.comment === undefined ? 1 : 0,
      updatedAt,
    },
    cleared,
  );
  if (changes === 0) explainRefusal(ctx, input);
  return { updatedAt };
}

/** The slow path: the guarded upsert wrote nothing; say why. */
function explainRefusal(ctx: ServiceContext, input: Answer): never {
  requireEditable(ctx, input.assessmentId);
  throw new AppError('not_found', `No respondent ${input.respondentId} in assessment ${input.assessmentId}.`, {
    entity: 'respondent',
    id: input.respondentId,
  });
}

export function setShiftPositions(ctx: ServiceContext, input: z.output<typeof ShiftPositionsInput>): { id: string } {
  const a = requireEditable(ctx, input.assessmentId);
  const framework = questionIdsOf(ctx, { frameworkId: a.frameworkId, frameworkVersion: a.frameworkVersion });
  const unknown = Object.keys(input.positions).filter((id) => !framework.shiftIds.has(id));
  if (unknown.length > 0) {
    throw new AppError(
      'invalid_input',
      `Unknown paradigm shift${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`,
      {
        fields: unknown.map((id) => ({
          path: `positions.${id}`,
          code: 'invalid_choice',
          message: 'not a shift of this framework',
        })),
      },
    );
  }
  for (const [id, p] of Object.entries(input.positions))
    repo.upsertShift(ctx.db, input.assessmentId, id, p.now, p.desired);
  return { id: input.assessmentId };
}
