import type { z } from 'zod';
import { assessmentOperations } from '../assessments/operations';
import { backupOperations } from '../backup/operations';
import { bundleOperations } from '../bundles/operations';
import { clientOperations } from '../clients/operations';
import { demoOperations } from '../demo/operations';
import { dossierOperations } from '../dossier/operations';
import { frameworkOperations } from '../frameworks/operations';
import { jobOperations } from '../jobs/operations';
import { poolOperations } from '../pool/operations';
import { reportOperations } from '../reports/operations';
import { resultOperations } from '../results/operations';
import { roadmapOperations } from '../roadmap/operations';
import { settingsOperations } from '../settings/operations';
import { surveyOperations } from '../surveys/operations';
import { teamOperations } from '../team/operations';
import type { ChangeEvent, Entity } from './entities';
import type { OperationDef } from './operation';
import type { Result } from './result';

/**
 * The one API of the workbench: every feature's operations merged. Each is declared once in its feature
 * (`shared/<feature>/operations.ts`: input schema, result, errors, what it reads or writes) and served
 * unchanged over Electron IPC, the loopback bridge and the CLI. A new feature adds one line here.
 */
export const operations = {
  ...settingsOperations,
  ...clientOperations,
  ...frameworkOperations,
  ...assessmentOperations,
  ...resultOperations,
  ...poolOperations,
  ...reportOperations,
  ...roadmapOperations,
  ...demoOperations,
  ...backupOperations,
  ...jobOperations,
  ...bundleOperations,
  ...surveyOperations,
  ...dossierOperations,
  ...teamOperations,
} satisfies Record<string, OperationDef>;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Operations[K]['input']>;
/** The phantom's `undefined` removed, a declared `null` kept (e.g. `settings.logo` when there is none). */
export type OperationOutput<K extends OperationName> = Exclude<Operations[K]['output'], undefined>;
export type OperationErrors<K extends OperationName> = Operations[K]['errors'][number];
export type QueryName = { [K in OperationName]: Operations[K]['kind'] extends 'read' ? K : never }[OperationName];

export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}

/** What a reading operation shows; empty for writing ones. */
export function readsOf(name: OperationName): readonly Entity[] {
  const def: OperationDef = operations[name];
  return def.kind === 'read' ? def.reads : [];
}

/**
 * What a transport exposes: the same shape in Electron's preload, the bridge client and tests. `onChange`
 * delivers the dispatcher's change events (every committed write, this window's or anyone's).
 */
export interface ApiTransport {
  call<K extends OperationName>(op: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>>;
  onChange?(listener: (event: ChangeEvent) => void): () => void;
}
