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
function issueCode(issue: z.core.$ZodIssue): string {
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
      return issue.format === 'email' ? 'invalid_email' : issue.format === 'regex' ? 'invalid_date' : 'invalid_format';
    case 'custom':
      return issue.message === 'ends_before_start' || issue.message === 'invalid_date' ? issue.message : 'invalid';
    case 'invalid_union':
      return 'invalid_format';
    default:
      return 'invalid';
  }
}
