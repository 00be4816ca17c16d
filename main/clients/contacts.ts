import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { ContactInput } from '../../shared/clients/schemas';
import * as contacts from './contactsRepository';
import { requireClient } from './clients';
import type { ServiceContext } from '../api/context';

type NewContact = z.output<typeof ContactInput>;

export function createContact(ctx: ServiceContext, input: NewContact): { id: string } {
  const id = ctx.newId('ct');
  requireClient(ctx, input.clientId);
  contacts.insertContact(ctx.db, { id, ...input, at: ctx.now().toISOString() });
  return { id };
}

export function updateContact(ctx: ServiceContext, input: NewContact & { id: string }): { id: string } {
  const existing = contacts.findContact(ctx.db, input.id);
  // A contact never moves between clients; a mismatching clientId is a stale form, not a move.
  if (!existing || existing.clientId !== input.clientId) throw notFound(input.id);
  contacts.updateContact(ctx.db, { ...input, at: ctx.now().toISOString() });
  return { id: input.id };
}

export function deleteContact(ctx: ServiceContext, id: string): { id: string } {
  if (!contacts.deleteContact(ctx.db, id)) throw notFound(id);
  return { id };
}

function notFound(id: string): AppError {
  return new AppError('not_found', `No contact with id ${id}.`, { entity: 'contact', id });
}
