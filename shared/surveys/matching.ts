import { RespondentCode } from '../assessments/schemas';
import { RESPONDENT_ROLES, type Language, type RespondentRole } from '../domain/identifiers';
import type { FrameworkFile } from '../frameworks/schema';
import { en, nl, translator } from '../i18n';
import type { SurveyMapping } from './mapping';
import { idTags, normalizeText } from './normalize';
import { cellText, detectShape, type SurveyTable, type SurveyTool } from './shapes';

/**
 * From a survey tool's sheet to respondents with scores: each column to a question, the role or the
 * respondent id (or ignored), each answer to 1–5 or not applicable, each role text to a role — by the
 * framework's texts in either language, then by the consultant's mapping (shared/surveys/mapping.ts), which
 * wins. Nothing is guessed: what matches nothing is a problem naming the line, the column and the value, and
 * every problem is listed, so the file or the mapping is fixed in one pass (docs/file-formats.md).
 */

export type SurveyCell = number | 'na';

export interface SurveyProblem {
  line: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

export type ColumnTarget =
  | { kind: 'question'; question: string }
  | { kind: 'role' }
  | { kind: 'respondent' }
  | { kind: 'ignore'; why: 'metadata' | 'mapping' | 'empty' }
  | { kind: 'unmatched' };

export interface ColumnRecognition {
  index: number;
  header: string;
  target: ColumnTarget;
}

export interface MatchedRespondent {
  line: number;
  code: string;
  role: RespondentRole;
  /** The answer to each of the framework's questions, in the framework's order; undefined where none. */
  cells: (SurveyCell | undefined)[];
}

export interface SurveyMatch {
  tool: SurveyTool;
  headerRows: number;
  columns: ColumnRecognition[];
  respondents: MatchedRespondent[];
  /** Rows the tool marks as not a response (a preview, an unfinished response). */
  skippedRows: number;
  /** Answer and role texts that matched nothing, each once (for the mapping screen). */
  unmatchedValues: string[];
  unmatchedRoles: string[];
  problems: SurveyProblem[];
}

const MAX_PROBLEMS = 200;
/** An answer cell that holds nothing, and one whose text matches no answer (matchSurvey's cache). */
const EMPTY = Symbol('empty');
const UNMATCHED = Symbol('unmatched');
const CODE_OK = (code: string) => RespondentCode.safeParse(code).success;

/** Role texts in either language: the ids, the role names and the survey kit's role options. */
export function roleDictionary(): Map<string, RespondentRole> {
  const words = new Map<string, RespondentRole>();
  for (const role of RESPONDENT_ROLES) {
    for (const text of [
      role,
      en.roles[role],
      nl.roles[role],
      en.survey.kit.roleOptions[role],
      nl.survey.kit.roleOptions[role],
    ]) {
      words.set(normalizeText(text), role);
    }
  }
  return words;
}

const NOT_APPLICABLE = ['n/a', 'na', 'n.v.t', 'nvt', 'not applicable', 'niet van toepassing'];

/** Answer texts in either language: the scale's labels, `label (n)` and the not-applicable label. */
export function answerDictionary(framework: FrameworkFile): Map<string, SurveyCell> {
  const words = new Map<string, SurveyCell>();
  for (const text of [...NOT_APPLICABLE, framework.notApplicable.nl, framework.notApplicable.en]) {
    words.set(normalizeText(text), 'na');
  }
  for (const level of framework.scale) {
    for (const label of [level.label.nl, level.label.en]) {
      words.set(normalizeText(label), level.score);
      words.set(normalizeText(`${label} (${level.score})`), level.score);
      words.set(normalizeText(`${level.score} - ${label}`), level.score);
      words.set(normalizeText(`${level.score}. ${label}`), level.score);
    }
    words.set(String(level.score), level.score);
  }
  return words;
}

function questionDictionary(framework: FrameworkFile): Map<string, string> {
  const texts = new Map<string, string>();
  for (const q of framework.questions) {
    texts.set(normalizeText(q.id), q.id);
    texts.set(normalizeText(q.text.en), q.id);
    texts.set(normalizeText(q.text.nl), q.id);
  }
  return texts;
}

const ROLE_HEADERS = new Set(
  ['role', 'rol', 'functie', en.survey.kit.roleQuestion, nl.survey.kit.roleQuestion].map(normalizeText),
);
const RESPONDENT_HEADERS = new Set(['respondent', 'respondent id', 'respondentnummer'].map(normalizeText));

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function matchSurvey(
  table: SurveyTable,
  framework: FrameworkFile,
  mapping: SurveyMapping,
  language: Language,
): SurveyMatch {
  const t = translator(language);
  const problems: SurveyProblem[] = [];
  const problem = (line: number | null, column: string | null, value: string | null, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, column, value, message });
  };
  const shape = detectShape(table);
  const result: SurveyMatch = {
    tool: shape.tool,
    headerRows: shape.headerRows,
    columns: [],
    respondents: [],
    skippedRows: 0,
    unmatchedValues: [],
    unmatchedRoles: [],
    problems,
  };
  if (table.rows.length === 0) {
    problem(1, null, null, t('survey.import.empty'));
    return result;
  }

  const questionIds = new Set(framework.questions.map((q) => q.id));
  const questions = questionDictionary(framework);
  const mappedColumns = new Map(Object.entries(mapping.columns).map(([k, v]) => [normalizeText(k), v]));
  const mappedValues = new Map<string, SurveyCell>(
    Object.entries(mapping.values).map(([k, v]) => [normalizeText(k), v === 'n/a' ? 'na' : v]),
  );
  const mappedRoles = new Map(Object.entries(mapping.roles).map(([k, v]) => [normalizeText(k), v]));
  const answers = answerDictionary(framework);
  const roles = roleDictionary();

  const headerLine = table.lines[0] ?? 1;
  const body = table.rows.slice(shape.headerRows);
  const bodyLines = table.lines.slice(shape.headerRows);
  const width = Math.max(shape.headers.length, ...(table.text ? [] : body.map((r) => r.length)));

  // Columns first: what each one holds.
  const taken = new Map<string, string>();
  let roleColumn = -1;
  let idColumn = -1;
  for (let i = 0; i < width; i++) {
    const header = shape.headers[i] ?? { display: '', candidates: [] };
    const display = header.display || columnLetter(i);
    const keys = [header.display, ...header.candidates].map(normalizeText).filter((k) => k !== '');
    // A column without a header is named by its letter, on the mapping screen and in a mapping file alike.
    const mappingKeys = keys.length > 0 ? keys : [normalizeText(display)];
    const mapped = mappingKeys.map((k) => mappedColumns.get(k)).find((v) => v !== undefined);
    let target: ColumnTarget;
    if (mapped === 'ignore') target = { kind: 'ignore', why: 'mapping' };
    else if (mapped === 'role') target = { kind: 'role' };
    else if (mapped === 'respondent') target = { kind: 'respondent' };
    else if (mapped !== undefined) {
      if (questionIds.has(mapped)) target = { kind: 'question', question: mapped };
      else {
        problem(headerLine, display, mapped, t('survey.import.unmappedQuestion', { value: mapped }));
        target = { kind: 'unmatched' };
      }
    } else if (i === shape.idColumn) target = { kind: 'respondent' };
    else if (shape.metadata.has(i)) target = { kind: 'ignore', why: 'metadata' };
    else {
      const tagged = header.candidates.flatMap(idTags).find((id) => questionIds.has(id));
      const byText = keys.map((k) => questions.get(k)).find((q) => q !== undefined);
      const question = tagged ?? byText;
      if (question) target = { kind: 'question', question };
      else if (keys.some((k) => ROLE_HEADERS.has(k))) target = { kind: 'role' };
      else if (keys.some((k) => RESPONDENT_HEADERS.has(k))) target = { kind: 'respondent' };
      else if (keys.length === 0 && body.every((r) => cellText(r[i]) === '')) target = { kind: 'ignore', why: 'empty' };
      else target = { kind: 'unmatched' };
    }
    if (target.kind === 'unmatched' && mapped === undefined) {
      problem(headerLine, display, display, t('survey.import.unmatchedColumn'));
    }
    if (target.kind === 'question') {
      const other = taken.get(target.question);
      if (other !== undefined) {
        problem(
          headerLine,
          display,
          display,
          t('survey.import.duplicateQuestion', { question: target.question, other }),
        );
      } else taken.set(target.question, display);
    } else if (target.kind === 'role') {
      if (roleColumn >= 0) {
        problem(
          headerLine,
          display,
          display,
          t('survey.import.duplicateRole', { other: result.columns[roleColumn]?.header }),
        );
      } else roleColumn = i;
    } else if (target.kind === 'respondent') {
      if (idColumn >= 0) {
        problem(
          headerLine,
          display,
          display,
          t('survey.import.duplicateRespondent', { other: result.columns[idColumn]?.header }),
        );
      } else idColumn = i;
    }
    result.columns.push({ index: i, header: display, target });
  }
  if (roleColumn < 0) problem(headerLine, null, null, t('survey.import.noRole'));

  // Then the rows: one respondent each, every cell checked.
  const firstLineOf = new Map<string, number>();
  const unmatchedValues = new Set<string>();
  const unmatchedRoles = new Set<string>();
  // What each answer text read as, by the raw text: a survey repeats a handful of answer texts thousands of
  // times, so each is trimmed and normalised once.
  const seen = new Map<string, SurveyCell | typeof EMPTY | typeof UNMATCHED>();
  const position = new Map(framework.questions.map((q, i) => [q.id, i]));
  const questionColumns = result.columns.flatMap((c) =>
    c.target.kind === 'question'
      ? [{ index: c.index, header: c.header, position: position.get(c.target.question) as number }]
      : [],
  );
  const questionCount = framework.questions.length;
  // Role texts repeat as much: each distinct one is normalised once.
  const roleOf = new Map<string, RespondentRole | undefined>();
  const roleList = RESPONDENT_ROLES.map((r) => t(`roles.${r}`)).join(', ');
  const headerWidth = shape.headers.length;
  body.forEach((row, r) => {
    const line = bodyLines[r] ?? 0;
    if (row.every((c) => cellText(c) === '')) return;
    if (shape.skip(row)) {
      result.skippedRows++;
      return;
    }
    if (table.text && row.length !== headerWidth) {
      problem(line, null, null, t('survey.import.tooFewFields', { expected: headerWidth, found: row.length }));
      return;
    }
    let ok = true;
    const columnName = (i: number) => result.columns[i]?.header ?? columnLetter(i);

    let code = String(line);
    if (idColumn >= 0) {
      const raw = row[idColumn];
      code = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : cellText(raw);
      if (code === '') {
        problem(line, columnName(idColumn), '', t('survey.import.missingCode'));
        ok = false;
      } else if (!CODE_OK(code)) {
        problem(line, columnName(idColumn), code, t('survey.import.badCode', { value: code }));
        ok = false;
      }
    }
    if (ok) {
      const earlier = firstLineOf.get(code);
      if (earlier !== undefined) {
        problem(
          line,
          idColumn >= 0 ? columnName(idColumn) : null,
          code,
          t('survey.import.duplicateCode', { value: code, line: earlier }),
        );
        ok = false;
      } else firstLineOf.set(code, line);
    }

    let role: RespondentRole | undefined;
    if (roleColumn >= 0) {
      const text = cellText(row[roleColumn]);
      if (roleOf.has(text)) role = roleOf.get(text);
      else {
        const key = normalizeText(text);
        role = mappedRoles.get(key) ?? roles.get(key);
        roleOf.set(text, role);
      }
      if (text === '') {
        problem(line, columnName(roleColumn), '', t('survey.import.missingRole'));
        ok = false;
      } else if (!role) {
        unmatchedRoles.add(text);
        problem(line, columnName(roleColumn), text, t('survey.import.unknownRole', { value: text, roles: roleList }));
        ok = false;
      }
    } else ok = false;

    const cells: (SurveyCell | undefined)[] = new Array(questionCount).fill(undefined);
    for (const column of questionColumns) {
      const raw = row[column.index];
      let cell: SurveyCell | typeof EMPTY | typeof UNMATCHED | undefined;
      if (typeof raw === 'string') {
        cell = seen.get(raw);
        if (cell === undefined) {
          const text = raw.trim();
          const key = normalizeText(text);
          cell = text === '' ? EMPTY : (mappedValues.get(key) ?? answers.get(key) ?? UNMATCHED);
          seen.set(raw, cell);
        }
      } else {
        const text = cellText(raw);
        if (text === '') cell = EMPTY;
        else {
          cell = mappedValues.get(text);
          if (cell === undefined && typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= 5)
            cell = raw;
          cell ??= UNMATCHED;
        }
      }
      if (cell === EMPTY) continue;
      if (cell === UNMATCHED) {
        const text = cellText(raw);
        unmatchedValues.add(text);
        problem(line, column.header, text, t('survey.import.unknownAnswer', { value: text }));
        ok = false;
      } else cells[column.position] = cell;
    }
    if (ok && role) result.respondents.push({ line, code, role, cells });
  });
  if (result.respondents.length === 0 && problems.length === 0) {
    problem(
      table.lines[shape.headerRows] ?? headerLine + shape.headerRows,
      null,
      null,
      t('survey.import.noRespondents'),
    );
  }
  result.unmatchedValues = [...unmatchedValues];
  result.unmatchedRoles = [...unmatchedRoles];
  return result;
}
