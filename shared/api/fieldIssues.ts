import type { z } from 'zod';
import type { FieldIssue } from './result';

/** zod issues as field problems: a dotted path and a stable code the UI translates. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issueCode(issue),
    message: issue.message,
  }));
}

/**
 * A small, stable vocabulary of problems (required, too_long, invalid_choice, …) so the UI can say each one
 * in the user's language; zod's own codes are finer than a form needs.
 */
/** Schemas may name their problem in the message (e.g. `IsoDate` says 'invalid_date'); such a code wins. */
const NAMED_CODES = new Set([
  'invalid_date',
  'date_out_of_range',
  'ends_before_start',
  'respondent_code',
  'invalid_colour',
  'invalid_quarter',
  'at_least_one',
  'before_date',
  'period_twice',
]);

function issueCode(issue: z.core.$ZodIssue): string {
  if (NAMED_CODES.has(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'required' : 'too_small';
    case 'too_big':
      return issue.origin === 'string' ? 'too_long' : 'too_big';
    case 'invalid_value':
      return 'invalid_choice';
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'required' : 'invalid_type';
    case 'invalid_format':
      return issue.format === 'email' ? 'invalid_email' : 'invalid_format';
    case 'custom':
      return 'invalid';
    case 'invalid_union':
      return 'invalid_format';
    default:
      return 'invalid';
  }
}
