import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import { priorityOrder, priorityScore, quadrantOf } from '../../shared/roadmap/priority';
import { blockMovement, targetMet } from '../../shared/roadmap/progress';
import { addQuarters } from '../../shared/roadmap/quarter';
import { outsideHorizon, startsBeforeDependencyEnds } from '../../shared/roadmap/rules';
import type { BlockTarget, HorizonInput, Initiative, Roadmap, TargetInput } from '../../shared/roadmap/schemas';
import type { ServiceContext } from '../api/context';
import { auditDetails } from '../api/writeScope';
import { contactsOfClient } from '../clients/contactsRepository';
import { getEngagement } from '../clients/engagements';
import { type RoadmapBasis, roadmapBasis } from './basis';
import * as repo from './repository';

/** The roadmap of an engagement as every screen, export and report reads it. */
export function getRoadmap(
  ctx: ServiceContext,
  engagementId: string,
  basis = roadmapBasis(ctx, engagementId),
): Roadmap {
  const { horizon } = basis;
  const latest = basis.scored(basis.latest?.assessmentId ?? null);
  const targets: BlockTarget[] = repo.targetsOf(ctx.db, engagementId).map((t) => {
    const now = latest?.blocks.get(t.block)?.score ?? null;
    return {
      block: t.block,
      from: t.fromScore,
      fromRound:
        t.fromAssessmentId && t.fromRound !== null
          ? { assessmentId: t.fromAssessmentId, round: t.fromRound, heldOn: t.fromHeldOn }
          : null,
      target: t.target,
      by: t.by,
      now,
      met: targetMet(now, t.target),
    };
  });
  const targetOf = new Map(targets.map((t) => [t.block, t.target]));
  const initiatives = initiativesOf(ctx, basis, targetOf);
  return {
    engagementId,
    framework: basis.frameworkRef,
    horizon: { ...horizon, last: addQuarters(horizon.first, horizon.quarters - 1) },
    today: basis.today,
    latestRound: basis.latest,
    targets,
    initiatives,
    dismissed: repo.dismissedOf(ctx.db, engagementId),
  };
}

function group<T extends { initiativeId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.initiativeId);
    if (list) list.push(row);
    else out.set(row.initiativeId, [row]);
  }
  return out;
}

/** Every initiative of the engagement, assembled from one read per table, in priority order. */
function initiativesOf(ctx: ServiceContext, basis: RoadmapBasis, targetOf: Map<string, number>): Initiative[] {
  const engagementId = basis.engagement.id;
  const rows = repo.initiativesOf(ctx.db, engagementId);
  if (rows.length === 0) return [];
  const links = group(repo.targetLinksOf(ctx.db, engagementId));
  const milestones = group(repo.milestonesOf(ctx.db, engagementId));
  const dependencies = group(repo.dependenciesOf(ctx.db, engagementId));
  const history = group(repo.historyOf(ctx.db, engagementId));
  const contacts = new Map(contactsOfClient(ctx.db, basis.engagement.clientId).map((c) => [c.id, c.name]));
  const person = (contactId: string | null, name: string | null) => {
    const current = contactId ? contacts.get(contactId) : undefined;
    const shown = current ?? name;
    return shown ? { contactId: current ? contactId : null, name: shown } : null;
  };
  const latest = basis.scored(basis.latest?.assessmentId ?? null);
  const byId = new Map(rows.map((r) => [r.id, r]));

  const built = rows.map((r): Initiative => {
    const ofKind = (kind: 'block' | 'element' | 'shift') =>
      (links.get(r.id) ?? []).filter((l) => l.kind === kind).map((l) => l.refId);
    const blocks = ofKind('block');
    const dependsOn = (dependencies.get(r.id) ?? []).map((d) => d.dependsOn);
    const start = basis.scored(r.gapAssessmentId);
    const gapTarget = r.gapTarget ?? (r.gapBlock ? (targetOf.get(r.gapBlock) ?? null) : null);
    return {
      id: r.id,
      engagementId: r.engagementId,
      title: r.title,
      description: r.description,
      blocks,
      elements: ofKind('element'),
      shifts: ofKind('shift'),
      gap:
        r.gapAssessmentId && r.gapBlock
          ? {
              assessmentId: r.gapAssessmentId,
              round: start?.round ?? r.gapRound,
              block: r.gapBlock,
              score: r.gapScore,
              target: gapTarget,
            }
          : null,
      owner: person(r.ownerContactId, r.ownerName),
      sponsor: person(r.sponsorContactId, r.sponsorName),
      start: r.start,
      end: r.end,
      status: r.status,
      impact: r.impact,
      effort: r.effort,
      rank: r.rank,
      priority: 0,
      priorityScore: priorityScore({ impact: r.impact, effort: r.effort, gapScore: r.gapScore, gapTarget }),
      quadrant: quadrantOf(r.impact, r.effort),
      kpi: r.kpiName ? { name: r.kpiName, unit: r.kpiUnit, baseline: r.kpiBaseline, target: r.kpiTarget } : null,
      milestones: (milestones.get(r.id) ?? []).map(({ initiativeId: _, ...m }) => m),
      dependsOn,
      progress: r.progress,
      notes: r.notes,
      fromSuggestion: r.fromSuggestion,
      history: (history.get(r.id) ?? []).map(({ initiativeId: _, ...h }) => h),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      flags: {
        outsideHorizon: outsideHorizon(r, basis.horizon),
        startsBeforeDependencyEnds: startsBeforeDependencyEnds({ ...r, dependsOn }, byId),
      },
      movement: blocks.map((b) =>
        blockMovement(b, start, latest, targetOf.get(b) ?? (b === r.gapBlock ? gapTarget : null)),
      ),
    };
  });

  const order = priorityOrder(
    built.map((i) => ({ id: i.id, createdAt: i.createdAt, score: i.priorityScore, rank: i.rank })),
  );
  const position = new Map(order.map((id, i) => [id, i + 1]));
  return built.map((i) => ({ ...i, priority: position.get(i.id) ?? 0 })).sort((a, b) => a.priority - b.priority);
}

export function setHorizon(ctx: ServiceContext, input: z.output<typeof HorizonInput>): { engagementId: string } {
  getEngagement(ctx, input.engagementId);
  repo.saveRoadmap(ctx.db, { ...input, at: ctx.now().toISOString() });
  auditDetails(ctx.db, { first: input.first, quarters: input.quarters });
  return { engagementId: input.engagementId };
}

export function setTarget(ctx: ServiceContext, input: z.output<typeof TargetInput>): { engagementId: string } {
  const basis = roadmapBasis(ctx, input.engagementId);
  if (!basis.framework.blocks.some((b) => b.id === input.block)) {
    throw unknownBlock(input.block, 'block', basis.frameworkRef.id);
  }
  const existing = repo.targetsOf(ctx.db, input.engagementId).find((t) => t.block === input.block);
  // The start stays what it was when the target was first set: progress is measured from there.
  const latest = basis.latest;
  const from = existing
    ? existing
    : {
        fromScore: basis.scored(latest?.assessmentId ?? null)?.blocks.get(input.block)?.score ?? null,
        fromAssessmentId: latest?.assessmentId ?? null,
        fromRound: latest?.round ?? null,
        fromHeldOn: latest?.heldOn ?? null,
      };
  repo.saveTarget(ctx.db, input.engagementId, {
    block: input.block,
    target: input.target,
    by: input.by,
    fromScore: from.fromScore,
    fromAssessmentId: from.fromAssessmentId,
    fromRound: from.fromRound,
    fromHeldOn: from.fromHeldOn,
    at: ctx.now().toISOString(),
  });
  auditDetails(ctx.db, { block: input.block });
  return { engagementId: input.engagementId };
}

export function removeTarget(ctx: ServiceContext, engagementId: string, block: string): { engagementId: string } {
  getEngagement(ctx, engagementId);
  if (!repo.deleteTarget(ctx.db, engagementId, block)) {
    throw new AppError('not_found', `The roadmap has no target for ${block}.`, { entity: 'target', block });
  }
  auditDetails(ctx.db, { block });
  return { engagementId };
}

export function dismissSuggestion(ctx: ServiceContext, engagementId: string, key: string): { engagementId: string } {
  getEngagement(ctx, engagementId);
  repo.dismiss(ctx.db, engagementId, key, ctx.now().toISOString());
  return { engagementId };
}

export function restoreSuggestion(ctx: ServiceContext, engagementId: string, key: string): { engagementId: string } {
  getEngagement(ctx, engagementId);
  repo.restore(ctx.db, engagementId, key);
  return { engagementId };
}

export function unknownBlock(id: string, path: string, framework: string): AppError {
  return new AppError('invalid_input', `${path}: ${id} is not a building block of ${framework}.`, {
    fields: [{ path, code: 'unknown_block', message: `${id} is not a building block of ${framework}` }],
  });
}
