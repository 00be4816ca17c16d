import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { AnswerInput, ShiftPositionsInput } from '../../shared/domain/assessment';
import * as repo from '../db/repositories/assessments';
import { stmt } from '../db/statements';
import { requireEditable } from './assessments';
import type { ServiceContext } from './context';
import { questionIdsOf } from './frameworks';

interface AnswerTarget {
  status: string;
  frameworkId: string;
  frameworkVersion: string;
  sha256: string;
}

const KEEP_COMMENT_UPSERT = `INSERT INTO answers (respondent_id, question_id, assessment_id, score, not_applicable, comment, updated_at)
  VALUES (@respondentId, @questionId, @assessmentId, @score, @notApplicable, NULL, @updatedAt)
  ON CONFLICT (respondent_id, question_id) DO UPDATE SET score = excluded.score,
    not_applicable = excluded.not_applicable, updated_at = excluded.updated_at`;

/**
 * Saves one answer as it is typed on the workshop screen — the hot path, so it reads what it must check in
 * one statement (respondent in this round, round editable, framework) and writes in one transaction. When
 * the call returns, the answer is committed: a crash a moment later does not lose it.
 */
export function setAnswer(ctx: ServiceContext, input: z.output<typeof AnswerInput>): { updatedAt: string } {
  const updatedAt = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const target = stmt<[string, string], AnswerTarget>(
      ctx.db,
      `SELECT a.status, a.framework_id AS frameworkId, a.framework_version AS frameworkVersion, f.sha256
       FROM respondents r JOIN assessments a ON a.id = r.assessment_id
       JOIN frameworks f ON f.id = a.framework_id AND f.version = a.framework_version
       WHERE r.id = ? AND r.assessment_id = ?`,
    ).get(input.respondentId, input.assessmentId);
    if (!target) {
      throw new AppError('not_found', `No respondent ${input.respondentId} in assessment ${input.assessmentId}.`, {
        entity: 'respondent',
        id: input.respondentId,
      });
    }
    if (target.status === 'finalized') requireEditable(ctx, input.assessmentId);
    if (!questionIdsOf(ctx, target).has(input.questionId)) {
      throw new AppError('invalid_input', `Question ${input.questionId} is not in framework ${target.frameworkId}.`, {
        fields: [{ path: 'questionId', code: 'invalid_choice', message: 'not a question of this framework' }],
      });
    }
    const row = { ...input, notApplicable: input.notApplicable ? 1 : 0, updatedAt };
    if (input.comment === undefined) stmt(ctx.db, KEEP_COMMENT_UPSERT).run(row);
    else repo.upsertAnswer(ctx.db, { ...input, comment: input.comment, updatedAt });
    if (input.score === null && !input.notApplicable) {
      // Cleared and without a note: the question is skipped again, which is the absence of a row.
      stmt(
        ctx.db,
        'DELETE FROM answers WHERE respondent_id = ? AND question_id = ? AND score IS NULL AND not_applicable = 0 AND comment IS NULL',
      ).run(input.respondentId, input.questionId);
    }
  })();
  return { updatedAt };
}

export function setShiftPositions(ctx: ServiceContext, input: z.output<typeof ShiftPositionsInput>): { id: string } {
  ctx.db.transaction(() => {
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
  })();
  return { id: input.assessmentId };
}
