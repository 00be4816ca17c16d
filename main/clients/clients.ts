import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { ClientInput, ClientListQuery, ClientDetail, ClientPage } from '../../shared/clients/schemas';
import * as clients from './clientsRepository';
import { contactsOfClient } from './contactsRepository';
import { listEngagements } from './engagementsRepository';
import type { ServiceContext } from '../api/context';

type NewClient = z.output<typeof ClientInput>;

export function listClients(ctx: ServiceContext, query: z.output<typeof ClientListQuery>): ClientPage {
  return clients.listClients(ctx.db, query);
}

export function getClient(ctx: ServiceContext, id: string): ClientDetail {
  const client = requireClient(ctx, id);
  return { client, contacts: contactsOfClient(ctx.db, id), engagements: listEngagements(ctx.db, { clientId: id }) };
}

export function createClient(ctx: ServiceContext, input: NewClient, options: { demo?: boolean } = {}): { id: string } {
  const id = ctx.newId('cl');
  const at = ctx.now().toISOString();
  clients.insertClient(ctx.db, {
    id,
    ...input,
    demo: options.demo ?? false,
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
  });
  return { id };
}

export function updateClient(ctx: ServiceContext, input: NewClient & { id: string }): { id: string } {
  if (!clients.updateClient(ctx.db, { ...input, updatedAt: ctx.now().toISOString() })) throw notFound(input.id);
  return { id: input.id };
}

export function archiveClient(ctx: ServiceContext, id: string): { id: string } {
  return setArchived(ctx, id, true);
}

export function restoreClient(ctx: ServiceContext, id: string): { id: string } {
  return setArchived(ctx, id, false);
}

function setArchived(ctx: ServiceContext, id: string, archived: boolean): { id: string } {
  const at = ctx.now().toISOString();
  const client = requireClient(ctx, id);
  // Archiving twice keeps the first date: "archived since" should mean what it says.
  const archivedAt = archived ? (client.archivedAt ?? at) : null;
  clients.setClientArchived(ctx.db, id, archivedAt, at);
  return { id };
}

export function requireClient(ctx: ServiceContext, id: string) {
  const client = clients.findClient(ctx.db, id);
  if (!client) throw notFound(id);
  return client;
}

function notFound(id: string): AppError {
  return new AppError('not_found', `No client with id ${id}.`, { entity: 'client', id });
}
