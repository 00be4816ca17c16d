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
    stmt<[string], { n: number }>(db, 'SELECT count(*) AS n FROM assessments WHERE engagement_id = ?').get(engagementId)
      ?.n ?? 0
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
 * comment alone) are left out. Only the three columns scoring uses: a 2,000-respondent round scores in a
 * third of the time it took through `answersOf` (docs/benchmarks.md "Results of a round").
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
 * How many of `ids` are respondents of the round, looked up once each: what an import checks of the
 * respondents it is about to write answers for, instead of a foreign-key check per answer.
 */
export function countRespondentsOfRound(db: Database, assessmentId: string, ids: readonly string[]): number {
  return (
    stmt<[string, string], { n: number }>(
      db,
      // CROSS JOIN keeps this order, one lookup per id: left to itself, the planner scans the round's
      // respondents and reads the whole list for each (4 million steps for 2,000 respondents).
      `SELECT count(DISTINCT r.id) AS n FROM json_each(?) j CROSS JOIN respondents r ON r.id = j.value
       WHERE r.assessment_id = ?`,
    ).get(JSON.stringify(ids), assessmentId)?.n ?? 0
  );
}

/** An imported respondent's cells, in the order of the question ids given with them: 1-5, 'na' or none. */
export type ImportedCells = readonly (number | 'na' | undefined)[];

/**
 * Answers written by an import, a batch of respondents to one statement (docs/benchmarks.md "Survey
 * import"). Binding is most of a large import's write, so each value is bound once: the time and the
 * question ids once per statement, a respondent's id once per respondent, and one number per cell (1-5, 0 for
 * not applicable, NULL for no answer, which is then not written). better-sqlite3 binds numbered parameters
 * (?1, ?2, …) from an object whose keys are their numbers, beside the named @updatedAt.
 *
 * A new respondent's answers cannot exist yet and go in with a plain INSERT. A replaced respondent's
 * (`replacing`) may, and are overwritten in place, their comment cleared; an answer the file repeats
 * unchanged is left as it is, time included, so re-importing an updated export rewrites only what changed.
 * The answers of the questions the file leaves empty are then deleted, from the same parameters.
 */
export function writeImportedAnswers(
  db: Database,
  batch: {
    updatedAt: string;
    questionIds: readonly string[];
    respondents: readonly { id: string; cells: ImportedCells }[];
    replacing: boolean;
  },
): void {
  const q = batch.questionIds.length;
  const params: Record<number | 'updatedAt', string | number | null> = { updatedAt: batch.updatedAt };
  batch.questionIds.forEach((id, i) => (params[1 + i] = id));
  let n = 1 + q;
  let empty = false;
  for (const r of batch.respondents) {
    params[n++] = r.id;
    for (let i = 0; i < q; i++) {
      const cell = r.cells[i];
      empty ||= cell === undefined;
      params[n++] = cell === undefined ? null : cell === 'na' ? 0 : cell;
    }
  }
  const count = batch.respondents.length;
  type Params = [typeof params];
  stmt<Params>(db, importedAnswersSql('write', q, count, batch.replacing)).run(params);
  if (batch.replacing && empty) stmt<Params>(db, importedAnswersSql('clear', q, count, true)).run(params);
}

/** The statements' texts, kept so that a batch neither rebuilds nor rehashes its long SQL. */
const importedAnswersSqls = new Map<string, string>();

function importedAnswersSql(
  kind: 'write' | 'clear',
  questions: number,
  respondents: number,
  replacing: boolean,
): string {
  const key = `${kind}:${questions}:${respondents}:${replacing}`;
  let sql = importedAnswersSqls.get(key);
  if (sql === undefined) {
    sql = buildImportedAnswersSql(kind, questions, respondents, replacing);
    importedAnswersSqls.set(key, sql);
  }
  return sql;
}

function buildImportedAnswersSql(
  kind: 'write' | 'clear',
  questions: number,
  respondents: number,
  replacing: boolean,
): string {
  const rows: string[] = [];
  for (let r = 0; r < respondents; r++) {
    const id = 1 + questions + r * (questions + 1);
    for (let i = 0; i < questions; i++) rows.push(`(?${id}, ?${1 + i}, ?${id + 1 + i})`);
  }
  // The cells come first in the text: SQLite numbers a named parameter after the highest number seen so
  // far, so @updatedAt must follow every ?N or it would share a number with one of them.
  const cells = `WITH cells (respondent_id, question_id, cell) AS (VALUES ${rows.join(', ')})`;
  if (kind === 'clear') {
    return `${cells} DELETE FROM answers WHERE (respondent_id, question_id) IN
      (SELECT respondent_id, question_id FROM cells WHERE cell IS NULL)`;
  }
  // The WHERE also lets the upsert parse: an INSERT … SELECT needs one before ON CONFLICT.
  return `${cells} INSERT INTO answers (respondent_id, question_id, score, not_applicable, updated_at)
    SELECT respondent_id, question_id, nullif(cell, 0), cell = 0, @updatedAt FROM cells
    WHERE cell IS NOT NULL${
      replacing
        ? ` ON CONFLICT (respondent_id, question_id) DO UPDATE SET score = excluded.score,
       not_applicable = excluded.not_applicable, comment = NULL, updated_at = excluded.updated_at
     WHERE answers.score IS NOT excluded.score OR answers.not_applicable <> excluded.not_applicable
       OR answers.comment IS NOT NULL`
        : ''
    }`;
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
