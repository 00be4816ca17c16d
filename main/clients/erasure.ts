import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type {
  BackupSummary,
  ErasureCounts,
  ErasureInput,
  ErasurePreview,
  ErasureReport,
} from '../../shared/clients/erasure';
import type { ServiceContext } from '../api/context';
import { type PreparedWrite, preparedWrite } from '../api/preparedWrite';
import { auditSubject } from '../api/writeScope';
import { forgetInAudit } from '../db/audit';
import { clientRows, type Row } from '../db/clientRows';
import { clientSchema, identityColumns, matchKey, quoteName } from '../db/clientTables';
import { compactDatabase, maintainSearchIndex } from '../db/maintenance';
import { evidenceFolder, releaseFile } from '../dossier/evidenceStore';
import { requireClient } from './clients';

/**
 * Erasing a client (a client's request, the end of a contract): afterwards nothing of theirs is left in the
 * database file.
 *
 * - Every row of theirs goes, in every table that hangs below `clients` by a foreign key (found from the
 *   schema, `main/db/clientTables.ts`), children first and by key — so a table whose foreign key does not
 *   cascade is emptied too. A round in the benchmark pool takes its record with it (migration 003's trigger).
 * - The search index is merged into one segment, which drops the deleted entries: a plain delete leaves the
 *   words in the index's old segments.
 * - The audit log forgets them (`forgetInAudit`): the entries about their records, and about records deleted
 *   under them before. The erasure's own entry names no id ("a client was erased", subject `-`). The change
 *   log stays: its rows hold a time, an operation name and entity kinds, no id or text, and the change stream
 *   (the app's refresh, other processes) counts on its positions.
 * - `secure_delete` (set at open) zeroes what is deleted; after the commit the file is rewritten without
 *   free pages (VACUUM) and the write-ahead log emptied (checkpoint TRUNCATE), so none of their texts
 *   remains in the bytes of the file or its log.
 *
 * - Their evidence files leave the evidence store after the commit, except a file another client's evidence
 *   names too (main/dossier/evidenceStore.ts keeps each file once).
 *
 * Before that, where this installation keeps backups, a backup is made; the backups that still hold the
 * client are listed, and deleted when asked (the one just made included).
 */

export async function erasurePreview(ctx: ServiceContext, id: string): Promise<ErasurePreview> {
  const client = requireClient(ctx, id);
  const counts = countRows(clientRows(ctx.db, clientSchema(ctx.db), id).owned);
  const backups = ctx.erasureBackups ? await ctx.erasureBackups.holding(id) : [];
  return {
    client: { id: client.id, name: client.name },
    counts,
    backupsKept: ctx.erasureBackups !== undefined,
    backups,
  };
}

export async function eraseClient(
  ctx: ServiceContext,
  input: z.output<typeof ErasureInput>,
): Promise<PreparedWrite<ErasureReport>> {
  // Checked before the backup (no backup for a mistyped name) and again in the transaction.
  confirmName(ctx, input.id, input.confirm);
  const backup = ctx.erasureBackups ? await ctx.erasureBackups.backupNow('erasure') : null;
  const store = evidenceFolder(ctx);
  return preparedWrite(
    () => eraseRows(ctx, input.id, input.confirm),
    async (erased) => {
      // Their evidence files, except those another client's evidence also names (the store keeps one copy).
      for (const hash of erased.evidenceFiles) releaseFile(ctx.db, store, hash);
      const compacted = compactDatabase(ctx.db, (message, details) => ctx.log('warn', message, details));
      const holding = ctx.erasureBackups ? await ctx.erasureBackups.holding(input.id) : [];
      const backupsDeleted: BackupSummary[] = [];
      if (input.deleteBackups && ctx.erasureBackups) {
        for (const b of holding) {
          await ctx.erasureBackups.remove(b.file);
          backupsDeleted.push(b);
        }
      }
      return {
        counts: erased.counts,
        auditEntries: erased.auditEntries,
        backup,
        compacted,
        backupsDeleted,
        backupsHolding: input.deleteBackups ? [] : holding,
      };
    },
  );
}

function confirmName(ctx: ServiceContext, id: string, confirm: string): void {
  const client = requireClient(ctx, id);
  if (confirm.trim() !== client.name) {
    throw new AppError('conflict', 'To erase a client, confirm with its exact name.', {
      fields: [{ path: 'confirm', code: 'confirm_mismatch', message: 'does not match the client name' }],
    });
  }
}

function eraseRows(
  ctx: ServiceContext,
  id: string,
  confirm: string,
): { counts: ErasureCounts; auditEntries: number; evidenceFiles: string[] } {
  confirmName(ctx, id, confirm);
  const db = ctx.db;
  const schema = clientSchema(db);
  const rows = clientRows(db, schema, id).owned;

  const ids = new Set<string>();
  for (const shape of schema.owned) {
    const identity = identityColumns(shape, schema);
    for (const row of rows.get(shape.name) ?? []) {
      for (const column of identity) if (typeof row[column] === 'string') ids.add(row[column]);
    }
  }

  for (const shape of [...schema.owned].reverse()) {
    const key = matchKey(shape);
    const remove = db.prepare(
      `DELETE FROM ${quoteName(shape.name)} WHERE ${key.map((c) => `${quoteName(c)} IS ?`).join(' AND ')}`,
    );
    for (const row of rows.get(shape.name) ?? []) remove.run(...key.map((c) => row[c] ?? null));
  }

  const auditEntries = forgetInAudit(db, ids);
  maintainSearchIndex(db);
  auditSubject(db, '-');
  const evidenceFiles = [...new Set((rows.get('evidence') ?? []).map((row) => String(row.sha256)))];
  return { counts: countRows(rows), auditEntries, evidenceFiles };
}

function countRows(rows: Map<string, Row[]>): ErasureCounts {
  const n = (table: string) => rows.get(table)?.length ?? 0;
  return {
    contacts: n('contacts'),
    engagements: n('engagements'),
    rounds: n('assessments'),
    respondents: n('respondents'),
    answers: n('answers'),
    contributions: n('pool_contributions'),
  };
}
