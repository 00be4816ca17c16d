import {
  type InfiniteData,
  infiniteQueryOptions,
  keepPreviousData,
  type QueryClient,
  useInfiniteQuery,
} from '@tanstack/react-query';
import type { ApiTransport } from '../../../../shared/api/operations';
import type { ClientListQuery, ClientPage } from '../../../../shared/clients/schemas';
import { type ApiFailure, callOrThrow, useTransport } from '../../api/client';

/** Rows fetched per request; the API allows up to 500. */
export const CLIENT_PAGE_SIZE = 200;

/** The list's cache entry and how its pages are fetched: one definition for the screen and the start. */
function clientPages(transport: ApiTransport, query: ClientListQuery) {
  return infiniteQueryOptions<ClientPage, ApiFailure, InfiniteData<ClientPage, number>, readonly unknown[], number>({
    // Starts with the operation name, so every mutation that invalidates `clients.list` refreshes it.
    queryKey: ['clients.list', query, 'pages'],
    queryFn: ({ pageParam }) =>
      callOrThrow(transport, 'clients.list', { ...query, offset: pageParam, limit: CLIENT_PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: (last) => {
      const next = last.offset + last.rows.length;
      return last.rows.length > 0 && next < last.total ? next : undefined;
    },
  });
}

/**
 * The client list, fetched a page at a time as the user scrolls. While a new search is on its way the
 * previous rows stay on screen, so typing never blanks the list.
 */
export function useClientPages(query: ClientListQuery) {
  const transport = useTransport();
  return useInfiniteQuery({ ...clientPages(transport, query), placeholderData: keepPreviousData });
}

/** Asks for the list's first page into the cache `useClientPages` reads, before the screen renders. */
export function prefetchClientPages(
  queryClient: QueryClient,
  transport: ApiTransport,
  query: ClientListQuery,
): Promise<void> {
  return queryClient.prefetchInfiniteQuery(clientPages(transport, query));
}
