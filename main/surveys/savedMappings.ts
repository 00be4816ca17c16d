import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import { type SavedMapping, SurveyMapping } from '../../shared/surveys/mapping';
import type { ServiceContext } from '../api/context';
import { auditDetails, auditSubject } from '../api/writeScope';
import { requireAssessment } from '../assessments/assessments';
import { stmt } from '../db/statements';

/**
 * Survey mappings saved by name per framework version (migration 009): the mapping screen saves what the
 * consultant fixed, and the next round of the same form is offered it. The audit entry gets the name's
 * length and the counts of what is mapped, never the headers or words themselves.
 */

interface Row {
  id: string;
  name: string;
  framework_id: string;
  framework_version: string;
  mapping: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, name, framework_id, framework_version, mapping, created_at, updated_at';

function toSaved(row: Row): SavedMapping {
  return {
    id: row.id,
    name: row.name,
    frameworkId: row.framework_id,
    frameworkVersion: row.framework_version,
    // Written by this module from the same schema; parsing again keeps a hand-edited database from leaking in.
    mapping: SurveyMapping.parse(JSON.parse(row.mapping)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listMappings(ctx: ServiceContext, assessmentId: string): SavedMapping[] {
  const assessment = requireAssessment(ctx, assessmentId);
  return stmt<[string, string], Row>(
    ctx.db,
    `SELECT ${COLUMNS} FROM survey_mappings WHERE framework_id = ? AND framework_version = ?
     ORDER BY updated_at DESC, name COLLATE NOCASE`,
  )
    .all(assessment.frameworkId, assessment.frameworkVersion)
    .map(toSaved);
}

export function saveMapping(
  ctx: ServiceContext,
  input: { assessmentId: string; name: string; mapping: z.output<typeof SurveyMapping> },
): SavedMapping {
  const assessment = requireAssessment(ctx, input.assessmentId);
  const at = ctx.now().toISOString();
  const existing = stmt<[string, string, string], Row>(
    ctx.db,
    `SELECT ${COLUMNS} FROM survey_mappings
     WHERE framework_id = ? AND framework_version = ? AND name = ? COLLATE NOCASE`,
  ).get(assessment.frameworkId, assessment.frameworkVersion, input.name);
  const id = existing?.id ?? ctx.newId('sm');
  const json = JSON.stringify(input.mapping);
  if (existing) {
    stmt(ctx.db, 'UPDATE survey_mappings SET name = ?, mapping = ?, updated_at = ? WHERE id = ?').run(
      input.name,
      json,
      at,
      id,
    );
  } else {
    stmt(
      ctx.db,
      `INSERT INTO survey_mappings (id, framework_id, framework_version, name, mapping, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, assessment.frameworkId, assessment.frameworkVersion, input.name, json, at, at);
  }
  auditSubject(ctx.db, id);
  auditDetails(ctx.db, {
    replaced: existing !== undefined,
    frameworkId: assessment.frameworkId,
    frameworkVersion: assessment.frameworkVersion,
    columns: Object.keys(input.mapping.columns).length,
    values: Object.keys(input.mapping.values).length,
    roles: Object.keys(input.mapping.roles).length,
  });
  return toSaved(stmt<[string], Row>(ctx.db, `SELECT ${COLUMNS} FROM survey_mappings WHERE id = ?`).get(id) as Row);
}

export function deleteMapping(ctx: ServiceContext, id: string): { id: string } {
  const removed = stmt(ctx.db, 'DELETE FROM survey_mappings WHERE id = ?').run(id);
  if (removed.changes === 0) {
    throw new AppError('not_found', `No saved survey mapping with id ${id}.`, { entity: 'surveyMapping', id });
  }
  auditSubject(ctx.db, id);
  return { id };
}
