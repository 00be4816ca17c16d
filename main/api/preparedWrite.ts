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
  /**
   * 'enforced': SQLite checks every row's foreign keys, as for any write. 'checkedByTheWrite': the write
   * guarantees its references itself, with one set-based check, and runs with the connection's per-row
   * checks off (checkingItsOwnReferences).
   */
  readonly foreignKeys: 'enforced' | 'checkedByTheWrite';
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
    foreignKeys: 'enforced',
  };
}

/**
 * The same write, run with SQLite's per-row foreign-key checks off: for a bulk write whose every reference
 * is to a row it has just written or just read in the same transaction, and which checks them once, as a set,
 * before it writes what refers to them. A survey import writes 86,000 answers that all refer to 2,000
 * respondents; checking each answer's respondent was 15 % of the import's write, checking the 2,000
 * respondents once is a few milliseconds (docs/benchmarks.md "Survey import"). Nothing is deleted in such a
 * write: with the checks off, no delete would cascade.
 */
export function checkingItsOwnReferences<T>(write: PreparedWrite<T>): PreparedWrite<T> {
  return { ...write, foreignKeys: 'checkedByTheWrite' };
}

export function isPreparedWrite(value: unknown): value is PreparedWrite<unknown> {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PREPARED] === true;
}
