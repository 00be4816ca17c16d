import { ENGAGEMENT_STATUSES, SECTORS, SIZE_BANDS } from '../../../../shared/domain/identifiers';
import { CLIENT_SORTS } from '../../../../shared/clients/listing';
import type { ClientListQuery } from '../../../../shared/clients/schemas';

/**
 * The list's search, filters and order live in the route's query string (`#/clients?q=…&sector=C,G`),
 * so returning from a client page, or reloading, shows the same list. Read and written here without the
 * router: the start reads them before the router and React are loaded (app/firstScreen.ts).
 */

export type ShowArchived = 'active' | 'archived' | 'all';
export type ClientSort = (typeof CLIENT_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

export interface ClientListState {
  search: string;
  sectors: (typeof SECTORS)[number][];
  sizeBands: (typeof SIZE_BANDS)[number][];
  engagementStatuses: (typeof ENGAGEMENT_STATUSES)[number][];
  show: ShowArchived;
  sort: ClientSort;
  direction: SortDirection;
}

export const DEFAULT_LIST_STATE: ClientListState = {
  search: '',
  sectors: [],
  sizeBands: [],
  engagementStatuses: [],
  show: 'active',
  sort: 'name',
  direction: 'asc',
};

const PARAM = {
  search: 'q',
  sectors: 'sector',
  sizeBands: 'size',
  engagementStatuses: 'status',
  show: 'show',
  sort: 'sort',
  direction: 'dir',
} as const;

function listParam<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const raw = params.get(name);
  if (!raw) return [];
  return raw.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function parseListState(params: URLSearchParams): ClientListState {
  return {
    search: params.get(PARAM.search) ?? '',
    sectors: listParam(params, PARAM.sectors, SECTORS),
    sizeBands: listParam(params, PARAM.sizeBands, SIZE_BANDS),
    engagementStatuses: listParam(params, PARAM.engagementStatuses, ENGAGEMENT_STATUSES),
    show: oneOf(params.get(PARAM.show), ['active', 'archived', 'all'] as const, 'active'),
    sort: oneOf(params.get(PARAM.sort), CLIENT_SORTS, 'name'),
    direction: oneOf(params.get(PARAM.direction), ['asc', 'desc'] as const, 'asc'),
  };
}

export function formatListState(state: ClientListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set(PARAM.search, state.search);
  if (state.sectors.length) params.set(PARAM.sectors, state.sectors.join(','));
  if (state.sizeBands.length) params.set(PARAM.sizeBands, state.sizeBands.join(','));
  if (state.engagementStatuses.length) params.set(PARAM.engagementStatuses, state.engagementStatuses.join(','));
  if (state.show !== 'active') params.set(PARAM.show, state.show);
  if (state.sort !== 'name') params.set(PARAM.sort, state.sort);
  if (state.direction !== 'asc') params.set(PARAM.direction, state.direction);
  return params;
}

/** True when the list shows less than every active client: the "no matches" case, not "no clients". */
export function narrowsList(state: ClientListState): boolean {
  return (
    state.search.trim() !== '' ||
    state.sectors.length > 0 ||
    state.sizeBands.length > 0 ||
    state.engagementStatuses.length > 0 ||
    state.show !== 'active'
  );
}

/** The API query for a list state (without paging). */
export function toListQuery(state: ClientListState): ClientListQuery {
  const search = state.search.trim();
  return {
    ...(search ? { search } : {}),
    ...(state.sectors.length ? { sectors: state.sectors } : {}),
    ...(state.sizeBands.length ? { sizeBands: state.sizeBands } : {}),
    ...(state.engagementStatuses.length ? { engagementStatuses: state.engagementStatuses } : {}),
    archived: state.show,
    sort: state.sort,
    direction: state.direction,
  };
}
