import { z } from 'zod';
import {
  type AppInfo,
  type ClientDetail,
  ClientInput,
  ClientListQuery,
  type ClientPage,
  ContactInput,
  type Engagement,
  EngagementInput,
  EngagementStatus,
  EngagementUpdate,
  type HomeSummary,
  Id,
  type ResolvedSettings,
  Settings,
} from '../domain/schemas';
import type { ErrorCode, Result } from './result';

/**
 * The one API of the workbench. Every operation is declared here once — name, input schema, result type,
 * the errors it may return — and served unchanged over Electron IPC, the loopback bridge and the CLI.
 */

export interface OperationDef<I extends z.ZodType, O, E extends ErrorCode> {
  input: I;
  errors: readonly E[];
  /** Phantom: carries the result type; never read at run time. */
  output?: O;
  /** Reads only; a transport may cache or retry it. */
  query: boolean;
}

const op =
  <O>() =>
  <I extends z.ZodType, E extends ErrorCode>(def: { input: I; errors: readonly E[]; query?: boolean }) =>
    ({ ...def, query: def.query ?? false }) as OperationDef<I, O, E | 'invalid_input' | 'internal'>;

const ById = z.object({ id: Id });
const Nothing = z.object({}).strict().default({});

export const operations = {
  'app.info': op<AppInfo>()({ input: Nothing, errors: [], query: true }),
  'settings.get': op<ResolvedSettings>()({ input: Nothing, errors: [], query: true }),
  'settings.update': op<ResolvedSettings>()({ input: Settings.partial(), errors: [] }),
  'home.summary': op<HomeSummary>()({ input: Nothing, errors: [], query: true }),

  'clients.list': op<ClientPage>()({ input: ClientListQuery, errors: [], query: true }),
  'clients.get': op<ClientDetail>()({ input: ById, errors: ['not_found'], query: true }),
  'clients.create': op<{ id: string }>()({ input: ClientInput, errors: [] }),
  'clients.update': op<{ id: string }>()({ input: ClientInput.extend({ id: Id }), errors: ['not_found'] }),
  'clients.archive': op<{ id: string }>()({ input: ById, errors: ['not_found'] }),
  'clients.restore': op<{ id: string }>()({ input: ById, errors: ['not_found'] }),
  /** Hard delete of a client with its contacts and engagements; `confirm` must repeat the client's name. */
  'clients.delete': op<{ id: string }>()({
    input: z.object({ id: Id, confirm: z.string() }),
    errors: ['not_found', 'conflict'],
  }),

  'contacts.create': op<{ id: string }>()({ input: ContactInput, errors: ['not_found'] }),
  'contacts.update': op<{ id: string }>()({ input: ContactInput.extend({ id: Id }), errors: ['not_found'] }),
  'contacts.delete': op<{ id: string }>()({ input: ById, errors: ['not_found'] }),

  'engagements.list': op<Engagement[]>()({
    input: z.object({ clientId: Id.optional(), statuses: z.array(EngagementStatus).optional() }).default({}),
    errors: [],
    query: true,
  }),
  'engagements.get': op<Engagement>()({ input: ById, errors: ['not_found'], query: true }),
  'engagements.create': op<{ id: string }>()({ input: EngagementInput, errors: ['not_found'] }),
  'engagements.update': op<{ id: string }>()({
    input: EngagementUpdate,
    errors: ['not_found'],
  }),
  'engagements.delete': op<{ id: string }>()({
    input: z.object({ id: Id, confirm: z.literal(true) }),
    errors: ['not_found'],
  }),
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Operations[K]['input']>;
export type OperationOutput<K extends OperationName> = NonNullable<Operations[K]['output']>;
export type OperationErrors<K extends OperationName> = Operations[K]['errors'][number];

export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}

/** What a transport exposes: the same shape in Electron's preload, the bridge client and tests. */
export interface ApiTransport {
  call<K extends OperationName>(op: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>>;
}
