import type { Database } from 'better-sqlite3';
import type { Answer, Assessment, AssessmentSummary, Respondent } from '../../shared/assessments/schemas';
import type { ScoringAnswer } from '../../shared/results/results';
import { stmt } from '../db/statements';

const COLUMNS = `a.id, a.engagement_id AS engagementId, a.framework_id AS frameworkId,
  a.framework_version AS frameworkVersion, a.round, a.mode, a.status, a.held_on AS heldOn,
  a.created_at AS createdAt, a.updated_at AS updatedAt, a.finalized_at AS finalizedAt`;

export function findAssessment(db: Database, id: string): Assessment | undefined {
  return stmt<[string], Assessment>(db, `SELECT ${COLUMNS} FROM assessments a WHERE a.id = ?`).get(id);
}

const ROUND_ORDER = 'ORDER BY coalesce(a.held_on, a.created_at), a.created_at, a.id';

/**
 * Rounds of an engagement, oldest first, with how far each has been answered: for the rounds list. Counting
 * reads every answer of the engagement, so whatever needs only the rounds takes `roundsOfEngagement`.
 */
export function assessmentsOfEngagement(
  db: Database,
  engagementId: string,
): Omit<AssessmentSummary, 'questionCount'>[] {
  return stmt<[string], Omit<AssessmentSummary, 'questionCount'>>(
    db,
    `SELECT ${COLUMNS},
       (SELECT count(*) FROM respondents r WHERE r.assessment_id = a.id) AS respondentCount,
       (SELECT count(*) FROM respondents r JOIN answers x ON x.respondent_id = r.id
        WHERE r.assessment_id = a.id AND (x.score IS NOT NULL OR x.not_applicable = 1)) AS answeredCount
     FROM assessments a WHERE a.engagement_id = ? ${ROUND_ORDER}`,
  ).all(engagementId);
}

/** Rounds of an engagement, oldest first, in the same order as `assessmentsOfEngagement`. */
export function roundsOfEngagement(db: Database, engagementId: string): Assessment[] {
  return stmt<[string], Assessment>(
    db,
    `SELECT ${COLUMNS} FROM assessments a WHERE a.engagement_id = ? ${ROUND_ORDER}`,
  ).all(engagementId);
}

/** How many rounds an engagement has. */
export function roundCount(db: Database, engagementId: string): number {
  return (
    stmt<[string], { n: number }>(db, 'SELECT count(*) AS n FROM assessments WHERE engagement_id = ?').get(
      engagementId,
    )?.n ?? 0
  );
}

export function insertAssessment(db: Database, a: Assessment): void {
  stmt(
    db,
    `INSERT INTO assessments (id, engagement_id, framework_id, framework_version, round, mode, status, held_on,
       created_at, updated_at, finalized_at)
     VALUES (@id, @engagementId, @frameworkId, @frameworkVersion, @round, @mode, @status, @heldOn, @createdAt,
       @updatedAt, @finalizedAt)`,
  ).run(a);
}

export function updateAssessmentFields(
  db: Database,
  a: Pick<Assessment, 'id' | 'round' | 'heldOn' | 'updatedAt'>,
): void {
  stmt(db, 'UPDATE assessments SET round = @round, held_on = @heldOn, updated_at = @updatedAt WHERE id = @id').run(a);
}

export function setAssessmentStatus(
  db: Database,
  a: Pick<Assessment, 'id' | 'status' | 'updatedAt' | 'finalizedAt'>,
): void {
  stmt(
    db,
    'UPDATE assessments SET status = @status, updated_at = @updatedAt, finalized_at = @finalizedAt WHERE id = @id',
  ).run(a);
}

export function deleteAssessment(db: Database, id: string): boolean {
  return stmt(db, 'DELETE FROM assessments WHERE id = ?').run(id).changes === 1;
}

export function respondentsOf(db: Database, assessmentId: string): Respondent[] {
  return stmt<[string], Respondent>(
    db,
    `SELECT id, assessment_id AS assessmentId, code, role, name FROM respondents WHERE assessment_id = ?
     ORDER BY created_at, code`,
  ).all(assessmentId);
}

export function findRespondent(db: Database, id: string): Respondent | undefined {
  return stmt<[string], Respondent>(
    db,
    'SELECT id, assessment_id AS assessmentId, code, role, name FROM respondents WHERE id = ?',
  ).get(id);
}

export function insertRespondent(db: Database, r: Respondent & { createdAt: string }): void {
  stmt(
    db,
    'INSERT INTO respondents (id, assessment_id, code, role, name, created_at) VALUES (@id, @assessmentId, @code, @role, @name, @createdAt)',
  ).run(r);
}

/**
 * Respondents an import adds, three values each (id, code, role) in one statement, with the round and the
 * time bound once: an import adds thousands at once.
 */
export function insertImportedRespondents(
  db: Database,
  values: readonly unknown[],
  shared: { assessmentId: string; createdAt: string },
): void {
  stmt<[readonly unknown[], { assessmentId: string; createdAt: string }]>(
    db,
    `INSERT INTO respondents (id, assessment_id, code, role, name, created_at) VALUES ${Array(values.length / 3)
      .fill('(?, @assessmentId, ?, ?, NULL, @createdAt)')
      .join(', ')}`,
  ).run(values, shared);
}

export function updateRespondent(db: Database, r: Pick<Respondent, 'id' | 'code' | 'role' | 'name'>): void {
  stmt(db, 'UPDATE respondents SET code = @code, role = @role, name = @name WHERE id = @id').run(r);
}

export function deleteRespondent(db: Database, id: string): boolean {
  return stmt(db, 'DELETE FROM respondents WHERE id = ?').run(id).changes === 1;
}

export function answersOf(db: Database, assessmentId: string): Answer[] {
  return stmt<[string], Omit<Answer, 'notApplicable'> & { notApplicable: number }>(
    db,
    `SELECT x.respondent_id AS respondentId, x.question_id AS questionId, x.score, x.not_applicable AS notApplicable,
       x.comment, x.updated_at AS updatedAt
     FROM respondents r JOIN answers x ON x.respondent_id = r.id WHERE r.assessment_id = ?`,
  )
    .all(assessmentId)
    .map((a) => ({ ...a, notApplicable: a.notApplicable === 1 }));
}

/**
 * What scoring reads of a round's answers: a score, or null for not applicable; answers with neither (a
 * comment alone) are left out. Only the three columns scoring uses, so a large survey round is read in
 * about half the time of `answersOf`.
 */
export function scoringAnswersOf(db: Database, assessmentId: string): ScoringAnswer[] {
  return stmt<[string], ScoringAnswer>(
    db,
    `SELECT x.respondent_id AS respondentId, x.question_id AS questionId, x.score
     FROM respondents r JOIN answers x ON x.respondent_id = r.id
     WHERE r.assessment_id = ? AND (x.score IS NOT NULL OR x.not_applicable = 1)`,
  ).all(assessmentId);
}

/** The ids of a round's respondents with at least one answer row. */
export function answeringRespondentIds(db: Database, assessmentId: string): Set<string> {
  const rows = stmt<[string], { id: string }>(
    db,
    `SELECT r.id FROM respondents r
     WHERE r.assessment_id = ? AND EXISTS (SELECT 1 FROM answers x WHERE x.respondent_id = r.id)`,
  ).all(assessmentId);
  return new Set(rows.map((r) => r.id));
}

const UPSERT_ANSWER = `INSERT INTO answers (respondent_id, question_id, score, not_applicable, comment, updated_at)
  VALUES (@respondentId, @questionId, @score, @notApplicable, @comment, @updatedAt)
  ON CONFLICT (respondent_id, question_id) DO UPDATE SET score = excluded.score,
    not_applicable = excluded.not_applicable, comment = excluded.comment, updated_at = excluded.updated_at`;

/** The upsert the workshop screen runs per keystroke; exported so the benchmark measures the same SQL. */
export const UPSERT_ANSWER_SQL = UPSERT_ANSWER;

/**
 * A respondent an import replaces takes the file's role and loses its name; its code stays, so the round's
 * index of codes is not rewritten, and a row that already matches is not written at all.
 */
export function replaceImportedRespondent(db: Database, id: string, role: string): void {
  stmt(db, 'UPDATE respondents SET role = ?, name = NULL WHERE id = ? AND (role <> ? OR name IS NOT NULL)').run(
    role,
    id,
    role,
  );
}

/**
 * Answers written by an import, four values per answer (respondent, question, score, not applicable) in one
 * statement, with the time bound once for the whole batch: an import writes hundreds of thousands of them.
 * A new respondent's answers cannot exist yet and go in with a plain INSERT; a replaced respondent's
 * (`replacing`) may, and are overwritten in place, their comment cleared. The conflict clause costs about a
 * tenth of the write, so only replacements pay for it (docs/benchmarks.md "Survey import").
 */
export function writeImportedAnswers(
  db: Database,
  values: readonly unknown[],
  shared: { updatedAt: string },
  replacing: boolean,
): void {
  const rows = values.length / 4;
  stmt<[readonly unknown[], { updatedAt: string }]>(
    db,
    `INSERT INTO answers (respondent_id, question_id, score, not_applicable, updated_at) VALUES ${Array(rows)
      .fill('(?, ?, ?, ?, @updatedAt)')
      .join(', ')}${
      replacing
        ? ` ON CONFLICT (respondent_id, question_id) DO UPDATE SET score = excluded.score,
       not_applicable = excluded.not_applicable, comment = NULL, updated_at = excluded.updated_at`
        : ''
    }`,
  ).run(values, shared);
}

export function deleteAnswer(db: Database, respondentId: string, questionId: string): void {
  stmt(db, 'DELETE FROM answers WHERE respondent_id = ? AND question_id = ?').run(respondentId, questionId);
}

export function findAnswerComment(db: Database, respondentId: string, questionId: string): string | null {
  const row = stmt<[string, string], { comment: string | null }>(
    db,
    'SELECT comment FROM answers WHERE respondent_id = ? AND question_id = ?',
  ).get(respondentId, questionId);
  return row?.comment ?? null;
}

export function shiftsOf(
  db: Database,
  assessmentId: string,
): { id: string; now: number | null; desired: number | null }[] {
  return stmt<[string], { id: string; now: number | null; desired: number | null }>(
    db,
    'SELECT shift_id AS id, now, desired FROM shift_positions WHERE assessment_id = ? ORDER BY shift_id',
  ).all(assessmentId);
}

export function upsertShift(
  db: Database,
  assessmentId: string,
  id: string,
  now: number | null,
  desired: number | null,
): void {
  stmt(
    db,
    `INSERT INTO shift_positions (assessment_id, shift_id, now, desired) VALUES (?, ?, ?, ?)
     ON CONFLICT (assessment_id, shift_id) DO UPDATE SET now = excluded.now, desired = excluded.desired`,
  ).run(assessmentId, id, now, desired);
}
