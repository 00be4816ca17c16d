import type { OperationName } from '../../../shared/api/operations';

/**
 * Which queries a successful mutation makes stale. Explicit rather than "refetch everything" so a change
 * in Settings does not reload the client list, yet a new contact shows at once in search results
 * (the list's full-text search covers contacts and engagement titles).
 */
const CLIENT_DATA: readonly OperationName[] = [
  'clients.list',
  'clients.get',
  'home.summary',
  'engagements.list',
  'engagements.get',
];

const INVALIDATES: Partial<Record<OperationName, readonly OperationName[]>> = {
  'settings.update': ['settings.get'],
  'clients.create': CLIENT_DATA,
  'clients.update': CLIENT_DATA,
  'clients.archive': CLIENT_DATA,
  'clients.restore': CLIENT_DATA,
  'clients.delete': CLIENT_DATA,
  'contacts.create': ['clients.get', 'clients.list'],
  'contacts.update': ['clients.get', 'clients.list'],
  'contacts.delete': ['clients.get', 'clients.list'],
  'engagements.create': CLIENT_DATA,
  'engagements.update': CLIENT_DATA,
  'engagements.delete': CLIENT_DATA,
};

export function invalidatedBy(op: OperationName): readonly OperationName[] {
  return INVALIDATES[op] ?? [];
}
