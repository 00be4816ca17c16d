import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { Engagement, EngagementInput, EngagementUpdate } from '../../shared/clients/schemas';
import { auditDetails } from '../api/writeScope';
import * as engagements from './engagementsRepository';
import { requireClient } from './clients';
import { evidenceFolder, releaseFile } from '../dossier/evidenceStore';
import type { ServiceContext } from '../api/context';

export function listEngagements(ctx: ServiceContext, filter: { clientId?: string; statuses?: string[] }): Engagement[] {
  return engagements.listEngagements(ctx.db, filter);
}

export function getEngagement(ctx: ServiceContext, id: string): Engagement {
  const found = engagements.findEngagement(ctx.db, id);
  if (!found) throw notFound(id);
  return found;
}

export function createEngagement(ctx: ServiceContext, input: z.output<typeof EngagementInput>): { id: string } {
  const id = ctx.newId('en');
  const at = ctx.now().toISOString();
  requireClient(ctx, input.clientId);
  engagements.insertEngagement(ctx.db, { id, ...input, createdAt: at, updatedAt: at });
  auditDetails(ctx.db, { clientId: input.clientId, status: input.status });
  return { id };
}

export function updateEngagement(ctx: ServiceContext, input: z.output<typeof EngagementUpdate>): { id: string } {
  const existing = engagements.findEngagement(ctx.db, input.id);
  if (!existing || existing.clientId !== input.clientId) throw notFound(input.id);
  engagements.updateEngagement(ctx.db, { ...input, updatedAt: ctx.now().toISOString() });
  // Status and consent are what a later reader of the file needs to trust: record when they changed.
  if (existing.status !== input.status) auditDetails(ctx.db, { status: [existing.status, input.status] });
  if (existing.benchmarkConsent !== input.benchmarkConsent) {
    auditDetails(ctx.db, { benchmarkConsent: [existing.benchmarkConsent, input.benchmarkConsent] });
  }
  return { id: input.id };
}

export function deleteEngagement(ctx: ServiceContext, id: string): { id: string } {
  const files = ctx.db
    .prepare('SELECT DISTINCT sha256 FROM evidence WHERE engagement_id = ?')
    .pluck()
    .all(id) as string[];
  if (!engagements.deleteEngagement(ctx.db, id)) throw notFound(id);
  if (files.length > 0) {
    // Its evidence files leave the store once the dispatcher's transaction is over: `releaseFile` looks at
    // the rows as they are then, so a delete that was rolled back keeps its files, and a file other evidence
    // names stays.
    const folder = evidenceFolder(ctx);
    setImmediate(() => {
      for (const hash of files) releaseFile(ctx.db, folder, hash);
    });
  }
  return { id };
}

function notFound(id: string): AppError {
  return new AppError('not_found', `No engagement with id ${id}.`, { entity: 'engagement', id });
}
