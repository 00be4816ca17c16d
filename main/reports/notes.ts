import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import { type Language, RESPONDENT_ROLES, type RespondentRole } from '../../shared/domain/identifiers';
import { suggestNotes } from '../../shared/reports/management';
import { ReportRequest, type RoundNotes, type RoundNotesInput } from '../../shared/reports/schemas';
import { auditDetails, auditSubject } from '../api/writeScope';
import type { ServiceContext } from '../api/context';
import { requireAssessment } from '../assessments/assessments';
import * as repo from '../assessments/repository';
import { stmt } from '../db/statements';
import { invitedOf } from './notesRepository';
import { prepareReport } from './reports';

interface NotesRow {
  language: Language;
  key_messages: string;
  recommendations: string;
  updated_at: string;
}

/** Respondents imported or entered per role, whether or not they answered: the least an invited count may be. */
function respondentsOf(ctx: ServiceContext, assessmentId: string): Partial<Record<RespondentRole, number>> {
  const counts: Partial<Record<RespondentRole, number>> = {};
  for (const r of repo.respondentsOf(ctx.db, assessmentId)) counts[r.role] = (counts[r.role] ?? 0) + 1;
  return counts;
}

export function getRoundNotes(ctx: ServiceContext, assessmentId: string): RoundNotes {
  const assessment = requireAssessment(ctx, assessmentId);
  const rows = stmt(
    ctx.db,
    'SELECT language, key_messages, recommendations, updated_at FROM round_notes WHERE assessment_id = ?',
  ).all(assessment.id) as NotesRow[];
  const saved = (language: Language) => {
    const row = rows.find((r) => r.language === language);
    return row
      ? { keyMessages: row.key_messages, recommendations: row.recommendations, updatedAt: row.updated_at }
      : null;
  };
  // The same numbers the report's summary is written from, with the report's default benchmark group.
  const suggest = (language: Language) =>
    suggestNotes(prepareReport(ctx, ReportRequest.parse({ assessmentId: assessment.id, language })).input);
  return {
    assessmentId: assessment.id,
    notes: { nl: saved('nl'), en: saved('en') },
    suggestions: { nl: suggest('nl'), en: suggest('en') },
    invited: invitedOf(ctx, assessment.id),
    respondents: respondentsOf(ctx, assessment.id),
  };
}

/**
 * Saves the key messages and recommendations in one language and the invited counts. An invited count below
 * the respondents of its role is refused on its field before anything is written.
 */
export function saveRoundNotes(ctx: ServiceContext, input: z.output<typeof RoundNotesInput>): { updatedAt: string } {
  const assessment = requireAssessment(ctx, input.assessmentId);
  const respondents = respondentsOf(ctx, assessment.id);
  const fields = RESPONDENT_ROLES.flatMap((role) => {
    const invited = input.invited[role];
    const imported = respondents[role] ?? 0;
    return invited !== null && invited !== undefined && invited < imported
      ? [{ path: `invited.${role}`, code: 'below_respondents', message: `fewer than the ${imported} respondents` }]
      : [];
  });
  if (fields.length > 0) {
    throw new AppError('invalid_input', 'An invited count is below the respondents of its role.', { fields });
  }
  const updatedAt = ctx.now().toISOString();
  stmt(
    ctx.db,
    `INSERT INTO round_notes (assessment_id, language, key_messages, recommendations, updated_at)
     VALUES (@assessmentId, @language, @keyMessages, @recommendations, @updatedAt)
     ON CONFLICT (assessment_id, language) DO UPDATE SET key_messages = excluded.key_messages,
       recommendations = excluded.recommendations, updated_at = excluded.updated_at`,
  ).run({
    assessmentId: assessment.id,
    language: input.language,
    keyMessages: input.keyMessages.trim(),
    recommendations: input.recommendations.trim(),
    updatedAt,
  });
  stmt(ctx.db, 'DELETE FROM round_invitations WHERE assessment_id = ?').run(assessment.id);
  const insert = stmt(ctx.db, 'INSERT INTO round_invitations (assessment_id, role, invited) VALUES (?, ?, ?)');
  for (const role of RESPONDENT_ROLES) {
    const invited = input.invited[role];
    if (invited !== null && invited !== undefined) insert.run(assessment.id, role, invited);
  }
  auditSubject(ctx.db, assessment.id);
  // Lengths and roles only: the text itself may name people.
  auditDetails(ctx.db, {
    language: input.language,
    keyMessagesChars: input.keyMessages.length,
    recommendationsChars: input.recommendations.length,
    invitedRoles: RESPONDENT_ROLES.filter((r) => input.invited[r] != null),
  });
  return { updatedAt };
}
