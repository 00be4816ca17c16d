import type { Language, RespondentRole } from '../../shared/domain/identifiers';
import type { NotesText } from '../../shared/reports/schemas';
import type { ServiceContext } from '../api/context';
import { stmt } from '../db/statements';

/** The consultant's text of a round in one language; null when none was saved or it is empty. */
export function notesOf(ctx: ServiceContext, assessmentId: string, language: Language): NotesText | null {
  const row = stmt(
    ctx.db,
    'SELECT key_messages, recommendations FROM round_notes WHERE assessment_id = ? AND language = ?',
  ).get(assessmentId, language) as { key_messages: string; recommendations: string } | undefined;
  if (!row || (row.key_messages.trim() === '' && row.recommendations.trim() === '')) return null;
  return { keyMessages: row.key_messages, recommendations: row.recommendations };
}

/** How many were invited per role, where the consultant entered it. */
export function invitedOf(ctx: ServiceContext, assessmentId: string): Partial<Record<RespondentRole, number>> {
  const rows = stmt(ctx.db, 'SELECT role, invited FROM round_invitations WHERE assessment_id = ?').all(
    assessmentId,
  ) as { role: RespondentRole; invited: number }[];
  return Object.fromEntries(rows.map((r) => [r.role, r.invited]));
}
