/**
 * What the handler of an `async` writing operation — or of a writing job — answers with: the work it did
 * first, outside any transaction (a backup, decrypting and checking a file, parsing a survey file),
 * is done; what remains is the write itself, which the dispatcher runs in its IMMEDIATE transaction with the
 * audit entry and the change-log row, exactly as it runs a synchronous handler, and then — after the commit,
 * outside any transaction — the work that must follow it (compacting the file after an erasure), which gives
 * the operation's result.
 *
 * The write checks again what it relies on: between the preparation and the commit other writes may run.
 */

const PREPARED = Symbol('preparedWrite');

export interface PreparedWrite<T> {
  readonly [PREPARED]: true;
  /** Runs inside the dispatcher's transaction; the audit entry's subject is read from what it returns. */
  readonly commit: () => unknown;
  /** Runs after the commit; what it returns is the operation's result. It should not throw: the write stands. */
  readonly settle: (committed: unknown) => T | Promise<T>;
  /**
   * Frees what the preparation holds (temporary tables, files) once the write is over — committed,
   * failed, or never attempted because the job was cancelled first. The dispatcher calls it exactly once.
   */
  readonly release: () => void;
}

export function preparedWrite<C, T = C>(
  commit: () => C,
  afterCommit?: (committed: C) => T | Promise<T>,
  release: () => void = () => {},
): PreparedWrite<T> {
  return {
    [PREPARED]: true,
    commit,
    settle: (committed) => (afterCommit ? afterCommit(committed as C) : (committed as T)),
    release,
  };
}

export function isPreparedWrite(value: unknown): value is PreparedWrite<unknown> {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PREPARED] === true;
}
