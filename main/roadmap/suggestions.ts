import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { Language } from '../../shared/domain/identifiers';
import type { Comparison } from '../../shared/pool/schemas';
import { addQuarters, compareQuarters } from '../../shared/roadmap/quarter';
import type { AcceptSuggestionInput, Suggestion } from '../../shared/roadmap/schemas';
import { suggestInitiatives } from '../../shared/roadmap/suggestions';
import { templatesFor } from '../../shared/roadmap/templates/library';
import type { ServiceContext } from '../api/context';
import { requireAssessment } from '../assessments/assessments';
import { requireClient } from '../clients/clients';
import { getEngagement } from '../clients/engagements';
import { getFramework } from '../frameworks/frameworks';
import { compare } from '../pool/compare';
import { scoreRound } from '../results/results';
import { roadmapBasis } from './basis';
import { createInitiative } from './initiatives';
import * as repo from './repository';

/**
 * Suggestions for a finalized round (shared/roadmap/suggestions.ts), with the round's comparison against the
 * client's own benchmark group (sector and size band, as the results screen starts with) and the
 * engagement's dismissed and accepted suggestions marked.
 */
export function suggest(ctx: ServiceContext, input: { assessmentId: string; language: Language }): Suggestion[] {
  const assessment = requireAssessment(ctx, input.assessmentId);
  if (assessment.status !== 'finalized') {
    throw new AppError(
      'conflict',
      `Round ${assessment.round} is not finalized; suggestions start from a finalized round.`,
      { id: assessment.id, status: assessment.status },
    );
  }
  const engagement = getEngagement(ctx, assessment.engagementId);
  const client = requireClient(ctx, engagement.clientId);
  const framework = getFramework(ctx, assessment.frameworkId, assessment.frameworkVersion);
  let comparison: Comparison | null = compare(ctx, {
    assessmentId: assessment.id,
    framework: assessment.frameworkId,
    // The client's own group, as the results screen starts with: its sector and size band.
    filters: { sector: [client.sector], size: [client.sizeBand], country: [], from: null, to: null },
  });
  if (comparison.n === 0) comparison = null;
  const targets = new Map(repo.targetsOf(ctx.db, engagement.id).map((t) => [t.block, t.target]));
  const suggestions = suggestInitiatives({
    language: input.language,
    assessmentId: assessment.id,
    framework,
    results: scoreRound(ctx, assessment.id),
    comparison,
    templates: templatesFor(framework),
    targets,
  });
  const dismissed = new Set(repo.dismissedOf(ctx.db, engagement.id));
  const accepted = new Set(
    repo
      .initiativesOf(ctx.db, engagement.id)
      .map((i) => i.fromSuggestion)
      .filter((k): k is string => k !== null),
  );
  return suggestions.map((s) => ({
    ...s,
    status: accepted.has(s.key) ? 'accepted' : dismissed.has(s.key) ? 'dismissed' : 'open',
  }));
}

/**
 * A suggestion taken over as it stands: planned from the next quarter (or the horizon's start, if later)
 * for as many quarters as it usually takes, starting from the round's score. Editable like any initiative.
 */
export function acceptSuggestion(ctx: ServiceContext, input: z.output<typeof AcceptSuggestionInput>): { id: string } {
  const suggestion = suggest(ctx, input).find((s) => s.key === input.key);
  if (!suggestion) {
    throw new AppError('not_found', `Round ${input.assessmentId} has no suggestion ${input.key}.`, {
      entity: 'suggestion',
      key: input.key,
    });
  }
  if (suggestion.status === 'accepted') {
    throw new AppError('conflict', `Suggestion ${input.key} is already on the roadmap.`, { key: input.key });
  }
  const assessment = requireAssessment(ctx, input.assessmentId);
  const basis = roadmapBasis(ctx, assessment.engagementId);
  const next = addQuarters(basis.today.quarter, 1);
  const start = compareQuarters(basis.horizon.first, next) > 0 ? basis.horizon.first : next;
  return createInitiative(ctx, {
    engagementId: assessment.engagementId,
    title: suggestion.title,
    description: suggestion.description,
    blocks: suggestion.blocks,
    elements: suggestion.elements,
    shifts: suggestion.shifts,
    baselineAssessmentId: assessment.id,
    gapTarget: suggestion.gap.target,
    ownerContactId: null,
    ownerName: null,
    sponsorContactId: null,
    sponsorName: null,
    start,
    end: addQuarters(start, suggestion.quarters - 1),
    status: 'planned',
    impact: suggestion.impact,
    effort: suggestion.effort,
    rank: null,
    kpi: suggestion.kpi ? { name: suggestion.kpi.name, unit: suggestion.kpi.unit, baseline: null, target: null } : null,
    milestones: [],
    dependsOn: [],
    progress: 0,
    notes: null,
    fromSuggestion: suggestion.key,
  });
}
