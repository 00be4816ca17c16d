import { parse } from 'csv-parse/sync';
import { RESPONDENT_ROLES, type RespondentRole } from '../../shared/domain/identifiers';
import { RespondentCode } from '../../shared/assessments/schemas';
import {
  type FileProblem,
  type FileProblemCode,
  type FileProblemParams,
  fileProblem,
} from '../../shared/files/fileProblem';
import { cutShortLine } from '../../shared/domain/text';

/**
 * The Responses CSV (docs/file-formats.md "Responses CSV"): header `respondent,role,<question ids…>`, one
 * row per respondent, `,` or `;` delimited, UTF-8 with or without BOM. A cell is 1–5, `n/a`, or empty (skipped).
 * Parsing never stops at the first problem: every problem is listed with its line (the header is line 1)
 * and its column (by header name), so a consultant fixes the file in one pass.
 */

export type Cell = number | 'na';

export interface ResponseRow {
  line: number;
  code: string;
  role: RespondentRole;
  /** The answer to each question, in the order of the question ids the file was parsed with. */
  cells: (Cell | undefined)[];
}

export type ParsedResponses =
  { ok: true; rows: ResponseRow[]; questions: string[] } | { ok: false; problems: FileProblem[] };

const MAX_PROBLEMS = 200;

export function parseResponsesCsv(bytes: Uint8Array, questionIds: readonly string[]): ParsedResponses {
  const problems: FileProblem[] = [];
  const problem = (line: number | null, column: string | null, code: FileProblemCode, params?: FileProblemParams) => {
    if (problems.length < MAX_PROBLEMS) problems.push(fileProblem(line, column, code, params));
  };

  const text = decodeUtf8(bytes, problem);
  if (text === null) return { ok: false, problems };
  const body = text.replace(/^\uFEFF/, '');
  const headerLine = body.split(/\r?\n/, 1)[0] ?? '';
  if (body.trim() === '') return { ok: false, problems: [fileProblem(1, null, 'empty')] };
  // A file cut short mid-copy can still parse, one answer short; every line of a whole file ends alike.
  const cut = cutShortLine(body);
  if (cut !== null) {
    return { ok: false, problems: [fileProblem(cut, null, 'cut_short', { line: cut })] };
  }

  const delimiter = detectDelimiter(headerLine);
  if (!delimiter) {
    const code = headerLine.includes('\t') ? 'responses_header_tabs' : 'responses_header';
    return { ok: false, problems: [fileProblem(1, null, code)] };
  }

  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(body, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { bytes: number } }[];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    return {
      ok: false,
      problems: [fileProblem(e.lines ?? null, null, 'csv_invalid', { detail: e.message ?? String(error) })],
    };
  }

  const [header, ...rest] = records;
  if (!header) return { ok: false, problems: [fileProblem(1, null, 'empty')] };
  const columns = header.record.map((c) => c.trim());
  if ((columns[0] ?? '').toLowerCase() !== 'respondent' || (columns[1] ?? '').toLowerCase() !== 'role') {
    problem(1, columns[0] ?? null, 'responses_first_columns', { found: columns.slice(0, 2).join(delimiter) });
  }
  const known = new Set(questionIds);
  const position = new Map(questionIds.map((id, i) => [id, i]));
  const seenColumns = new Set<string>();
  const questionColumns = columns.slice(2);
  for (const col of questionColumns) {
    if (seenColumns.has(col)) problem(1, col, 'question_twice', { question: col });
    seenColumns.add(col);
    if (!known.has(col)) {
      problem(1, col, 'question_unknown', {
        question: col,
        first: questionIds[0] ?? '',
        last: questionIds.at(-1) ?? '',
      });
    }
  }

  const rows: ResponseRow[] = [];
  const firstLineOf = new Map<string, number>();
  const lineOf = recordLines(body, header.info.bytes);
  for (const { record, info } of rest) {
    const line = lineOf(info.bytes);
    if (record.length === 1 && record[0] === '') continue;
    if (record.length !== columns.length) {
      problem(line, null, 'field_count', { expected: columns.length, found: record.length });
      continue;
    }
    const code = (record[0] ?? '').trim();
    const roleText = (record[1] ?? '').trim().toLowerCase();
    let rowOk = true;
    if (code === '') {
      problem(line, columns[0] ?? 'respondent', 'respondent_missing');
      rowOk = false;
    } else if (!RespondentCode.safeParse(code).success) {
      problem(line, columns[0] ?? 'respondent', 'respondent_code', { code });
      rowOk = false;
    } else if (firstLineOf.has(code)) {
      problem(line, columns[0] ?? 'respondent', 'respondent_twice', { code, line: firstLineOf.get(code) ?? 0 });
      rowOk = false;
    } else {
      firstLineOf.set(code, line);
    }
    if (roleText === '') {
      problem(line, columns[1] ?? 'role', 'role_missing', { roles: RESPONDENT_ROLES.join(', ') });
      rowOk = false;
    } else if (!(RESPONDENT_ROLES as readonly string[]).includes(roleText)) {
      problem(line, columns[1] ?? 'role', 'role_unknown', {
        role: record[1] ?? '',
        roles: RESPONDENT_ROLES.join(', '),
      });
      rowOk = false;
    }
    const cells: (Cell | undefined)[] = new Array(questionIds.length).fill(undefined);
    questionColumns.forEach((col, i) => {
      const raw = (record[i + 2] ?? '').trim();
      if (raw === '') return;
      const at = position.get(col);
      if (at === undefined) return; // an unknown column, refused at the header
      if (raw.toLowerCase() === 'n/a') cells[at] = 'na';
      else if (/^[1-5]$/.test(raw)) cells[at] = Number(raw);
      else {
        problem(line, col, 'answer_invalid', { value: raw });
        rowOk = false;
      }
    });
    if (rowOk) rows.push({ line, code, role: roleText as RespondentRole, cells });
  }
  if (rest.length === 0 && problems.length === 0) problem(2, null, 'no_respondents');

  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows, questions: questionColumns };
}

/**
 * The line each record starts on, from where the previous one ended (csv-parse's `info.bytes`, in UTF-8
 * bytes, its line break included). csv-parse's own `info.lines` counts a CRLF inside a quoted field as two
 * lines, so every record after such a field was named one line too far on; and it names a record by its
 * last line, where a consultant looks for its first. Called with each record's end in order: one pass.
 */
function recordLines(body: string, headerEnd: number): (end: number) => number {
  const bytes = Buffer.from(body, 'utf8');
  let pos = 0;
  let line = 1;
  const advance = (to: number) => {
    for (; pos < to && pos < bytes.length; pos++) if (bytes[pos] === 0x0a) line++;
  };
  advance(headerEnd);
  return (end) => {
    // Empty lines skipped before the record belong to no record: its own first line is after them.
    while (pos < end && (bytes[pos] === 0x0a || bytes[pos] === 0x0d)) advance(pos + 1);
    const start = line;
    advance(end);
    return start;
  };
}

/** Strict UTF-8; on failure names the first line with a broken byte sequence (e.g. a file saved as ANSI). */
function decodeUtf8(
  bytes: Uint8Array,
  problem: (line: number, column: null, code: FileProblemCode) => void,
): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          problem(line, null, 'not_utf8_line');
          return null;
        }
        line++;
        start = i + 1;
      }
    }
    problem(1, null, 'not_utf8');
    return null;
  }
}

function detectDelimiter(headerLine: string): ',' | ';' | null {
  const commas = headerLine.split(',').length - 1;
  const semicolons = headerLine.split(';').length - 1;
  if (commas === 0 && semicolons === 0) return null;
  return semicolons > commas ? ';' : ',';
}
