import type { clientOperations } from '../../shared/clients/operations';
import type { HandlersOf } from '../api/handlers';
import * as clients from './clients';
import * as contacts from './contacts';
import * as engagements from './engagements';
import { eraseClient, erasurePreview } from './erasure';
import { homeBadge, homeSummary } from './home';

export const clientHandlers: HandlersOf<typeof clientOperations> = {
  'home.summary': (query, ctx) => homeSummary(ctx, query),
  'home.badge': (_, ctx) => homeBadge(ctx),

  'clients.list': (input, ctx) => clients.listClients(ctx, input),
  'clients.get': ({ id }, ctx) => clients.getClient(ctx, id),
  'clients.create': (input, ctx) => clients.createClient(ctx, input),
  'clients.update': (input, ctx) => clients.updateClient(ctx, input),
  'clients.archive': ({ id }, ctx) => clients.archiveClient(ctx, id),
  'clients.restore': ({ id }, ctx) => clients.restoreClient(ctx, id),
  'clients.erasurePreview': ({ id }, ctx) => erasurePreview(ctx, id),
  'clients.erase': (input, ctx) => eraseClient(ctx, input),

  'contacts.create': (input, ctx) => contacts.createContact(ctx, input),
  'contacts.update': (input, ctx) => contacts.updateContact(ctx, input),
  'contacts.delete': ({ id }, ctx) => contacts.deleteContact(ctx, id),

  'engagements.list': (input, ctx) => engagements.listEngagements(ctx, input),
  'engagements.get': ({ id }, ctx) => engagements.getEngagement(ctx, id),
  'engagements.create': (input, ctx) => engagements.createEngagement(ctx, input),
  'engagements.update': (input, ctx) => engagements.updateEngagement(ctx, input),
  'engagements.delete': ({ id }, ctx) => engagements.deleteEngagement(ctx, id),
};
