import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/result';
import type { JobPhase, JobProgress } from '../../shared/jobs/schemas';
import { cancelledError, isCancelled, type JobControl, newCancelFlag, setCancelled } from './control';

/**
 * The jobs running in this process for one database: their progress, for `jobs.progress`, and their cancel
 * flags, for `jobs.cancel`. A job is registered by the dispatcher for as long as its operation runs, under
 * the id its caller chose (or a random one).
 */

export interface RunningJob extends JobControl {
  readonly id: string;
  readonly operation: string;
  /** Shared with a worker thread that runs the job. */
  readonly cancelFlag: Int32Array;
  snapshot(): JobProgress;
}

export class JobRegistry {
  private readonly jobs = new Map<string, RunningJob>();

  start(operation: string, id: string = randomBytes(12).toString('base64url')): RunningJob {
    if (this.jobs.has(id)) {
      throw new AppError('invalid_input', `A job with id ${id} is already running.`, {
        fields: [{ path: 'jobId', code: 'job_running', message: 'A job with this id is already running.' }],
      });
    }
    const cancelFlag = newCancelFlag();
    const startedAt = new Date().toISOString();
    const state: { phase: JobPhase; done: number; total: number | null } = { phase: 'waiting', done: 0, total: null };
    const job: RunningJob = {
      id,
      operation,
      cancelFlag,
      check: () => {
        if (isCancelled(cancelFlag)) throw cancelledError();
      },
      progress: (phase, done, total) => {
        state.phase = phase;
        state.done = done;
        state.total = total;
      },
      snapshot: () => ({ jobId: id, operation, ...state, cancelling: isCancelled(cancelFlag), startedAt }),
    };
    this.jobs.set(id, job);
    return job;
  }

  progress(id: string): JobProgress | null {
    return this.jobs.get(id)?.snapshot() ?? null;
  }

  /** True when a job of that id was running and is now asked to stop. */
  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job) return false;
    setCancelled(job.cancelFlag);
    return true;
  }

  end(job: RunningJob): void {
    if (this.jobs.get(job.id) === job) this.jobs.delete(job.id);
  }
}

const registries = new WeakMap<Database, JobRegistry>();

/** The registry of a connection's jobs: one per open database, shared by every transport serving it. */
export function jobRegistry(db: Database): JobRegistry {
  let registry = registries.get(db);
  if (!registry) {
    registry = new JobRegistry();
    registries.set(db, registry);
  }
  return registry;
}
