import * as repo from './repository';
import type { ServiceContext } from '../api/context';
import { notePoolChange } from './poolIndex';

/**
 * Removes an assessment's contribution inside the caller's transaction: the link, and (by trigger) the pool
 * record with one generation bump, noted for the in-memory index. The caller settles the note
 * (withPoolChanges). Shared by `pool.withdraw` and reopening a finalized round.
 */
export function withdrawContribution(ctx: ServiceContext, assessmentId: string, recordId: string): void {
  const record = repo.findPoolRecord(ctx.db, recordId);
  repo.deleteContribution(ctx.db, assessmentId); // the trigger removes the record and bumps the generation
  notePoolChange(ctx.db, record ? [{ sign: -1, record, source: 'own' }] : null);
}
