import type { ResultsWithHistory } from '../../shared/results/schemas';
import { roundHistory } from '../../shared/results/history';
import { type AssessmentResults, scoreAssessment } from '../../shared/results/results';
import * as repo from '../assessments/repository';
import type { Database } from 'better-sqlite3';
import { requireAssessment } from '../assessments/assessments';
import { stmt } from '../db/statements';
import type { ServiceContext } from '../api/context';
import { getFramework } from '../frameworks/frameworks';

/** Scores a round with its own framework version, and compares it with the engagement's previous finalized round. */
export function assessmentResults(ctx: ServiceContext, id: string): ResultsWithHistory {
  const assessment = requireAssessment(ctx, id);
  const results = scoreRound(ctx, id);

  const rounds = repo.roundsOfEngagement(ctx.db, assessment.engagementId);
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

/**
 * A finalized round is read-only — its answers, respondents and shifts refuse every change until it is
 * reopened, and a reopen is a write to `assessments` — so its results are kept per connection against the
 * newest such write in the change log (migration 006). Roadmap suggestions, comparisons and reports of the
 * same round then score it once. The cached results are shared: callers treat them as read-only.
 */
const finalizedResults = new WeakMap<Database, Map<string, { generation: number; results: AssessmentResults }>>();
const CACHED_ROUNDS = 16;

/** Forgets the cached results of this connection's finalized rounds (the benchmark's cold runs). */
export function forgetFinalizedResults(db: Database): void {
  finalizedResults.delete(db);
}

function roundsGeneration(db: Database): number {
  return stmt<[], number>(db, `SELECT coalesce(max(seq), 0) FROM change_log WHERE entities LIKE '%"assessments"%'`)
    .pluck()
    .get() as number;
}

export function scoreRound(ctx: ServiceContext, id: string): AssessmentResults {
  const a = requireAssessment(ctx, id);
  if (a.status !== 'finalized') return scoreNow(ctx, a);
  let cache = finalizedResults.get(ctx.db);
  if (!cache) finalizedResults.set(ctx.db, (cache = new Map()));
  const generation = roundsGeneration(ctx.db);
  const hit = cache.get(id);
  if (hit && hit.generation === generation) return hit.results;
  const results = scoreNow(ctx, a);
  cache.delete(id);
  cache.set(id, { generation, results });
  if (cache.size > CACHED_ROUNDS) cache.delete(cache.keys().next().value as string);
  return results;
}

function scoreNow(ctx: ServiceContext, a: ReturnType<typeof requireAssessment>): AssessmentResults {
  const id = a.id;
  const framework = getFramework(ctx, a.frameworkId, a.frameworkVersion);
  return scoreAssessment(
    framework,
    repo.respondentsOf(ctx.db, id),
    repo.scoringAnswersOf(ctx.db, id),
    repo.shiftsOf(ctx.db, id),
  );
}
