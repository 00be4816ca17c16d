import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { ServiceContext } from '../api/context';
import { evidenceFolder, storedPath } from '../dossier/evidenceStore';

/**
 * Backups carry the evidence files their rows name (docs/dossiers.md "Backups, bundles, erasure"): a backup
 * is a copy of the database, and the files live beside it in the evidence store, so each backup's files are
 * copied into `backups/evidence/` — once per file, however many backups name it, as the store keeps them.
 * A restore puts back any file the restored rows name that the store lacks; deleting a backup deletes the
 * files no remaining backup names. A file copied here is a copy, not a link: a store file changed on disk
 * afterwards leaves the backup's copy as it was.
 */

export const BACKUP_EVIDENCE_FOLDER = 'evidence';

const HASH = /^[0-9a-f]{64}$/;

/** The evidence hashes a database file names: none when it predates evidence, null when it cannot be read. */
export function evidenceHashesIn(file: string, nativeBinding?: string): string[] | null {
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'evidence'").get();
    if (!table) return [];
    return (db.prepare('SELECT DISTINCT sha256 FROM evidence ORDER BY sha256').pluck().all() as string[]).filter((h) =>
      HASH.test(h),
    );
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** Copies into the backups folder every store file the backup names that is not there yet. */
export function keepEvidenceWithBackup(
  ctx: Pick<ServiceContext, 'databasePath' | 'evidenceFolder' | 'nativeBinding'>,
  backupFile: string,
): number {
  const hashes = evidenceHashesIn(backupFile, ctx.nativeBinding) ?? [];
  if (hashes.length === 0) return 0;
  const store = evidenceFolder(ctx);
  const kept = path.join(path.dirname(backupFile), BACKUP_EVIDENCE_FOLDER);
  let copied = 0;
  for (const hash of hashes) {
    const target = storedPath(kept, hash);
    if (fs.existsSync(target)) continue;
    const source = storedPath(store, hash);
    if (!fs.existsSync(source)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.partial`;
    fs.copyFileSync(source, temp, fs.constants.COPYFILE_FICLONE);
    fs.renameSync(temp, target);
    copied++;
  }
  return copied;
}

/**
 * After a backup was deleted: the kept files no remaining backup in the folder names are deleted too. When
 * any backup there cannot be read, nothing is deleted: a file it may name is kept rather than guessed gone.
 */
export function sweepBackupEvidence(folder: string, nativeBinding?: string): number {
  const kept = path.join(folder, BACKUP_EVIDENCE_FOLDER);
  if (!fs.existsSync(kept)) return 0;
  const named = new Set<string>();
  for (const name of fs.readdirSync(folder)) {
    if (!name.endsWith('.sqlite')) continue;
    const hashes = evidenceHashesIn(path.join(folder, name), nativeBinding);
    if (hashes === null) return 0;
    for (const h of hashes) named.add(h);
  }
  let removed = 0;
  for (const shard of fs.readdirSync(kept)) {
    const dir = path.join(kept, shard);
    if (!/^[0-9a-f]{2}$/.test(shard) || !fs.statSync(dir).isDirectory()) continue;
    for (const hash of fs.readdirSync(dir)) {
      if (HASH.test(hash) && !named.has(hash)) {
        fs.rmSync(path.join(dir, hash), { force: true });
        removed++;
      }
    }
  }
  return removed;
}

/** After a restore: every file the restored rows name that the store lacks, put back from the backups. */
export function restoreEvidenceFromBackups(ctx: ServiceContext, backupsFolder: string): number {
  const hashes = ctx.db.prepare('SELECT DISTINCT sha256 FROM evidence').pluck().all() as string[];
  const store = evidenceFolder(ctx);
  const kept = path.join(backupsFolder, BACKUP_EVIDENCE_FOLDER);
  let restored = 0;
  for (const hash of hashes) {
    if (!HASH.test(hash)) continue;
    const target = storedPath(store, hash);
    const source = storedPath(kept, hash);
    if (fs.existsSync(target) || !fs.existsSync(source)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(source, `${target}.partial`, fs.constants.COPYFILE_FICLONE);
    fs.renameSync(`${target}.partial`, target);
    restored++;
  }
  return restored;
}
