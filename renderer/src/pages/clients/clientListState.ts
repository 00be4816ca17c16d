import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type ClientListState, formatListState, parseListState } from './clientListQuery';

export {
  type ClientListState,
  type ClientSort,
  DEFAULT_LIST_STATE,
  formatListState,
  narrowsList,
  parseListState,
  type ShowArchived,
  type SortDirection,
  toListQuery,
} from './clientListQuery';

/** The list's state in the route's query string (see clientListQuery.ts), and how to change it. */
export function useClientListState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListState(params), [params]);
  const update = useCallback(
    (change: Partial<ClientListState>) =>
      // Replace, not push: Back leaves the list instead of stepping through every keystroke.
      setParams((current) => formatListState({ ...parseListState(current), ...change }), { replace: true }),
    [setParams],
  );
  const clearFilters = useCallback(
    () => update({ search: '', sectors: [], sizeBands: [], engagementStatuses: [], show: 'active' }),
    [update],
  );
  return { state, update, clearFilters };
}
