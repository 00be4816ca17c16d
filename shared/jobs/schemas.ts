import { z } from 'zod';

/**
 * Long work — an import, a Word report — runs as a job: off the thread that answers the UI, with progress
 * the UI polls and a way to cancel it. The caller names the job (a random id it makes up) in the
 * operation's input, so it can ask for progress or cancel before the operation has answered.
 */

export const JobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'job_id');

/** Adds the optional job id every job operation takes. */
export const jobInput = { jobId: JobId.optional() };

export const JOB_PHASES = ['waiting', 'reading', 'checking', 'writing', 'rendering', 'saving'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

export interface JobProgress {
  jobId: string;
  operation: string;
  /** What the job is doing now: reading the file, checking rows, writing them, … */
  phase: JobPhase;
  /** Work done in the phase's unit (bytes read, rows written); with `total`, a fraction. */
  done: number;
  /** Null when the phase cannot say how much is left. */
  total: number | null;
  /** Cancel was asked for; the job stops at its next check and writes nothing. */
  cancelling: boolean;
  startedAt: string;
}
