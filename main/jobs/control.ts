import { AppError } from '../../shared/api/result';
import type { JobPhase } from '../../shared/jobs/schemas';

/**
 * What a job's service sees of its job: whether it should stop, and a way to say how far it is. Checks are
 * cheap (a read of a flag another thread may set), so a service checks between chunks of its work.
 */
export interface JobControl {
  /** Throws `cancelled` once cancel was asked for; call it where stopping leaves nothing half done. */
  check(): void;
  progress(phase: JobPhase, done: number, total: number | null): void;
}

/** For a service called outside any job (a test, a write that is not a job). */
export const NO_JOB: JobControl = { check: () => {}, progress: () => {} };

export const CANCELLED_MESSAGE = 'Cancelled on request; nothing was changed.';

export function cancelledError(): AppError {
  return new AppError('cancelled', CANCELLED_MESSAGE);
}

/**
 * The flag cancel sets, in shared memory so a job busy in a worker thread sees it without handling a
 * message: a synchronous parse or write loop never returns to the event loop until it is done.
 */
export function newCancelFlag(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

export const isCancelled = (flag: Int32Array): boolean => Atomics.load(flag, 0) === 1;
export const setCancelled = (flag: Int32Array): void => void Atomics.store(flag, 0, 1);
