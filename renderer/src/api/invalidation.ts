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

/** Everything that shows a round: the engagement's list, the scoring screens, results and Home's next steps. */
const ROUND_DATA: readonly OperationName[] = [
  'assessments.list',
  'assessments.workspace',
  'assessments.results',
  'home.summary',
  'pool.contribution',
  'pool.compare',
  'pool.widen',
];

/** Everything that reads the benchmark pool: its composition, packs, comparisons and contributions. */
const POOL_DATA: readonly OperationName[] = [
  'pool.stats',
  'pool.packs',
  'pool.compare',
  'pool.widen',
  'pool.contribution',
  'home.summary',
];

const INVALIDATES: Partial<Record<OperationName, readonly OperationName[]>> = {
  // The anonymity threshold k decides every comparison.
  'settings.update': ['settings.get', 'pool.compare', 'pool.widen'],
  'settings.setLogo': ['settings.logo'],
  'settings.removeLogo': ['settings.logo'],
  'clients.create': CLIENT_DATA,
  'clients.archive': CLIENT_DATA,
  'clients.restore': CLIENT_DATA,
  'clients.delete': CLIENT_DATA,
  'contacts.create': ['clients.get', 'clients.list'],
  'contacts.update': ['clients.get', 'clients.list'],
  'contacts.delete': ['clients.get', 'clients.list'],
  'engagements.create': CLIENT_DATA,
  'engagements.delete': CLIENT_DATA,
  'assessments.create': ROUND_DATA,
  'assessments.update': ROUND_DATA,
  'assessments.open': ROUND_DATA,
  'assessments.finalize': ROUND_DATA,
  'assessments.reopen': ROUND_DATA,
  'assessments.delete': ROUND_DATA,
  'assessments.importResponses': ROUND_DATA,
  'assessments.setShifts': ['assessments.workspace', 'assessments.results'],
  'respondents.create': ROUND_DATA,
  'respondents.update': ROUND_DATA,
  'respondents.delete': ROUND_DATA,
  // The workshop screen keeps its own copy of the answers as they are typed (no refetch, no flicker);
  // what it makes stale is everything else that counts them.
  'answers.set': ['assessments.list', 'assessments.results', 'home.summary'],
  'frameworks.import': ['frameworks.list'],
  'pool.contribute': POOL_DATA,
  'pool.withdraw': POOL_DATA,
  'pool.import': POOL_DATA,
  'pool.removePack': POOL_DATA,
  // A client's sector or size band, or the engagement's consent, decide comparisons and contributions.
  'clients.update': [...CLIENT_DATA, 'pool.contribution', 'pool.compare', 'pool.widen'],
  'engagements.update': [...CLIENT_DATA, 'pool.contribution'],
  // Reports are written to files; nothing the screens show changes.
  'reports.build': [],
  'reports.save': [],
  'files.showInFolder': [],
};

export function invalidatedBy(op: OperationName): readonly OperationName[] {
  return INVALIDATES[op] ?? [];
}
