import { translator } from '../i18n';

/**
 * One problem of an imported file (a Responses CSV, a Benchmark CSV or pack, a framework file): where it is
 * and what it is. `code` and `params` are what the screens translate (`fileProblems.<code>` in
 * shared/i18n); `message` is the same sentence in English, for the CLI and the logs.
 */
export interface FileProblem {
  /** The line, counting the header as line 1; null where a line means nothing (a pack's JSON). */
  line: number | null;
  /** The column by its header name (or a field of a pack's record); null for the whole line or file. */
  column: string | null;
  code: FileProblemCode;
  params: FileProblemParams;
  message: string;
}

export type FileProblemParams = Record<string, string | number>;

export const FILE_PROBLEM_CODES = [
  // Any file
  'empty',
  'cut_short',
  'not_utf8',
  'not_utf8_line',
  'csv_invalid',
  'quote_not_closed',
  'field_count',
  // Responses CSV
  'responses_header',
  'responses_header_tabs',
  'responses_first_columns',
  'question_twice',
  'question_unknown',
  'respondent_missing',
  'respondent_code',
  'respondent_twice',
  'respondent_exists',
  'role_missing',
  'role_unknown',
  'answer_invalid',
  'no_respondents',
  'too_many_respondents',
  // Benchmark CSV and pack
  'benchmark_header',
  'truncated_row',
  'no_records',
  'too_many_records',
  'pack_too_many_records',
  'record_id',
  'framework_id',
  'sector',
  'size_band',
  'country',
  'year',
  'score_invalid',
  'score_range',
  'synthetic',
  'record_conflict_file',
  'record_conflict_pool',
  'pack_json',
  'pack_format',
  'pack_version',
  'pack_framework',
  'pack_records',
  'pack_checksum_missing',
  'pack_record_object',
  'pack_field_missing',
  'pack_score_type',
  'pack_synthetic',
  'pack_checksum',
  'pack_record_framework',
  // Framework file
  'framework_json',
  'framework_field',
  'framework_duplicate_id',
  'framework_unknown_reference',
  'framework_scale_order',
  'framework_pyramid_order',
  'framework_block_without_elements',
] as const;
export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number];

/** What a problem says, without where: the parsers that know no line (a row checker) return this. */
export interface ProblemText {
  code: FileProblemCode;
  params: FileProblemParams;
  message: string;
}

/** A problem's code and parameters with its English sentence. */
export function problemText(code: FileProblemCode, params: FileProblemParams = {}): ProblemText {
  return { code, params, message: translator('en')(`fileProblems.${code}`, params) };
}

/** A problem at a line and column. */
export function fileProblem(
  line: number | null,
  column: string | null,
  code: FileProblemCode,
  params: FileProblemParams = {},
): FileProblem {
  return { line, column, ...problemText(code, params) };
}
