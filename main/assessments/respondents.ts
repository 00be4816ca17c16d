import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { RespondentInput } from '../../shared/assessments/schemas';
import * as repo from './repository';
import { auditDetails } from '../api/writeScope';
import { requireEditable } from './assessments';
import type { ServiceContext } from '../api/context';

export function createRespondent(ctx: ServiceContext, input: z.output<typeof RespondentInput>): { id: string } {
  const id = ctx.newId('rs');
  requireEditable(ctx, input.assessmentId);
  assertCodeFree(ctx, input.assessmentId, input.code);
  repo.insertRespondent(ctx.db, { id, ...input, name: input.name ?? null, createdAt: ctx.now().toISOString() });
  return { id };
}

export function updateRespondent(
  ctx: ServiceContext,
  input: z.output<typeof RespondentInput> & { id: string },
): { id: string } {
  const existing = requireRespondent(ctx, input.id);
  if (existing.assessmentId !== input.assessmentId) throw notFound(input.id);
  requireEditable(ctx, existing.assessmentId);
  if (existing.code !== input.code) assertCodeFree(ctx, input.assessmentId, input.code);
  repo.updateRespondent(ctx.db, { id: input.id, code: input.code, role: input.role, name: input.name ?? null });
  return { id: input.id };
}

/** Removes a respondent and every answer they gave (a client may ask for it). */
export function deleteRespondent(ctx: ServiceContext, id: string): { id: string } {
  const r = requireRespondent(ctx, id);
  requireEditable(ctx, r.assessmentId);
  repo.deleteRespondent(ctx.db, id);
  auditDetails(ctx.db, { assessmentId: r.assessmentId });
  return { id };
}

export function requireRespondent(ctx: ServiceContext, id: string) {
  const r = repo.findRespondent(ctx.db, id);
  if (!r) throw notFound(id);
  return r;
}

function assertCodeFree(ctx: ServiceContext, assessmentId: string, code: string): void {
  if (repo.respondentsOf(ctx.db, assessmentId).some((r) => r.code === code)) {
    throw new AppError('conflict', `Respondent code ${code} is already used in this round.`, {
      fields: [{ path: 'code', code: 'duplicate', message: 'already used in this round' }],
    });
  }
}

function notFound(id: string): AppError {
  return new AppError('not_found', `No respondent with id ${id}.`, { entity: 'respondent', id });
}
