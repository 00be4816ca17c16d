import { QueryClient } from '@tanstack/react-query';
import { isApiFailure } from '../api/client';

/**
 * React Query for a local database: answers come in milliseconds, so nothing is retried except a
 * dropped connection to the bridge (the service may be restarting); a `not_found` stays an answer.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 2_000,
        retry: (failures, error) => isApiFailure(error) && error.error.details?.network === true && failures < 2,
        retryDelay: 500,
      },
      mutations: { retry: false },
    },
  });
}
