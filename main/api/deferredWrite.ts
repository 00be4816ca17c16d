/**
 * How an asynchronous writing operation writes: its handler does the slow part first (reading and checking
 * a file off the UI's thread, copying a backup) and answers with `deferredWrite(commit)`; the dispatcher
 * then runs `commit` synchronously inside the operation's IMMEDIATE transaction, with its audit entry and
 * change-log row, exactly like a synchronous write. Nothing the slow part prepared is in the database until
 * `commit` has run and the transaction committed.
 */
const DEFERRED = Symbol('deferredWrite');

export interface DeferredWrite<T> {
  readonly [DEFERRED]: true;
  commit(): T;
}

export function deferredWrite<T>(commit: () => T): DeferredWrite<T> {
  return { [DEFERRED]: true, commit };
}

export function isDeferredWrite(value: unknown): value is DeferredWrite<unknown> {
  return typeof value === 'object' && value !== null && DEFERRED in value;
}
