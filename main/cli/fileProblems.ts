import { AppError } from '../../shared/api/result';
import { CliFailure } from './io';

interface FileProblem {
  line?: number | null;
  column?: string | null;
  path?: string;
  message: string;
}

/**
 * Turns a refused file into one line on stderr with its problems listed below it: by line and column for
 * CSV, by path for JSON. The file is the user's input, so the exit code is 2 — also for a clash with
 * respondents that already exist, which `--replace` resolves.
 */
export function withProblems(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const problems = (error.details?.problems ?? []) as FileProblem[];
  if (problems.length === 0) return error;
  const lines = problems.map((p) => {
    const where =
      p.path !== undefined
        ? p.path
        : [p.line ? `line ${p.line}` : null, p.column ? `column ${p.column}` : null].filter(Boolean).join(', ');
    return `${where ? `${where}: ` : ''}${p.message}`;
  });
  const usage = error.code === 'invalid_input' || error.code === 'not_found' || error.details?.existing !== undefined;
  return new CliFailure(error.message, usage ? 2 : 1, lines);
}
