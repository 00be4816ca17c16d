import type { jobOperations } from '../../shared/jobs/operations';
import type { HandlersOf } from '../api/handlers';
import { jobRegistry } from './registry';

export const jobHandlers: HandlersOf<typeof jobOperations> = {
  'jobs.progress': ({ jobId }, ctx) => jobRegistry(ctx.db).progress(jobId),
  'jobs.cancel': ({ jobId }, ctx) => ({ cancelled: jobRegistry(ctx.db).cancel(jobId) }),
};
