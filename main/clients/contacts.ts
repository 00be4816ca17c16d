import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { ContactInput } from '../../shared/clients/schemas';
import { appendAudit } from '../db/audit';
import * as contacts from './contactsRepository';
import { requireClient } from './clients';
import type { ServiceContext } from '../api/context';

type NewContact = z.output<typeof ContactInput>;

export function createContact(ctx: ServiceContext, input: NewContact): { id: string } {
  const id = ctx.newId('ct');
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    requireClient(ctx, input.clientId);
    contacts.insertContact(ctx.db, { id, ...input, at });
    appendAudit(ctx.db, {
      at,
      action: 'create',
      entity: 'contact',
      entityId: id,
      details: { clientId: input.clientId },
    });
  })();
  return { id };
}

export function updateContact(ctx: ServiceContext, input: NewContact & { id: string }): { id: string } {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const existing = contacts.findContact(ctx.db, input.id);
    // A contact never moves between clients; a mismatching clientId is a stale form, not a move.
    if (!existing || existing.clientId !== input.clientId) throw notFound(input.id);
    contacts.updateContact(ctx.db, { ...input, at });
  })();
  return { id: input.id };
}

export function deleteContact(ctx: ServiceContext, id: string): { id: string } {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    if (!contacts.deleteContact(ctx.db, id)) throw notFound(id);
    appendAudit(ctx.db, { at, action: 'delete', entity: 'contact', entityId: id });
  })();
  return { id };
}

function notFound(id: string): AppError {
  return new AppError('not_found', `No contact with id ${id}.`, { entity: 'contact', id });
}
