import { MutationCache, QueryClient } from '@tanstack/react-query';
import { apiQueryKey, isApiFailure } from '../api/client';

/** Failures that mean the database cannot take changes now: the health banner is asked again at once. */
const HEALTH_FAILURES = new Set(['database_corrupt', 'database_checking', 'database_read_only', 'disk_full']);

/**
 * React Query for a local database: answers come in milliseconds, so nothing is retried except a
 * dropped connection to the bridge (the service may be restarting); a `not_found` stays an answer.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isApiFailure(error) && HEALTH_FAILURES.has(error.code)) {
          void client.invalidateQueries({ queryKey: apiQueryKey('database.health') });
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 2_000,
        retry: (failures, error) => isApiFailure(error) && error.error.details?.network === true && failures < 2,
        retryDelay: 500,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
