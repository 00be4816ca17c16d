import type { OperationDef } from '../../shared/api/operation';
import type { OperationName, OperationOutput, ParsedInput } from '../../shared/api/operations';
import type { z } from 'zod';
import { assessmentHandlers } from '../assessments/handlers';
import { clientHandlers } from '../clients/handlers';
import { demoHandlers } from '../demo/handlers';
import { frameworkHandlers } from '../frameworks/handlers';
import { poolHandlers } from '../pool/handlers';
import { reportHandlers } from '../reports/handlers';
import { resultHandlers } from '../results/handlers';
import { settingsHandlers } from '../settings/handlers';
import type { JobControl } from '../jobs/control';
import { jobHandlers } from '../jobs/handlers';
import type { Deferred } from './commitLater';
import type { ServiceContext } from './context';

/**
 * A feature's implementations of its operation table: TypeScript refuses the object if an operation lacks
 * one or answers with the wrong type. Handlers answer synchronously, except those the table marks `async`.
 * A job's handler also gets its job (progress, cancel); a writing job returns `commitLater(…)`.
 */
export type HandlersOf<T extends Record<string, OperationDef>> = {
  [K in keyof T]: (
    input: z.output<T[K]['input']>,
    ctx: ServiceContext,
    job: JobControl,
  ) => Answer<Exclude<T[K]['output'], undefined>>;
};

type Answer<O> = O | Promise<O> | Deferred<O>;

export type Handlers = {
  [K in OperationName]: (input: ParsedInput<K>, ctx: ServiceContext, job: JobControl) => Answer<OperationOutput<K>>;
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
  ...demoHandlers,
  ...jobHandlers,
};
