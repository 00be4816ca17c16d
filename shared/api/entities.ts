/**
 * What the workbench's data is made of, as operations declare it: a reading operation names the entities
 * it shows, a writing one those it may change. The dispatcher reports every write as a change event naming
 * them, and everything that must follow a write (the renderer's queries, the benchmark pool's index, the
 * change log) reads that event — there is no hand-kept list of who refreshes what.
 *
 * One entity per kind of thing a consultant sees change; a new feature adds its own here.
 */
export const ENTITIES = [
  'settings',
  'clients',
  'contacts',
  'engagements',
  'frameworks',
  'assessments',
  'respondents',
  'answers',
  'shifts',
  /** Benchmark pool records and the rounds' contributions to them. */
  'pool',
  'packs',
  /** A roadmap's horizon, block targets and dismissed suggestions. */
  'roadmap',
  /** Roadmap initiatives with their milestones, dependencies and history. */
  'initiatives',
  /** The backups folder beside the database (files, not tables): made, verified, deleted, restored. */
  'backups',
  /** Reports exported of a round (when, which kind and language; never where to). */
  'reports',
  /** A round's key messages, recommendations and invited counts: the consultant's layer of the report. */
  'notes',
  /** Survey mappings saved by name for a framework version, offered at the next round's import. */
  'mappings',
  /** Recognition schemes: the built-in one and those a firm imported. */
  'schemes',
  /** An engagement's recognition dossier: its scheme, texts, ratings, findings and key results. */
  'dossiers',
  /** The evidence register: files in the data folder's store, their metadata and links to parts. */
  'evidence',
  /** The team server on this laptop: its address, what it holds of this laptop's, the last sync. */
  'team',
] as const;

export type Entity = (typeof ENTITIES)[number];

/** What the dispatcher emits after a writing operation has committed. */
export interface ChangeEvent {
  /** Position in the change log; increases with every committed write, in every process. */
  seq: number;
  operation: string;
  entities: Entity[];
  at: string;
  /** True when another process (the CLI beside the app, another window) made the change. */
  external?: boolean;
}

export function touches(entities: readonly Entity[], event: Pick<ChangeEvent, 'entities'>): boolean {
  return event.entities.some((e) => entities.includes(e));
}
