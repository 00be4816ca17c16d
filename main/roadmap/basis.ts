import type { Engagement } from '../../shared/clients/schemas';
import type { FrameworkFile } from '../../shared/frameworks/schema';
import type { ScoredRound } from '../../shared/roadmap/progress';
import { addQuarters, type Quarter, quarterOf } from '../../shared/roadmap/quarter';
import type { RoundRef } from '../../shared/roadmap/schemas';
import { DEFAULT_HORIZON } from '../../shared/roadmap/schemas';
import { calendarDate } from '../../shared/domain/calendar';
import type { ServiceContext } from '../api/context';
import * as assessments from '../assessments/repository';
import { getEngagement } from '../clients/engagements';
import { getFramework } from '../frameworks/frameworks';
import { scoreRound } from '../results/results';
import * as repo from './repository';

/**
 * What a roadmap stands on: its engagement, the framework its blocks come from (the one of the engagement's
 * newest round, else the newest `sx-default`), the finalized rounds on that framework in order, and their
 * block scores, each round scored at most once per call.
 */
export interface RoadmapBasis {
  engagement: Engagement;
  framework: FrameworkFile;
  frameworkRef: { id: string; version: string };
  finalized: RoundRef[];
  latest: RoundRef | null;
  /** The round's block scores with n and sd; null for a round that is gone or belongs elsewhere. */
  scored(assessmentId: string | null): ScoredRound | null;
  /** The horizon saved, or the default: eight quarters from the next one. */
  horizon: { first: Quarter; quarters: number; saved: boolean };
  today: { date: string; quarter: Quarter };
}

export function roadmapBasis(ctx: ServiceContext, engagementId: string): RoadmapBasis {
  const engagement = getEngagement(ctx, engagementId);
  const rounds = assessments.roundsOfEngagement(ctx.db, engagementId);
  const newest = rounds.at(-1);
  const framework = newest
    ? getFramework(ctx, newest.frameworkId, newest.frameworkVersion)
    : getFramework(ctx, 'sx-default');
  const finalized = rounds
    .filter((r) => r.status === 'finalized' && r.frameworkId === framework.id)
    .map((r) => ({ assessmentId: r.id, round: r.round, heldOn: r.heldOn }));
  const ofEngagement = new Map(rounds.map((r) => [r.id, r]));

  const cache = new Map<string, ScoredRound | null>();
  const scored = (id: string | null): ScoredRound | null => {
    if (id === null) return null;
    if (cache.has(id)) return cache.get(id) ?? null;
    const round = ofEngagement.get(id);
    let value: ScoredRound | null = null;
    if (round && round.frameworkId === framework.id) {
      const results = scoreRound(ctx, id);
      value = {
        assessmentId: id,
        round: round.round,
        heldOn: round.heldOn,
        blocks: new Map(results.blocks.map((b) => [b.id, { score: b.score, n: b.n, sd: b.sd }])),
      };
    }
    cache.set(id, value);
    return value;
  };

  const date = calendarDate(ctx.now());
  const today = { date, quarter: quarterOf(date) };
  const saved = repo.findRoadmap(ctx.db, engagementId);
  return {
    engagement,
    framework,
    frameworkRef: { id: framework.id, version: framework.version },
    finalized,
    latest: finalized.at(-1) ?? null,
    scored,
    horizon: saved
      ? { first: saved.first, quarters: saved.quarters, saved: true }
      : { first: addQuarters(today.quarter, 1), quarters: DEFAULT_HORIZON, saved: false },
    today,
  };
}
