import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../shared/api/result';
import { findCycle, withDependencies } from '../../shared/roadmap/rules';
import type { InitiativeInput, InitiativeUpdate } from '../../shared/roadmap/schemas';
import type { ServiceContext } from '../api/context';
import { auditDetails, auditSubject } from '../api/writeScope';
import { findContact } from '../clients/contactsRepository';
import { type RoadmapBasis, roadmapBasis } from './basis';
import * as repo from './repository';

type NewInitiative = z.output<typeof InitiativeInput>;
type Changes = z.output<typeof InitiativeUpdate>;

/**
 * Creating and changing initiatives. Every rule that needs the store is checked here, before anything is
 * written, and every problem is answered as `invalid_input` naming its field: a block, element or shift the
 * roadmap's framework does not have, a contact of another client, a round of another engagement, an
 * initiative that does not exist, and a dependency that would close a cycle (docs/roadmap.md "Rules").
 */

function refused(issues: FieldIssue[]): AppError {
  const fields = [...new Set(issues.map((i) => i.path))].join(', ');
  return new AppError('invalid_input', `Invalid input: ${fields}`, { fields: issues });
}

function checkReferences(
  basis: RoadmapBasis,
  input: { blocks?: string[]; elements?: string[]; shifts?: string[] },
  issues: FieldIssue[],
): void {
  const { framework } = basis;
  const known = {
    blocks: new Set(framework.blocks.map((b) => b.id)),
    elements: new Set(framework.elements.map((e) => e.id)),
    shifts: new Set(framework.shifts.map((s) => s.id)),
  };
  const code = { blocks: 'unknown_block', elements: 'unknown_element', shifts: 'unknown_shift' } as const;
  const noun = { blocks: 'building block', elements: 'element', shifts: 'paradigm shift' } as const;
  for (const field of ['blocks', 'elements', 'shifts'] as const) {
    const unknown = (input[field] ?? []).filter((id) => !known[field].has(id));
    if (unknown.length > 0) {
      issues.push({
        path: field,
        code: code[field],
        message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a' : 'are not'} ${noun[field]}${unknown.length === 1 ? '' : 's'} of ${framework.id}`,
      });
    }
  }
}

function personOf(
  ctx: ServiceContext,
  basis: RoadmapBasis,
  field: 'ownerContactId' | 'sponsorContactId',
  contactId: string | null,
  name: string | null,
  issues: FieldIssue[],
): { contactId: string | null; name: string | null } {
  if (contactId === null) return { contactId: null, name };
  const contact = findContact(ctx.db, contactId);
  if (!contact || contact.clientId !== basis.engagement.clientId) {
    issues.push({ path: field, code: 'unknown_contact', message: `${contactId} is not a contact of this client` });
    return { contactId: null, name };
  }
  // The name is kept with the id, so the roadmap still names the owner if the contact is deleted.
  return { contactId, name: contact.name };
}

function checkDependencies(
  ctx: ServiceContext,
  engagementId: string,
  id: string,
  dependsOn: string[],
  issues: FieldIssue[],
): void {
  const all = repo.initiativesOf(ctx.db, engagementId);
  const ids = new Set(all.map((i) => i.id));
  const unknown = dependsOn.filter((d) => d !== id && !ids.has(d));
  if (unknown.length > 0) {
    issues.push({
      path: 'dependsOn',
      code: 'unknown_initiative',
      message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is not an initiative' : 'are not initiatives'} of this roadmap`,
    });
    return;
  }
  const current = repo.dependenciesOf(ctx.db, engagementId);
  const graph = all.map((i) => ({
    id: i.id,
    dependsOn: current.filter((d) => d.initiativeId === i.id).map((d) => d.dependsOn),
  }));
  const cycle = findCycle(withDependencies(graph, id, dependsOn));
  if (cycle) {
    issues.push({
      path: 'dependsOn',
      code: 'dependency_cycle',
      message: `would make a cycle of dependencies: ${cycle.join(' → ')}`,
    });
  }
}

/** The first block's score in the baseline round: where the initiative starts from. */
function gapOf(basis: RoadmapBasis, assessmentId: string | null, block: string) {
  const round = basis.scored(assessmentId);
  if (!round) return { gapAssessmentId: null, gapRound: null, gapBlock: null, gapScore: null };
  return {
    gapAssessmentId: round.assessmentId,
    gapRound: round.round,
    gapBlock: block,
    gapScore: round.blocks.get(block)?.score ?? null,
  };
}

export function createInitiative(ctx: ServiceContext, input: NewInitiative): { id: string } {
  const basis = roadmapBasis(ctx, input.engagementId);
  const issues: FieldIssue[] = [];
  checkReferences(basis, input, issues);
  const owner = personOf(ctx, basis, 'ownerContactId', input.ownerContactId, input.ownerName, issues);
  const sponsor = personOf(ctx, basis, 'sponsorContactId', input.sponsorContactId, input.sponsorName, issues);
  const id = ctx.newId('in');
  checkDependencies(ctx, input.engagementId, id, input.dependsOn, issues);
  const baseline =
    input.baselineAssessmentId === undefined ? (basis.latest?.assessmentId ?? null) : input.baselineAssessmentId;
  if (baseline !== null && !basis.scored(baseline)) {
    issues.push({
      path: 'baselineAssessmentId',
      code: 'unknown_round',
      message: `${baseline} is not a round of this engagement on ${basis.frameworkRef.id}`,
    });
  }
  if (issues.length > 0) throw refused(issues);

  const at = ctx.now().toISOString();
  repo.insertInitiative(ctx.db, {
    id,
    engagementId: input.engagementId,
    title: input.title,
    description: input.description,
    ...gapOf(basis, baseline, input.blocks[0] as string),
    gapTarget: input.gapTarget ?? null,
    ownerContactId: owner.contactId,
    ownerName: owner.name,
    sponsorContactId: sponsor.contactId,
    sponsorName: sponsor.name,
    start: input.start,
    end: input.end,
    status: input.status,
    impact: input.impact,
    effort: input.effort,
    rank: input.rank,
    kpiName: input.kpi?.name ?? null,
    kpiUnit: input.kpi?.unit ?? null,
    kpiBaseline: input.kpi?.baseline ?? null,
    kpiTarget: input.kpi?.target ?? null,
    progress: input.progress,
    notes: input.notes,
    fromSuggestion: input.fromSuggestion,
    createdAt: at,
    updatedAt: at,
  });
  writeChildren(ctx, id, input);
  repo.addHistory(ctx.db, id, { at, field: 'created', from: null, to: input.status });
  auditDetails(ctx.db, { engagementId: input.engagementId, status: input.status });
  return { id };
}

function writeChildren(
  ctx: ServiceContext,
  id: string,
  fields: Pick<Changes, 'blocks' | 'elements' | 'shifts' | 'milestones' | 'dependsOn'>,
): void {
  if (fields.blocks) repo.replaceTargetLinks(ctx.db, id, 'block', fields.blocks);
  if (fields.elements) repo.replaceTargetLinks(ctx.db, id, 'element', fields.elements);
  if (fields.shifts) repo.replaceTargetLinks(ctx.db, id, 'shift', fields.shifts);
  if (fields.milestones) {
    repo.replaceMilestones(
      ctx.db,
      id,
      fields.milestones.map((m) => ({ ...m, id: ctx.newId('ms') })),
    );
  }
  if (fields.dependsOn) repo.replaceDependencies(ctx.db, id, fields.dependsOn);
}

export function updateInitiative(ctx: ServiceContext, changes: Changes): { id: string } {
  const row = repo.findInitiative(ctx.db, changes.id);
  if (!row) throw notFound(changes.id);
  const basis = roadmapBasis(ctx, row.engagementId);
  const issues: FieldIssue[] = [];
  checkReferences(basis, changes, issues);
  const start = changes.start ?? row.start;
  const end = changes.end ?? row.end;
  if (end < start) {
    issues.push({
      path: changes.end !== undefined ? 'end' : 'start',
      code: 'ends_before_start',
      message: `the end (${end}) lies before the start (${start})`,
    });
  }
  const ownerChanged = changes.ownerContactId !== undefined || changes.ownerName !== undefined;
  const sponsorChanged = changes.sponsorContactId !== undefined || changes.sponsorName !== undefined;
  const owner = ownerChanged
    ? personOf(ctx, basis, 'ownerContactId', changes.ownerContactId ?? null, changes.ownerName ?? null, issues)
    : { contactId: row.ownerContactId, name: row.ownerName };
  const sponsor = sponsorChanged
    ? personOf(ctx, basis, 'sponsorContactId', changes.sponsorContactId ?? null, changes.sponsorName ?? null, issues)
    : { contactId: row.sponsorContactId, name: row.sponsorName };
  if (changes.dependsOn) checkDependencies(ctx, row.engagementId, row.id, changes.dependsOn, issues);
  if (issues.length > 0) throw refused(issues);

  // A new first block is measured from the same round the initiative started from.
  const firstBlock = changes.blocks?.[0];
  const gap =
    firstBlock !== undefined && firstBlock !== row.gapBlock && row.gapAssessmentId
      ? gapOf(basis, row.gapAssessmentId, firstBlock)
      : {};
  const kpi =
    changes.kpi === undefined
      ? {}
      : {
          kpiName: changes.kpi?.name ?? null,
          kpiUnit: changes.kpi?.unit ?? null,
          kpiBaseline: changes.kpi?.baseline ?? null,
          kpiTarget: changes.kpi?.target ?? null,
        };
  const at = ctx.now().toISOString();
  const next = {
    ...row,
    ...defined({
      title: changes.title,
      description: changes.description,
      gapTarget: changes.gapTarget,
      status: changes.status,
      impact: changes.impact,
      effort: changes.effort,
      rank: changes.rank,
      progress: changes.progress,
      notes: changes.notes,
    }),
    ...gap,
    ...kpi,
    start,
    end,
    ownerContactId: owner.contactId,
    ownerName: owner.name,
    sponsorContactId: sponsor.contactId,
    sponsorName: sponsor.name,
    updatedAt: at,
  };
  repo.updateInitiative(ctx.db, next);
  writeChildren(ctx, row.id, changes);
  const changed: Record<string, [string, string]> = {};
  for (const [field, before, after] of [
    ['status', row.status, next.status],
    ['start', row.start, next.start],
    ['end', row.end, next.end],
  ] as const) {
    if (before === after) continue;
    repo.addHistory(ctx.db, row.id, { at, field, from: before, to: after });
    changed[field] = [before, after];
  }
  auditDetails(ctx.db, { engagementId: row.engagementId, ...changed });
  return { id: row.id };
}

export function deleteInitiative(ctx: ServiceContext, id: string): { id: string } {
  const row = repo.findInitiative(ctx.db, id);
  if (!row || !repo.deleteInitiative(ctx.db, id)) throw notFound(id);
  auditSubject(ctx.db, id);
  auditDetails(ctx.db, { engagementId: row.engagementId });
  return { id };
}

/** The fields of `o` that are not undefined (an explicit null clears a field). */
function defined<T extends Record<string, unknown>>(o: T): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<{
    [K in keyof T]: Exclude<T[K], undefined>;
  }>;
}

export function notFound(id: string): AppError {
  return new AppError('not_found', `No initiative with id ${id}.`, { entity: 'initiative', id });
}
