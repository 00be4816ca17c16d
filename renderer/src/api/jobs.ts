import { useCallback } from 'react';
import type { JobProgress } from '../../../shared/jobs/schemas';
import { useApiQuery, useTransport } from './client';

/**
 * Long operations (imports, reports) run as jobs: the screen names the job with an id it makes up, passes it
 * in the operation's input, and meanwhile asks for its progress and may cancel it (shared/jobs/operations.ts).
 */

export function newJobId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** How far a running job is, asked four times a second while `jobId` is set; null before its first answer. */
export function useJobProgress(jobId: string | null): JobProgress | null {
  const query = useApiQuery(
    'jobs.progress',
    { jobId: jobId ?? 'no-job-running' },
    { enabled: jobId !== null, refetchInterval: 250, gcTime: 0 },
  );
  return jobId !== null && query.data?.jobId === jobId ? query.data : null;
}

/** Asks a job to stop; the operation that started it then answers `cancelled`. */
export function useCancelJob(): (jobId: string) => Promise<void> {
  const transport = useTransport();
  return useCallback(
    async (jobId: string) => {
      await transport.call('jobs.cancel', { jobId });
    },
    [transport],
  );
}
