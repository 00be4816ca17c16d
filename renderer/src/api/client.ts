import {
  type QueryClient,
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { createContext, createElement, type ReactNode, useContext, useEffect } from 'react';
import type { ApiTransport, OperationInput, OperationName, OperationOutput } from '../../../shared/api/operations';
import type { ApiErrorBody, Result } from '../../../shared/api/result';
import { invalidateFor } from './changeFeed';
import { transportFromEnvironment } from './transport';

/**
 * The typed API client of the renderer. Screens never touch a transport: they call operations by name
 * with typed input and get typed results, through React Query so lists refresh after every change.
 */

let moduleTransport: ApiTransport | null = null;

/** Replaces the transport used outside React (and as the default inside); tests pass a fake. */
export function setTransport(transport: ApiTransport | null): void {
  moduleTransport = transport;
}

/** This window's transport (the preload or the loopback bridge) unless a test set another. */
export function defaultTransport(): ApiTransport {
  moduleTransport ??= transportFromEnvironment();
  return moduleTransport;
}

export function call<K extends OperationName>(op: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>> {
  return defaultTransport().call(op, input);
}

/** A failed Result, thrown so React Query sees an error; `.error` is the API's error body. */
export class ApiFailure extends Error {
  constructor(
    readonly operation: OperationName,
    readonly error: ApiErrorBody,
  ) {
    super(`${operation}: ${error.code}: ${error.message}`);
    this.name = 'ApiFailure';
  }

  get code(): ApiErrorBody['code'] {
    return this.error.code;
  }
}

export function isApiFailure(error: unknown): error is ApiFailure {
  return error instanceof ApiFailure;
}

const TransportContext = createContext<ApiTransport | null>(null);

export function ApiProvider({ transport, children }: { transport?: ApiTransport; children: ReactNode }) {
  return createElement(TransportContext.Provider, { value: transport ?? null }, children);
}

export function useTransport(): ApiTransport {
  return useContext(TransportContext) ?? defaultTransport();
}

/** Calls an operation and returns its value, or throws ApiFailure. */
export async function callOrThrow<K extends OperationName>(
  transport: ApiTransport,
  op: K,
  input: OperationInput<K>,
): Promise<OperationOutput<K>> {
  const result = await transport.call(op, input);
  if (!result.ok) throw new ApiFailure(op, result.error);
  return result.value;
}

/** Query keys start with the operation name so a mutation can invalidate every query of an operation. */
export function apiQueryKey<K extends OperationName>(op: K, input?: OperationInput<K>): QueryKey {
  return input === undefined ? [op] : [op, input];
}

type ApiQueryOptions<K extends OperationName> = Omit<
  UseQueryOptions<OperationOutput<K>, ApiFailure, OperationOutput<K>>,
  'queryKey' | 'queryFn'
>;

export function useApiQuery<K extends OperationName>(op: K, input: OperationInput<K>, options?: ApiQueryOptions<K>) {
  const transport = useTransport();
  return useQuery<OperationOutput<K>, ApiFailure>({
    queryKey: apiQueryKey(op, input),
    queryFn: () => callOrThrow(transport, op, input),
    ...options,
  });
}

/**
 * Starts a query before React renders (the settings at start, while the language's strings load), into
 * the cache the screens then read: their `useApiQuery` finds it in flight or done.
 */
export function prefetchApiQuery<K extends OperationName>(
  queryClient: QueryClient,
  op: K,
  input: OperationInput<K>,
): Promise<void> {
  return queryClient.prefetchQuery({
    queryKey: apiQueryKey(op, input),
    queryFn: () => callOrThrow(defaultTransport(), op, input),
  });
}

type ApiMutationOptions<K extends OperationName> = Omit<
  UseMutationOptions<OperationOutput<K>, ApiFailure, OperationInput<K>>,
  'mutationFn'
>;

function deletedEntityQuery(op: OperationName, input: unknown): QueryKey | null {
  const verb = /\.(delete|erase)$/.exec(op);
  if (!verb || typeof input !== 'object' || input === null || !('id' in input)) return null;
  return [`${op.slice(0, verb.index)}.get`, { id: (input as { id: unknown }).id }];
}

/**
 * A mutation. What it changed refreshes through the change event its answer carries (see ChangeFeed and
 * `useChangeEvents`), not through a list kept here.
 */
export function useApiMutation<K extends OperationName>(op: K, options?: ApiMutationOptions<K>) {
  const transport = useTransport();
  const queryClient = useQueryClient();
  return useMutation<OperationOutput<K>, ApiFailure, OperationInput<K>>({
    mutationKey: [op],
    mutationFn: (input) => {
      // The deleted item's own query is dropped, not refetched: its screen is about to be left and a
      // refetch would flash "no longer exists" first.
      const deleted = deletedEntityQuery(op, input);
      return callOrThrow(transport, op, input).then((value) => {
        if (deleted) queryClient.removeQueries({ queryKey: deleted, exact: true });
        return value;
      });
    },
    ...options,
  });
}

/** Refreshes this window's queries on every change event the transport hears (own writes and others'). */
export function useChangeEvents(queryClient: QueryClient): void {
  const transport = useTransport();
  useEffect(() => transport.onChange?.((event) => void invalidateFor(queryClient, event)), [transport, queryClient]);
}
