import type { OperationName, OperationOutput, ParsedInput } from '../../shared/api/operations';
import * as clients from '../services/clients';
import * as contacts from '../services/contacts';
import type { ServiceContext } from '../services/context';
import * as engagements from '../services/engagements';
import { homeSummary } from '../services/home';
import { appInfo, getSettings, updateSettings } from '../services/settings';

export type Handlers = {
  [K in OperationName]: (input: ParsedInput<K>, ctx: ServiceContext) => OperationOutput<K>;
};

/** The operation table's implementations. TypeScript refuses this object if an operation lacks one. */
export const handlers: Handlers = {
  'app.info': (_, ctx) => appInfo(ctx),
  'settings.get': (_, ctx) => getSettings(ctx),
  'settings.update': (input, ctx) => updateSettings(ctx, input),
  'home.summary': (_, ctx) => homeSummary(ctx),

  'clients.list': (input, ctx) => clients.listClients(ctx, input),
  'clients.get': ({ id }, ctx) => clients.getClient(ctx, id),
  'clients.create': (input, ctx) => clients.createClient(ctx, input),
  'clients.update': (input, ctx) => clients.updateClient(ctx, input),
  'clients.archive': ({ id }, ctx) => clients.archiveClient(ctx, id),
  'clients.restore': ({ id }, ctx) => clients.restoreClient(ctx, id),
  'clients.delete': ({ id, confirm }, ctx) => clients.deleteClient(ctx, id, confirm),

  'contacts.create': (input, ctx) => contacts.createContact(ctx, input),
  'contacts.update': (input, ctx) => contacts.updateContact(ctx, input),
  'contacts.delete': ({ id }, ctx) => contacts.deleteContact(ctx, id),

  'engagements.list': (input, ctx) => engagements.listEngagements(ctx, input),
  'engagements.get': ({ id }, ctx) => engagements.getEngagement(ctx, id),
  'engagements.create': (input, ctx) => engagements.createEngagement(ctx, input),
  'engagements.update': (input, ctx) => engagements.updateEngagement(ctx, input),
  'engagements.delete': ({ id }, ctx) => engagements.deleteEngagement(ctx, id),
};
