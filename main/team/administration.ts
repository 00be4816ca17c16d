import type pg from 'pg';
import { LEDGER_K_DEFAULT } from './serverSchema';
import type { ServiceContext } from '../api/context';
import { addConsultant, initServer, removeConsultant } from './admin';
import { asTeamError, connect, parseServerAddress } from './connection';

/** The administrator's operations: each opens its own connection with the administrator's login. */

async function asAdmin<T>(
  ctx: ServiceContext,
  input: { server?: string; password?: string },
  work: (client: pg.Client, server: string) => Promise<T>,
): Promise<T> {
  const remembered = ctx.db.prepare('SELECT server FROM team_state').pluck().get() as string | undefined;
  const address = parseServerAddress(input.server ?? remembered ?? '', ctx.osLanguage);
  const password = input.password ?? address.password ?? ctx.teamSecrets?.get(address.url) ?? null;
  const client = await connect(address, password, ctx.osLanguage);
  try {
    return await work(client, address.url);
  } catch (error) {
    throw asTeamError(error, ctx.osLanguage, address.url);
  } finally {
    await client.end().catch(() => {});
  }
}

export function initTeamServer(ctx: ServiceContext, input: { server: string; password?: string; k?: number }) {
  return asAdmin(ctx, input, async (client, server) => ({
    server,
    ...(await initServer(client, {
      k: input.k ?? null,
      defaultK: LEDGER_K_DEFAULT,
      appVersion: ctx.version,
      language: ctx.osLanguage,
      server,
    })),
  }));
}

export function addTeamConsultant(
  ctx: ServiceContext,
  input: { server?: string; password?: string; name: string; consultantPassword?: string },
) {
  return asAdmin(ctx, input, async (client) => {
    const added = await addConsultant(client, input.name, input.consultantPassword ?? null, ctx.osLanguage);
    return { name: added.name, password: added.password };
  });
}

export function removeTeamConsultant(ctx: ServiceContext, input: { server?: string; password?: string; name: string }) {
  return asAdmin(ctx, input, (client) => removeConsultant(client, input.name, ctx.osLanguage));
}
