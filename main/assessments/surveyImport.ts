import { AppError } from '../../shared/api/result';
import type { ResponsesImportReport } from '../../shared/assessments/schemas';
import type { RespondentRole } from '../../shared/domain/identifiers';
import * as repo from './repository';
import { auditDetails } from '../api/writeScope';
import { parseResponsesCsv, type ResponseRow } from './responsesCsv';
import { checkingItsOwnReferences, type PreparedWrite, preparedWrite } from '../api/preparedWrite';
import { IMPORT_LIMITS } from '../../shared/api/limits';
import { type JobControl, NO_JOB } from '../jobs/control';
import { requireEditable } from './assessments';
import type { ServiceContext } from '../api/context';
import { fileProblem } from '../../shared/files/fileProblem';
import { getFramework } from '../frameworks/frameworks';

/**
 * Imports a Responses CSV into a round, all or nothing, in two steps (a job: docs/architecture.md "Jobs").
 * Checking, outside any transaction: the round and its framework are read, the respondents counted against
 * the cap before the file is parsed, then every row parsed and validated. Writing, in the operation's
 * transaction (a prepared write): the round is checked again (it may have been finalized meanwhile), then
 * respondents whose code already exists in the round are refused unless `replace` is set — then their
 * earlier answers are removed and the file's taken instead — and every respondent goes in with all their
 * answers in one statement.
 */
export function importResponses(
  ctx: ServiceContext,
  input: { assessmentId: string; content: Uint8Array; fileName: string; replace: boolean },
  job: JobControl = NO_JOB,
): PreparedWrite<ResponsesImportReport> {
  const assessment = requireEditable(ctx, input.assessmentId);
  const framework = getFramework(ctx, assessment.frameworkId, assessment.frameworkVersion);
  job.progress('checking', 0, input.content.byteLength);
  const tooMany = lineOfRespondent(input.content, IMPORT_LIMITS.surveyRespondents + 1);
  if (tooMany !== null) {
    throw new AppError(
      'invalid_input',
      `${input.fileName} was not imported: more than ${IMPORT_LIMITS.surveyRespondents.toLocaleString('en')} respondents; nothing was changed.`,
      {
        file: input.fileName,
        problems: [
          fileProblem(tooMany, null, 'too_many_respondents', { limit: IMPORT_LIMITS.surveyRespondents, line: tooMany }),
        ],
      },
    );
  }
  const parsed = parseResponsesCsv(
    input.content,
    framework.questions.map((q) => q.id),
  );
  job.check();
  if (!parsed.ok) {
    const count = parsed.problems.length;
    throw new AppError(
      'invalid_input',
      `${input.fileName} was not imported: ${count} problem${count === 1 ? '' : 's'}; nothing was changed.`,
      {
        file: input.fileName,
        problems: parsed.problems,
      },
    );
  }
  return checkingItsOwnReferences(
    preparedWrite(() => writeResponses(ctx, input, parsed.rows, framework.questions, job)),
  );
}

function writeResponses(
  ctx: ServiceContext,
  input: { assessmentId: string; fileName: string; replace: boolean },
  rows: ResponseRow[],
  questions: readonly { id: string }[],
  job: JobControl,
): ResponsesImportReport {
  requireEditable(ctx, input.assessmentId);
  const existing = new Map(repo.respondentsOf(ctx.db, input.assessmentId).map((r) => [r.code, r]));
  const clashes = rows.filter((r) => existing.has(r.code));
  if (clashes.length > 0 && !input.replace) {
    throw new AppError(
      'conflict',
      `${clashes.length} respondent${clashes.length === 1 ? '' : 's'} in ${input.fileName} already exist in this round (${clashes
        .slice(0, 5)
        .map((r) => r.code)
        .join(', ')}${clashes.length > 5 ? ', …' : ''}). Import with replace to overwrite their answers.`,
      {
        file: input.fileName,
        existing: clashes.map((r) => r.code),
        problems: clashes.map((r) => fileProblem(r.line, 'respondent', 'respondent_exists', { code: r.code })),
      },
    );
  }
  const report = writeRespondents(ctx, input.assessmentId, rows, questions, existing, job);
  auditDetails(ctx.db, { ...report });
  return report;
}

/**
 * The line of the `n`th respondent (the `n`th non-blank line after the header), or null when the file has
 * fewer: counted on the bytes, before the file is decoded or parsed.
 */
function lineOfRespondent(bytes: Uint8Array, n: number): number | null {
  let line = 1;
  let count = 0;
  let blank = true;
  const pos = bytes.indexOf(0x0a);
  if (pos === -1) return null;
  for (let i = pos + 1; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x0a) {
      line++;
      if (!blank && ++count === n) return line;
      blank = true;
    } else if (b !== 0x0d && b !== 0x20) {
      blank = false;
    }
  }
  if (!blank && ++count === n) return line + 1;
  return null;
}

/** Respondents whose answers go in one INSERT statement: the full batches all run one prepared statement. */
const ANSWER_BATCH = 10;
/** Parameters one statement may take: SQLite's limit (32,766) with room to spare. */
const MAX_PARAMETERS = 32_000;
/** New respondents per INSERT statement (3 parameters a row). */
const RESPONDENT_BATCH = 200;

/**
 * How many respondents' answers one statement takes: ANSWER_BATCH, fewer for a framework so large that their
 * parameters (the question ids, and an id and a cell per question for each respondent) would pass SQLite's
 * limit.
 */
export function respondentsPerStatement(questions: number): number {
  return Math.max(1, Math.min(ANSWER_BATCH, Math.floor((MAX_PARAMETERS - questions) / (questions + 1))));
}

/**
 * Writes parsed respondents into a round (inside the caller's transaction), each with its cells in the order
 * of `questions` (an array, not a map by question id: building 2,000 maps cost as much as matching the
 * whole sheet). A respondent whose code exists already is replaced in place — the caller has checked that
 * replacing was asked for: it keeps its id, takes the file's role, loses its name, and its answers are
 * overwritten (comments cleared) or deleted where the file has no answer. Rewriting rows in place leaves the
 * round's index alone; deleting and re-inserting 2,000 respondents cost more than writing them
 * (docs/benchmarks.md "Survey import"). New respondents go in first, RESPONDENT_BATCH to a statement, then
 * they and the replaced ones are checked once as respondents of the round (the write runs without per-answer
 * foreign-key checks: checkingItsOwnReferences), then the answers of ANSWER_BATCH respondents go in to a
 * statement, each value bound once (repo.writeImportedAnswers).
 */
export function writeRespondents(
  ctx: ServiceContext,
  assessmentId: string,
  rows: readonly { code: string; role: RespondentRole; cells: repo.ImportedCells }[],
  questions: readonly { id: string }[],
  existing: ReadonlyMap<string, { id: string }>,
  job: JobControl = NO_JOB,
): ResponsesImportReport {
  const at = ctx.now().toISOString();
  const report: ResponsesImportReport = { added: 0, replaced: 0, answers: 0, notApplicable: 0, skipped: 0 };
  // One import's new respondents share a fresh id with a fixed-width counter after it, so their ids sort
  // together: the answers' primary key then grows in one place of the tree, on fewer and fuller pages,
  // instead of at 2,000 random places (measured in docs/benchmarks.md). Unique: the shared part is new.
  const batch = ctx.newId('rs');
  const ids = rows.map((row, i) => existing.get(row.code)?.id ?? `${batch}${i.toString(32).padStart(4, '0')}`);

  let fresh: unknown[] = [];
  const addFresh = () => {
    if (fresh.length > 0) repo.insertImportedRespondents(ctx.db, fresh, { assessmentId, createdAt: at });
    fresh = [];
  };
  rows.forEach((row, i) => {
    if (existing.has(row.code)) {
      repo.replaceImportedRespondent(ctx.db, ids[i]!, row.role);
      report.replaced++;
    } else {
      fresh.push(ids[i], row.code, row.role);
      report.added++;
      if (fresh.length === RESPONDENT_BATCH * 3) addFresh();
    }
  });
  addFresh();
  // The write runs without SQLite's per-answer foreign-key checks (checkingItsOwnReferences): every answer
  // below refers to one of these respondents, so they are checked here, once each, and more strictly than
  // a foreign key would — each must be a respondent of this round.
  if (repo.countRespondentsOfRound(ctx.db, assessmentId, ids) !== new Set(ids).size) {
    throw new Error(`An import into round ${assessmentId} would write answers of respondents not in that round.`);
  }

  // New respondents' answers and replaced respondents' answers go in separate batches: only the latter
  // need the conflict clause (repo.writeImportedAnswers).
  const questionIds = questions.map((q) => q.id);
  const perStatement = respondentsPerStatement(questionIds.length);
  const batches = {
    fresh: [] as { id: string; cells: repo.ImportedCells }[],
    replaced: [] as { id: string; cells: repo.ImportedCells }[],
  };
  const flush = (kind: keyof typeof batches) => {
    if (batches[kind].length === 0) return;
    repo.writeImportedAnswers(ctx.db, {
      updatedAt: at,
      questionIds,
      respondents: batches[kind],
      replacing: kind === 'replaced',
    });
    batches[kind] = [];
  };
  rows.forEach((row, i) => {
    if (i % 256 === 0) {
      job.check();
      job.progress('writing', i, rows.length);
    }
    const respondentId = ids[i]!;
    const kind = existing.has(row.code) ? 'replaced' : 'fresh';
    const cells = row.cells;
    for (let q = 0; q < questionIds.length; q++) {
      const cell = cells[q];
      if (cell === undefined) report.skipped++;
      else if (cell === 'na') report.notApplicable++;
      else report.answers++;
    }
    batches[kind].push({ id: respondentId, cells });
    if (batches[kind].length === perStatement) flush(kind);
  });
  flush('fresh');
  flush('replaced');
  return report;
}

/** The header a client's survey tool must produce, for this round's exact framework. */
export function responsesTemplate(
  ctx: ServiceContext,
  assessmentId: string,
  delimiter: ',' | ';',
): { fileName: string; csv: string } {
  const assessment = repo.findAssessment(ctx.db, assessmentId);
  if (!assessment)
    throw new AppError('not_found', `No assessment with id ${assessmentId}.`, {
      entity: 'assessment',
      id: assessmentId,
    });
  const framework = getFramework(ctx, assessment.frameworkId, assessment.frameworkVersion);
  const header = ['respondent', 'role', ...framework.questions.map((q) => q.id)].join(delimiter);
  // Excel opens a semicolon file with a BOM as UTF-8 straight away (Dutch regional settings).
  const bom = delimiter === ';' ? '\uFEFF' : '';
  return { fileName: `responses-template-${framework.id}-${framework.version}.csv`, csv: `${bom}${header}\r\n` };
}
