import type { Database } from 'better-sqlite3';
import type { Confidentiality, EvidenceType, KeyResult } from '../../shared/dossier/schemas';
import { stmt } from '../db/statements';

/** The dossier's rows (migration 010), read and written with prepared statements. */

export interface DossierRow {
  engagementId: string;
  schemeId: string;
  schemeVersion: string;
  referenceDate: string | null;
  signatoryName: string | null;
  signatoryRole: string | null;
  createdAt: string;
  updatedAt: string;
}

export function findDossier(db: Database, engagementId: string): DossierRow | undefined {
  return stmt<[string], DossierRow>(
    db,
    `SELECT engagement_id AS engagementId, scheme_id AS schemeId, scheme_version AS schemeVersion,
       reference_date AS referenceDate, signatory_name AS signatoryName, signatory_role AS signatoryRole,
       created_at AS createdAt, updated_at AS updatedAt
     FROM dossiers WHERE engagement_id = ?`,
  ).get(engagementId);
}

export function insertDossier(db: Database, row: DossierRow): void {
  stmt(
    db,
    `INSERT INTO dossiers (engagement_id, scheme_id, scheme_version, reference_date, signatory_name, signatory_role, created_at, updated_at)
     VALUES (@engagementId, @schemeId, @schemeVersion, @referenceDate, @signatoryName, @signatoryRole, @createdAt, @updatedAt)`,
  ).run(row);
}

export function updateDossier(db: Database, row: DossierRow): void {
  stmt(
    db,
    `UPDATE dossiers SET scheme_id = @schemeId, scheme_version = @schemeVersion, reference_date = @referenceDate,
       signatory_name = @signatoryName, signatory_role = @signatoryRole, updated_at = @updatedAt
     WHERE engagement_id = @engagementId`,
  ).run(row);
}

/** Every change to a dossier or its evidence moves this: the package's date, so a package repeats exactly. */
export function touchDossier(db: Database, engagementId: string, at: string): void {
  stmt(db, 'UPDATE dossiers SET updated_at = max(updated_at, ?) WHERE engagement_id = ?').run(at, engagementId);
}

export function partTexts(db: Database, engagementId: string): { partId: string; text: string; updatedAt: string }[] {
  return stmt<[string], { partId: string; text: string; updatedAt: string }>(
    db,
    'SELECT part_id AS partId, text, updated_at AS updatedAt FROM dossier_parts WHERE engagement_id = ? ORDER BY part_id',
  ).all(engagementId);
}

export function setPartText(db: Database, engagementId: string, partId: string, text: string, at: string): void {
  if (text.trim() === '') {
    stmt(db, 'DELETE FROM dossier_parts WHERE engagement_id = ? AND part_id = ?').run(engagementId, partId);
    return;
  }
  stmt(
    db,
    `INSERT INTO dossier_parts (engagement_id, part_id, text, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (engagement_id, part_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  ).run(engagementId, partId, text, at);
}

export interface ElementRow {
  elementId: string;
  score: number | null;
  justification: string | null;
  strengths: string | null;
  improvements: string | null;
  ratedAt: string | null;
}

export function elementRows(db: Database, engagementId: string): ElementRow[] {
  return stmt<[string], ElementRow>(
    db,
    `SELECT element_id AS elementId, score, justification, strengths, improvements, rated_at AS ratedAt
     FROM dossier_elements WHERE engagement_id = ? ORDER BY element_id`,
  ).all(engagementId);
}

export function setRating(
  db: Database,
  engagementId: string,
  elementId: string,
  score: number,
  justification: string,
  at: string,
): void {
  stmt(
    db,
    `INSERT INTO dossier_elements (engagement_id, element_id, score, justification, rated_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (engagement_id, element_id) DO UPDATE SET score = excluded.score,
       justification = excluded.justification, rated_at = excluded.rated_at, updated_at = excluded.updated_at`,
  ).run(engagementId, elementId, score, justification, at, at);
}

export function setFindings(
  db: Database,
  engagementId: string,
  elementId: string,
  strengths: string | null,
  improvements: string | null,
  at: string,
): void {
  stmt(
    db,
    `INSERT INTO dossier_elements (engagement_id, element_id, strengths, improvements, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (engagement_id, element_id) DO UPDATE SET strengths = excluded.strengths,
       improvements = excluded.improvements, updated_at = excluded.updated_at`,
  ).run(engagementId, elementId, strengths, improvements, at);
}

interface KeyResultRow {
  id: string;
  engagementId: string;
  name: string;
  unit: string | null;
  points: string;
  target: number | null;
  comparisonKind: 'pool' | 'external' | null;
  comparisonValue: number | null;
  comparisonSource: string | null;
  explanation: string | null;
  position: number;
}

const KEY_RESULT_COLUMNS = `id, engagement_id AS engagementId, name, unit, points, target,
  comparison_kind AS comparisonKind, comparison_value AS comparisonValue, comparison_source AS comparisonSource,
  explanation, position`;

function toKeyResult(r: KeyResultRow): KeyResult {
  return {
    id: r.id,
    name: r.name,
    unit: r.unit,
    points: JSON.parse(r.points) as KeyResult['points'],
    target: r.target,
    comparison:
      r.comparisonKind && r.comparisonValue !== null
        ? { kind: r.comparisonKind, value: r.comparisonValue, source: r.comparisonSource ?? '' }
        : null,
    explanation: r.explanation,
    position: r.position,
  };
}

export function keyResults(db: Database, engagementId: string): KeyResult[] {
  return stmt<[string], KeyResultRow>(
    db,
    `SELECT ${KEY_RESULT_COLUMNS} FROM dossier_key_results WHERE engagement_id = ? ORDER BY position, id`,
  )
    .all(engagementId)
    .map(toKeyResult);
}

export function findKeyResult(db: Database, id: string): (KeyResult & { engagementId: string }) | undefined {
  const row = stmt<[string], KeyResultRow>(
    db,
    `SELECT ${KEY_RESULT_COLUMNS} FROM dossier_key_results WHERE id = ?`,
  ).get(id);
  return row ? { ...toKeyResult(row), engagementId: row.engagementId } : undefined;
}

export function saveKeyResult(db: Database, engagementId: string, k: KeyResult, at: string): void {
  stmt(
    db,
    `INSERT INTO dossier_key_results (id, engagement_id, name, unit, points, target, comparison_kind, comparison_value,
       comparison_source, explanation, position, updated_at)
     VALUES (@id, @engagementId, @name, @unit, @points, @target, @comparisonKind, @comparisonValue, @comparisonSource,
       @explanation, @position, @at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, unit = excluded.unit, points = excluded.points,
       target = excluded.target, comparison_kind = excluded.comparison_kind, comparison_value = excluded.comparison_value,
       comparison_source = excluded.comparison_source, explanation = excluded.explanation, updated_at = excluded.updated_at`,
  ).run({
    id: k.id,
    engagementId,
    name: k.name,
    unit: k.unit,
    points: JSON.stringify(k.points),
    target: k.target,
    comparisonKind: k.comparison?.kind ?? null,
    comparisonValue: k.comparison?.value ?? null,
    comparisonSource: k.comparison?.source ?? null,
    explanation: k.explanation,
    position: k.position,
    at,
  });
}

export function deleteKeyResult(db: Database, id: string): void {
  stmt(db, 'DELETE FROM dossier_key_results WHERE id = ?').run(id);
}

export function nextKeyResultPosition(db: Database, engagementId: string): number {
  return (
    (stmt<[string], { n: number | null }>(
      db,
      'SELECT max(position) AS n FROM dossier_key_results WHERE engagement_id = ?',
    ).get(engagementId)?.n ?? 0) + 1
  );
}

export interface EvidenceRow {
  id: string;
  engagementId: string;
  sha256: string;
  size: number;
  fileName: string;
  extension: string;
  title: string;
  type: EvidenceType;
  owner: string | null;
  date: string;
  validUntil: string | null;
  confidentiality: Confidentiality;
  addedAt: string;
}

const EVIDENCE_COLUMNS = `id, engagement_id AS engagementId, sha256, size, file_name AS fileName, extension, title, type,
  owner, dated_on AS date, valid_until AS validUntil, confidentiality, added_at AS addedAt`;

export function evidenceRows(db: Database, engagementId: string): EvidenceRow[] {
  return stmt<[string], EvidenceRow>(
    db,
    `SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE engagement_id = ? ORDER BY added_at, id`,
  ).all(engagementId);
}

export function findEvidence(db: Database, id: string): EvidenceRow | undefined {
  return stmt<[string], EvidenceRow>(db, `SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE id = ?`).get(id);
}

export function insertEvidence(db: Database, row: EvidenceRow): void {
  stmt(
    db,
    `INSERT INTO evidence (id, engagement_id, sha256, size, file_name, extension, title, type, owner, dated_on,
       valid_until, confidentiality, added_at, updated_at)
     VALUES (@id, @engagementId, @sha256, @size, @fileName, @extension, @title, @type, @owner, @date, @validUntil,
       @confidentiality, @addedAt, @addedAt)`,
  ).run(row);
}

export function updateEvidence(db: Database, row: EvidenceRow, at: string): void {
  stmt(
    db,
    `UPDATE evidence SET title = @title, type = @type, owner = @owner, dated_on = @date, valid_until = @validUntil,
       confidentiality = @confidentiality, updated_at = @at WHERE id = @id`,
  ).run({ ...row, at });
}

export function deleteEvidence(db: Database, id: string): void {
  stmt(db, 'DELETE FROM evidence WHERE id = ?').run(id);
}

export function evidenceLinks(db: Database, engagementId: string): { evidenceId: string; partId: string }[] {
  return stmt<[string], { evidenceId: string; partId: string }>(
    db,
    `SELECT l.evidence_id AS evidenceId, l.part_id AS partId FROM evidence_links l
     JOIN evidence e ON e.id = l.evidence_id WHERE e.engagement_id = ? ORDER BY l.part_id`,
  ).all(engagementId);
}

export function linksOf(db: Database, evidenceId: string): string[] {
  return stmt<[string], { partId: string }>(
    db,
    'SELECT part_id AS partId FROM evidence_links WHERE evidence_id = ? ORDER BY part_id',
  )
    .all(evidenceId)
    .map((r) => r.partId);
}

export function link(db: Database, evidenceId: string, partId: string): void {
  stmt(db, 'INSERT OR IGNORE INTO evidence_links (evidence_id, part_id) VALUES (?, ?)').run(evidenceId, partId);
}

export function unlink(db: Database, evidenceId: string, partId: string): void {
  stmt(db, 'DELETE FROM evidence_links WHERE evidence_id = ? AND part_id = ?').run(evidenceId, partId);
}

/** Bytes and files the engagement's evidence holds, each distinct file counted once. */
export function evidenceTotals(db: Database, engagementId: string): { bytes: number; files: number } {
  return (stmt<[string], { bytes: number | null; files: number }>(
    db,
    `SELECT sum(size) AS bytes, count(*) AS files FROM (SELECT DISTINCT sha256, size FROM evidence WHERE engagement_id = ?)`,
  ).get(engagementId) ?? { bytes: 0, files: 0 }) as { bytes: number; files: number };
}
