/**
 * Results cross every boundary (IPC, HTTP bridge, CLI) as values, never as thrown stacks.
 * `message` is English for logs and the CLI; the UI shows its own translation of `code` with `details`.
 */

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_operation',
  'forbidden',
  'database_newer',
  /** Not a database, truncated, or damaged (confirmed by SQLite's own check); the file is left as it is. */
  'database_corrupt',
  'database_locked',
  /** The disk (or the user's quota) is full: nothing was written. */
  'disk_full',
  /** The file or its folder cannot be written: a read-only disk, missing permission. */
  'database_read_only',
  /** The operating system failed to read or write the file (a failing disk, a network drive gone). */
  'io_error',
  /** Writes wait while the database is being checked for damage or restored. */
  'database_checking',
  /** An operation this transport cannot offer (a native dialog outside the desktop app). */
  'unavailable',
  'file_locked',
  'folder_not_writable',
  /** The team server failed (unreachable, refused the login, …); `details.reason` says which. */
  'team_server',
  /** A job stopped on request before it wrote anything (see shared/jobs/operations.ts). */
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of an input; `path` as dotted segments, e.g. "sector" or "rows.3.role". */
export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details?: { fields?: FieldIssue[]; [key: string]: unknown };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: ApiErrorBody['details']): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/**
 * The error a service throws; the dispatcher turns it into a failed Result. Named codes with context,
 * so a caller can react to `not_found` without parsing messages.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiErrorBody['details'],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ApiErrorBody {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

export function isResult(x: unknown): x is Result<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as { ok?: unknown }).ok === 'boolean';
}
