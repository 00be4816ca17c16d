import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/api/result';
import { parseScoreNumber, POOL_BLOCKS, type PoolRecord } from '../../shared/pool/benchmarkCsv';
import type { ContributionStatus } from '../../shared/pool/schemas';
import type { ServiceContext } from '../api/context';
import { requireAssessment } from '../assessments/assessments';
import { findClient } from '../clients/clientsRepository';
import { getEngagement } from '../clients/engagements';
import { scoreRound } from '../results/results';
import { notePoolRecords } from './indexCache';
import * as repo from './repository';

/** A round's place in the benchmark pool: contribute, withdraw, and why it cannot join yet. */

export function contributionStatus(ctx: ServiceContext, assessmentId: string): ContributionStatus {
  const a = requireAssessment(ctx, assessmentId);
  const recordId = repo.contributionOf(ctx.db, assessmentId) ?? null;
  if (recordId) return { recordId, blocker: null };
  if (a.status !== 'finalized') return { recordId, blocker: 'not_finalized' };
  if (!getEngagement(ctx, a.engagementId).benchmarkConsent) return { recordId, blocker: 'no_consent' };
  return { recordId, blocker: null };
}

/**
 * Adds a finalized round to the pool as one anonymized record: a fresh random UUID, the framework, the
 * client's sector, size band and country, the year only, and the nine block scores in hundredths (rounded
 * half away from zero). The link to the assessment lives only in pool_contributions, which no export reads.
 */
export function contribute(ctx: ServiceContext, assessmentId: string): { recordId: string } {
  const at = ctx.now().toISOString();
  const a = requireAssessment(ctx, assessmentId);
  if (repo.contributionOf(ctx.db, assessmentId)) {
    throw new AppError('conflict', 'This round is already in the benchmark pool.', { assessmentId });
  }
  if (a.status !== 'finalized') {
    throw new AppError('conflict', 'Only a finalized round can join the benchmark pool.', {
      assessmentId,
      reason: 'not_finalized',
    });
  }
  const engagement = getEngagement(ctx, a.engagementId);
  if (!engagement.benchmarkConsent) {
    throw new AppError(
      'conflict',
      "The client's consent to the benchmark pool is not recorded on this engagement; nothing was added.",
      { assessmentId, reason: 'no_consent' },
    );
  }
  const client = findClient(ctx.db, engagement.clientId);
  if (!client) throw new AppError('not_found', `No client with id ${engagement.clientId}.`);
  const results = scoreRound(ctx, assessmentId);
  const byId = new Map(results.blocks.map((b) => [b.id, b.score]));
  if (results.blocks.some((b) => !(POOL_BLOCKS as readonly string[]).includes(b.id))) {
    throw new AppError('conflict', 'The benchmark pool holds frameworks with the nine blocks B1–B9 only.', {
      assessmentId,
    });
  }
  const scores = POOL_BLOCKS.map((b) => {
    const s = byId.get(b);
    if (s === null || s === undefined) return null;
    const parsed = parseScoreNumber(s);
    return parsed.ok ? parsed.hundredths : null;
  });
  if (scores.every((s) => s === null)) {
    throw new AppError('conflict', 'This round has no block scores to contribute.', { assessmentId });
  }
  const year = Number((a.heldOn ?? a.finalizedAt ?? at).slice(0, 4));
  const recordId = randomUUID();
  const record: PoolRecord = {
    recordId,
    framework: a.frameworkId,
    sector: client.sector,
    sizeBand: client.sizeBand,
    country: client.country,
    year,
    scores,
    synthetic: false,
  };
  repo.insertPoolRecord(ctx.db, record, 'own');
  repo.insertContribution(ctx.db, assessmentId, recordId, at);
  notePoolRecords(ctx.db, [{ sign: 1, record, source: 'own' }]);
  return { recordId };
}

export function withdraw(ctx: ServiceContext, assessmentId: string): { recordId: string } {
  requireAssessment(ctx, assessmentId);
  const recordId = repo.contributionOf(ctx.db, assessmentId);
  if (!recordId) {
    throw new AppError('not_found', 'This round has no record in the benchmark pool.', {
      entity: 'contribution',
      id: assessmentId,
    });
  }
  withdrawContribution(ctx, assessmentId, recordId);
  return { recordId };
}

/** The link goes; its trigger removes the pool record. */
function withdrawContribution(ctx: ServiceContext, assessmentId: string, recordId: string): void {
  const record = repo.findPoolRecord(ctx.db, recordId);
  repo.deleteContribution(ctx.db, assessmentId); // its trigger removes the pool record
  notePoolRecords(ctx.db, record ? [{ sign: -1, record, source: 'own' }] : null);
}
