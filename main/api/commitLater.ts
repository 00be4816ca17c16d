/**
 * What a writing job's handler returns (docs/architecture.md "Jobs"): it reads and checks the file outside
 * any transaction — so nothing waits on the write lock while a large file is parsed, and the work can run
 * off the UI's thread — and hands the dispatcher the part that writes. The dispatcher runs `commit` in the
 * operation's transaction, with its audit entry and change-log row, then `cleanup` whatever happened.
 */

const DEFERRED = Symbol('commitLater');

export interface Deferred<T> {
  readonly [DEFERRED]: true;
  commit: () => T;
  cleanup: () => void;
}

export function commitLater<T>(commit: () => T, cleanup: () => void = () => {}): Deferred<T> {
  return { [DEFERRED]: true, commit, cleanup };
}

export function isDeferred(value: unknown): value is Deferred<unknown> {
  return typeof value === 'object' && value !== null && DEFERRED in value;
}
