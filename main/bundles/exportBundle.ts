import fs from 'node:fs';
import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import {
  BUNDLE_EXTENSION,
  type BundleExport,
  type BundleExportInput,
  MAX_BUNDLE_BYTES,
  MAX_BUNDLE_MB,
} from '../../shared/bundles/schemas';
import type { ServiceContext } from '../api/context';
import { requireClient } from '../clients/clients';
import { clientRows } from '../db/clientRows';
import { clientSchema } from '../db/clientTables';
import { evidenceFolder, storedPath } from '../dossier/evidenceStore';
import { evidenceEntryName, writeBundle } from './bundleFile';
import { travellingTables } from './travellingTables';
import { encodeTable, entryName } from './tableEntry';

/**
 * One client with the chosen engagements, as a bundle: the client's row, every row below it that belongs
 * to those engagements or to the client itself (contacts, and what a later migration hangs under either),
 * and the framework versions its rounds use — each table as it stands in the schema.
 */
export async function exportBundle(
  ctx: ServiceContext,
  input: z.output<typeof BundleExportInput>,
): Promise<BundleExport> {
  const client = requireClient(ctx, input.clientId);
  const schema = clientSchema(ctx.db);
  const chosen = input.engagementIds ? new Set(input.engagementIds) : null;
  const rows = clientRows(ctx.db, schema, client.id, (table, row) =>
    table === 'engagements' && chosen ? chosen.has(row.id as string) : true,
  );
  const engagementIds = (rows.owned.get('engagements') ?? []).map((e) => e.id as string);
  const missing = [...(chosen ?? [])].filter((id) => !engagementIds.includes(id));
  if (missing.length > 0) {
    throw new AppError('not_found', `The client has no engagement ${missing.join(', ')}.`, {
      entity: 'engagement',
      id: missing[0],
    });
  }

  const tables = new Map<string, Uint8Array>();
  const counts: Record<string, number> = {};
  for (const shape of travellingTables(schema)) {
    const tableRows = rows.owned.get(shape.name) ?? rows.referenced.get(shape.name) ?? [];
    tables.set(entryName(shape.name), encodeTable(shape.name, shape.columns, tableRows));
    counts[shape.name] = tableRows.length;
  }
  // The evidence files its rows name travel beside the rows, each once (docs/file-formats.md "Client bundle").
  const store = evidenceFolder(ctx);
  for (const hash of new Set((rows.owned.get('evidence') ?? []).map((row) => String(row.sha256)))) {
    try {
      tables.set(evidenceEntryName(hash), await fs.promises.readFile(storedPath(store, hash)));
    } catch {
      // A file gone from the store goes without its bytes; the receiving register flags it as missing.
      ctx.log('warn', 'An evidence file is missing from the store and is not in the bundle', { sha256: hash });
    }
  }
  const created = ctx.now().toISOString();
  const bytes = await writeBundle(
    {
      appVersion: ctx.version,
      schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
      created,
      client: client.id,
      engagements: engagementIds,
    },
    tables,
    input.passphrase,
  );
  if (bytes.length > MAX_BUNDLE_BYTES) {
    throw new AppError(
      'invalid_input',
      `The bundle would be larger than ${MAX_BUNDLE_MB} MB; choose fewer engagements.`,
      {
        fields: [
          { path: 'engagementIds', code: 'too_large', message: `the bundle would be larger than ${MAX_BUNDLE_MB} MB` },
        ],
      },
    );
  }
  return {
    fileName: `${fileStem(client.name)}-${created.slice(0, 10)}${BUNDLE_EXTENSION}`,
    contentBase64: bytes.toString('base64'),
    bytes: bytes.length,
    encrypted: input.passphrase !== undefined,
    rows: counts,
  };
}

/** A file name from the client's name: letters and digits kept (accents dropped), the rest one hyphen. */
function fileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'client';
}
