import { z } from 'zod';
import { command, query } from '../api/operation';
import { JobId, type JobProgress } from './schemas';

export const jobOperations = {
  /** Where a running job is; null when no job of that id runs in this process (finished, or never started). */
  'jobs.progress': query<JobProgress | null>()({ input: z.object({ jobId: JobId }), reads: [] }),
  /**
   * Asks a running job to stop: it rolls back what it started and answers `cancelled`; nothing is written.
   * `cancelled: false` when no such job runs (it may just have finished).
   */
  'jobs.cancel': command<{ cancelled: boolean }>()({
    input: z.object({ jobId: JobId }),
    writes: [],
    audit: false,
  }),
};
