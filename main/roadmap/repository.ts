import type { Database } from 'better-sqlite3';
import type { Quarter } from '../../shared/roadmap/quarter';
import type { HistoryEntry, InitiativeStatus, Milestone } from '../../shared/roadmap/schemas';
import { stmt } from '../db/statements';

/** The roadmap's rows (migration 005). Lists are read per engagement in one statement each, never per initiative. */

export interface RoadmapRow {
  engagementId: string;
  first: Quarter;
  quarters: number;
}

export interface TargetRow {
  block: string;
  target: number;
  by: Quarter;
  fromScore: number | null;
  fromAssessmentId: string | null;
  fromRound: string | null;
  fromHeldOn: string | null;
}

export interface InitiativeRow {
  id: string;
  engagementId: string;
  title: string;
  description: string | null;
  gapAssessmentId: string | null;
  gapRound: string | null;
  gapBlock: string | null;
  gapScore: number | null;
  gapTarget: number | null;
  ownerContactId: string | null;
  ownerName: string | null;
  sponsorContactId: string | null;
  sponsorName: string | null;
  start: Quarter;
  end: Quarter;
  status: InitiativeStatus;
  impact: number;
  effort: number;
  rank: number | null;
  kpiName: string | null;
  kpiUnit: string | null;
  kpiBaseline: number | null;
  kpiTarget: number | null;
  progress: number;
  notes: string | null;
  fromSuggestion: string | null;
  createdAt: string;
  updatedAt: string;
}

export type TargetKind = 'block' | 'element' | 'shift';

export function findRoadmap(db: Database, engagementId: string): RoadmapRow | undefined {
  return stmt<[string], RoadmapRow>(
    db,
    'SELECT engagement_id AS engagementId, first_quarter AS first, quarters FROM roadmaps WHERE engagement_id = ?',
  ).get(engagementId);
}

export function saveRoadmap(db: Database, row: RoadmapRow & { at: string }): void {
  stmt(
    db,
    `INSERT INTO roadmaps (engagement_id, first_quarter, quarters, updated_at) VALUES (@engagementId, @first, @quarters, @at)
     ON CONFLICT (engagement_id) DO UPDATE SET first_quarter = excluded.first_quarter, quarters = excluded.quarters,
       updated_at = excluded.updated_at`,
  ).run(row);
}

export function targetsOf(db: Database, engagementId: string): TargetRow[] {
  return stmt<[string], TargetRow>(
    db,
    `SELECT block_id AS block, target, by_quarter AS by, from_score AS fromScore, from_assessment_id AS fromAssessmentId,
       from_round AS fromRound, from_held_on AS fromHeldOn
     FROM roadmap_targets WHERE engagement_id = ? ORDER BY block_id`,
  ).all(engagementId);
}

export function saveTarget(db: Database, engagementId: string, row: TargetRow & { at: string }): void {
  stmt(
    db,
    `INSERT INTO roadmap_targets (engagement_id, block_id, target, by_quarter, from_score, from_assessment_id, from_round,
       from_held_on, updated_at)
     VALUES (@engagementId, @block, @target, @by, @fromScore, @fromAssessmentId, @fromRound, @fromHeldOn, @at)
     ON CONFLICT (engagement_id, block_id) DO UPDATE SET target = excluded.target, by_quarter = excluded.by_quarter,
       from_score = excluded.from_score, from_assessment_id = excluded.from_assessment_id,
       from_round = excluded.from_round, from_held_on = excluded.from_held_on, updated_at = excluded.updated_at`,
  ).run({ engagementId, ...row });
}

export function deleteTarget(db: Database, engagementId: string, block: string): boolean {
  return (
    stmt(db, 'DELETE FROM roadmap_targets WHERE engagement_id = ? AND block_id = ?').run(engagementId, block)
      .changes === 1
  );
}

export function dismissedOf(db: Database, engagementId: string): string[] {
  return stmt<[string], string>(
    db,
    'SELECT suggestion_key FROM roadmap_dismissed WHERE engagement_id = ? ORDER BY dismissed_at, suggestion_key',
  )
    .pluck()
    .all(engagementId);
}

export function dismiss(db: Database, engagementId: string, key: string, at: string): void {
  stmt(
    db,
    'INSERT OR IGNORE INTO roadmap_dismissed (engagement_id, suggestion_key, dismissed_at) VALUES (?, ?, ?)',
  ).run(engagementId, key, at);
}

export function restore(db: Database, engagementId: string, key: string): void {
  stmt(db, 'DELETE FROM roadmap_dismissed WHERE engagement_id = ? AND suggestion_key = ?').run(engagementId, key);
}

const INITIATIVE_COLUMNS = `id, engagement_id AS engagementId, title, description, gap_assessment_id AS gapAssessmentId,
  gap_round AS gapRound, gap_block AS gapBlock, gap_score AS gapScore, gap_target AS gapTarget,
  owner_contact_id AS ownerContactId, owner_name AS ownerName, sponsor_contact_id AS sponsorContactId,
  sponsor_name AS sponsorName, start_quarter AS start, end_quarter AS "end", status, impact, effort, rank,
  kpi_name AS kpiName, kpi_unit AS kpiUnit, kpi_baseline AS kpiBaseline, kpi_target AS kpiTarget, progress, notes,
  from_suggestion AS fromSuggestion, created_at AS createdAt, updated_at AS updatedAt`;

export function initiativesOf(db: Database, engagementId: string): InitiativeRow[] {
  return stmt<[string], InitiativeRow>(
    db,
    `SELECT ${INITIATIVE_COLUMNS} FROM initiatives WHERE engagement_id = ? ORDER BY created_at, id`,
  ).all(engagementId);
}

export function findInitiative(db: Database, id: string): InitiativeRow | undefined {
  return stmt<[string], InitiativeRow>(db, `SELECT ${INITIATIVE_COLUMNS} FROM initiatives WHERE id = ?`).get(id);
}

const WRITE_COLUMNS = [
  ['title', 'title'],
  ['description', 'description'],
  ['gap_assessment_id', 'gapAssessmentId'],
  ['gap_round', 'gapRound'],
  ['gap_block', 'gapBlock'],
  ['gap_score', 'gapScore'],
  ['gap_target', 'gapTarget'],
  ['owner_contact_id', 'ownerContactId'],
  ['owner_name', 'ownerName'],
  ['sponsor_contact_id', 'sponsorContactId'],
  ['sponsor_name', 'sponsorName'],
  ['start_quarter', 'start'],
  ['end_quarter', 'end'],
  ['status', 'status'],
  ['impact', 'impact'],
  ['effort', 'effort'],
  ['rank', 'rank'],
  ['kpi_name', 'kpiName'],
  ['kpi_unit', 'kpiUnit'],
  ['kpi_baseline', 'kpiBaseline'],
  ['kpi_target', 'kpiTarget'],
  ['progress', 'progress'],
  ['notes', 'notes'],
  ['updated_at', 'updatedAt'],
] as const;

export function insertInitiative(db: Database, row: InitiativeRow): void {
  stmt(
    db,
    `INSERT INTO initiatives (id, engagement_id, from_suggestion, created_at, ${WRITE_COLUMNS.map(([c]) => c).join(', ')})
     VALUES (@id, @engagementId, @fromSuggestion, @createdAt, ${WRITE_COLUMNS.map(([, p]) => `@${p}`).join(', ')})`,
  ).run(row);
}

export function updateInitiative(db: Database, row: InitiativeRow): void {
  stmt(db, `UPDATE initiatives SET ${WRITE_COLUMNS.map(([c, p]) => `${c} = @${p}`).join(', ')} WHERE id = @id`).run(
    row,
  );
}

export function deleteInitiative(db: Database, id: string): boolean {
  return stmt(db, 'DELETE FROM initiatives WHERE id = ?').run(id).changes === 1;
}

export function targetLinksOf(
  db: Database,
  engagementId: string,
): { initiativeId: string; kind: TargetKind; refId: string }[] {
  return stmt<[string], { initiativeId: string; kind: TargetKind; refId: string }>(
    db,
    `SELECT t.initiative_id AS initiativeId, t.kind, t.ref_id AS refId FROM initiative_targets t
     JOIN initiatives i ON i.id = t.initiative_id WHERE i.engagement_id = ? ORDER BY t.initiative_id, t.kind, t.position`,
  ).all(engagementId);
}

export function replaceTargetLinks(db: Database, initiativeId: string, kind: TargetKind, ids: readonly string[]): void {
  stmt(db, 'DELETE FROM initiative_targets WHERE initiative_id = ? AND kind = ?').run(initiativeId, kind);
  const insert = stmt(
    db,
    'INSERT OR IGNORE INTO initiative_targets (initiative_id, kind, ref_id, position) VALUES (?, ?, ?, ?)',
  );
  ids.forEach((id, position) => insert.run(initiativeId, kind, id, position));
}

export function milestonesOf(db: Database, engagementId: string): (Milestone & { initiativeId: string })[] {
  return stmt<[string], Omit<Milestone, 'done'> & { initiativeId: string; done: number }>(
    db,
    `SELECT m.id, m.initiative_id AS initiativeId, m.title, m.due_on AS due, m.done FROM initiative_milestones m
     JOIN initiatives i ON i.id = m.initiative_id WHERE i.engagement_id = ? ORDER BY m.initiative_id, m.position`,
  )
    .all(engagementId)
    .map((m) => ({ ...m, done: Boolean(m.done) }));
}

export function replaceMilestones(
  db: Database,
  initiativeId: string,
  milestones: readonly (Omit<Milestone, 'id'> & { id: string })[],
): void {
  stmt(db, 'DELETE FROM initiative_milestones WHERE initiative_id = ?').run(initiativeId);
  const insert = stmt(
    db,
    'INSERT INTO initiative_milestones (id, initiative_id, title, due_on, done, position) VALUES (?, ?, ?, ?, ?, ?)',
  );
  milestones.forEach((m, position) => insert.run(m.id, initiativeId, m.title, m.due, m.done ? 1 : 0, position));
}

export function dependenciesOf(db: Database, engagementId: string): { initiativeId: string; dependsOn: string }[] {
  return stmt<[string], { initiativeId: string; dependsOn: string }>(
    db,
    `SELECT d.initiative_id AS initiativeId, d.depends_on_id AS dependsOn FROM initiative_dependencies d
     JOIN initiatives i ON i.id = d.initiative_id WHERE i.engagement_id = ? ORDER BY d.initiative_id, d.position`,
  ).all(engagementId);
}

export function replaceDependencies(db: Database, initiativeId: string, dependsOn: readonly string[]): void {
  stmt(db, 'DELETE FROM initiative_dependencies WHERE initiative_id = ?').run(initiativeId);
  const insert = stmt(
    db,
    'INSERT OR IGNORE INTO initiative_dependencies (initiative_id, depends_on_id, position) VALUES (?, ?, ?)',
  );
  dependsOn.forEach((d, position) => insert.run(initiativeId, d, position));
}

export function historyOf(db: Database, engagementId: string): (HistoryEntry & { initiativeId: string })[] {
  return stmt<[string], HistoryEntry & { initiativeId: string }>(
    db,
    `SELECT h.initiative_id AS initiativeId, h.at, h.field, h.from_value AS "from", h.to_value AS "to"
     FROM initiative_history h JOIN initiatives i ON i.id = h.initiative_id WHERE i.engagement_id = ?
     ORDER BY h.seq`,
  ).all(engagementId);
}

export function addHistory(db: Database, initiativeId: string, entry: HistoryEntry): void {
  stmt(
    db,
    'INSERT INTO initiative_history (initiative_id, at, field, from_value, to_value) VALUES (?, ?, ?, ?, ?)',
  ).run(initiativeId, entry.at, entry.field, entry.from, entry.to);
}
