import type { OperationDef } from '../../shared/api/operation';
import type { OperationName, OperationOutput, Operations, ParsedInput } from '../../shared/api/operations';
import type { z } from 'zod';
import { assessmentHandlers } from '../assessments/handlers';
import { backupHandlers } from '../backup/handlers';
import { bundleHandlers } from '../bundles/handlers';
import { clientHandlers } from '../clients/handlers';
import { demoHandlers } from '../demo/handlers';
import { dossierHandlers } from '../dossier/handlers';
import { frameworkHandlers } from '../frameworks/handlers';
import { poolHandlers } from '../pool/handlers';
import { reportHandlers } from '../reports/handlers';
import { resultHandlers } from '../results/handlers';
import { roadmapHandlers } from '../roadmap/handlers';
import { surveyHandlers } from '../surveys/handlers';
import { settingsHandlers } from '../settings/handlers';
import { teamHandlers } from '../team/handlers';
import type { JobControl } from '../jobs/control';
import { jobHandlers } from '../jobs/handlers';
import type { ServiceContext } from './context';
import type { PreparedWrite } from './preparedWrite';

/**
 * What a handler answers: its result, or a promise of it for the operations the table marks `async`; an
 * `async` command that writes answers with a prepared write, which the dispatcher commits, and so does a
 * writing job (it prepares outside the transaction, possibly on a worker thread; a promise when its
 * preparation waits for something, such as the backup before a large import — only `dispatch` waits).
 */
type Answer<D extends OperationDef, O> = D extends { kind: 'write'; async: true }
  ? Promise<O | PreparedWrite<O>>
  : D extends { kind: 'write'; job: true }
    ? PreparedWrite<O> | Promise<PreparedWrite<O>>
    : O | Promise<O>;

/**
 * A feature's implementations of its operation table: TypeScript refuses the object if an operation lacks
 * one or answers with the wrong type. Handlers answer synchronously, except those the table marks `async`;
 * an asynchronous one that writes the database answers with a prepared write (main/api/preparedWrite.ts).
 * A job's handler also gets its job (progress, cancel).
 */
export type HandlersOf<T extends Record<string, OperationDef>> = {
  [K in keyof T]: (
    input: z.output<T[K]['input']>,
    ctx: ServiceContext,
    job: JobControl,
  ) => Answer<T[K], Exclude<T[K]['output'], undefined>>;
};

export type Handlers = {
  [K in OperationName]: (
    input: ParsedInput<K>,
    ctx: ServiceContext,
    job: JobControl,
  ) => Answer<Operations[K], OperationOutput<K>>;
};

/** Every feature's handlers merged, in the order of `shared/api/operations.ts`. */
export const handlers: Handlers = {
  ...settingsHandlers,
  ...clientHandlers,
  ...frameworkHandlers,
  ...assessmentHandlers,
  ...resultHandlers,
  ...poolHandlers,
  ...reportHandlers,
  ...roadmapHandlers,
  ...surveyHandlers,
  ...teamHandlers,
  ...demoHandlers,
  ...backupHandlers,
  ...jobHandlers,
  ...bundleHandlers,
  ...dossierHandlers,
};
