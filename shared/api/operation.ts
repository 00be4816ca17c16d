import type { z } from 'zod';
import type { Entity } from './entities';
import type { ErrorCode } from './result';

/**
 * How a feature declares an operation: its input schema, its result type, the errors it may return, and
 * whether it reads or writes — with the entities it shows or changes. Features export tables of these
 * (`shared/<feature>/operations.ts`); `shared/api/operations.ts` merges them into the one API.
 */

/**
 * Errors any operation may return besides its own: bad input, a bug, and what the disk or the database file
 * can do to any call (busy, damaged, full, read-only, failing, being checked) — see main/db/sqliteErrors.ts.
 */
export const COMMON_ERRORS = [
  'invalid_input',
  'internal',
  'database_locked',
  'database_corrupt',
  'disk_full',
  'database_read_only',
  'io_error',
  'database_checking',
] as const;
export type CommonError = (typeof COMMON_ERRORS)[number];

interface Declared<I extends z.ZodType, O, E extends ErrorCode> {
  input: I;
  errors: readonly E[];
  /** Phantom: carries the result type; never read at run time. */
  output?: O;
  /** Answers with a promise (it writes a file or works off the UI's thread). */
  async: boolean;
  /**
   * Long work run as a job (docs/architecture.md "Jobs"): its input may name a `jobId` for progress and
   * cancel, and where the process has a job host it runs off the thread that answers the UI. A writing
   * job's handler checks and prepares outside the transaction and answers with a prepared write
   * (`main/api/preparedWrite.ts`), the part that writes, which the dispatcher runs in its transaction.
   */
  job: boolean;
}

export interface QueryDef<I extends z.ZodType, O, E extends ErrorCode> extends Declared<I, O, E> {
  kind: 'read';
  /** What the result shows: a change to any of these makes it stale. */
  reads: readonly Entity[];
}

/**
 * A writing operation. An `async` one that writes the database prepares first, outside the transaction (a
 * backup, decrypting a file), then answers with a prepared write the dispatcher commits in its transaction
 * (`main/api/preparedWrite.ts`); an `async` one with `writes: []` simply answers later.
 */
export interface CommandDef<I extends z.ZodType, O, E extends ErrorCode> extends Declared<I, O, E> {
  kind: 'write';
  /**
   * What it may change. Empty for a command that acts outside the database (writes a file, opens a folder):
   * it runs without a transaction and logs no change.
   */
  writes: readonly Entity[];
  /**
   * The audit trail's entry: which kind of thing this changes, for "who did what" (never personal data).
   * `false` for keystroke-sized writes (an answer on the workshop screen), which only the change log keeps.
   */
  audit: string | false;
}

export type OperationDef<I extends z.ZodType = z.ZodType, O = unknown, E extends ErrorCode = ErrorCode> =
  QueryDef<I, O, E> | CommandDef<I, O, E>;

/** A reading operation: `query<Result>()({ input, reads, errors? })`. */
export const query =
  <O>() =>
  <I extends z.ZodType, E extends ErrorCode = never>(def: {
    input: I;
    reads: readonly Entity[];
    errors?: readonly E[];
    async?: boolean;
    job?: boolean;
  }): QueryDef<I, O, E | CommonError> => ({
    kind: 'read',
    input: def.input,
    reads: def.reads,
    errors: def.errors ?? [],
    async: def.async ?? false,
    job: def.job ?? false,
  });

/** A writing operation: `command<Result>()({ input, writes, audit, errors?, async?, job? })`. */
export const command =
  <O>() =>
  <I extends z.ZodType, E extends ErrorCode = never, A extends boolean = false, J extends boolean = false>(def: {
    input: I;
    writes: readonly Entity[];
    audit: string | false;
    errors?: readonly E[];
    async?: A;
    job?: J;
  }): CommandDef<I, O, E | CommonError> & { async: A; job: J } => ({
    kind: 'write',
    input: def.input,
    writes: def.writes,
    audit: def.audit,
    errors: def.errors ?? [],
    async: (def.async ?? false) as A,
    job: (def.job ?? false) as J,
  });
