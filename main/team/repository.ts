import type { Database } from 'better-sqlite3';
import type { SyncReport } from '../../shared/team/schemas';
import { POOL_BLOCKS } from '../../shared/pool/benchmarkCsv';
import { stmt } from '../db/statements';
import type { VersionKind } from './remote';

/**
 * This laptop's side of the team server: its tables (main/db/migrations/011-team.ts) and the provenance of
 * colleagues' records in their pool rows (012-team-provenance.ts).
 */

export interface TeamStateRow {
  server: string;
  serverId: string | null;
  poolCursor: string;
  versionsCursor: string;
  lastSyncAt: string | null;
  lastReport: SyncReport | null;
}

export function teamState(db: Database): TeamStateRow | null {
  const row = stmt<
    [],
    {
      server: string;
      server_id: string | null;
      pool_cursor: string;
      versions_cursor: string;
      last_sync_at: string | null;
      last_report: string | null;
    }
  >(db, 'SELECT server, server_id, pool_cursor, versions_cursor, last_sync_at, last_report FROM team_state').get();
  if (!row) return null;
  return {
    server: row.server,
    serverId: row.server_id,
    poolCursor: row.pool_cursor,
    versionsCursor: row.versions_cursor,
    lastSyncAt: row.last_sync_at,
    lastReport: row.last_report ? (JSON.parse(row.last_report) as SyncReport) : null,
  };
}

/**
 * Remembers the server. Another server than the remembered one starts afresh: what this laptop pushed and
 * pulled belonged to the other one, so its colleagues' records leave the pool and the cursors restart.
 * Returns how many colleagues' records left.
 */
export function rememberServer(db: Database, server: string, serverId: string | null): number {
  const current = teamState(db);
  if (current && (current.serverId === serverId || serverId === null) && current.server === server) return 0;
  if (current && current.serverId !== null && current.serverId === serverId) {
    stmt(db, 'UPDATE team_state SET server = ?').run(server);
    return 0;
  }
  const removed = stmt(db, "DELETE FROM pool_records WHERE source = 'team'").run().changes;
  stmt(db, 'DELETE FROM team_pushed').run();
  stmt(db, 'DELETE FROM team_published').run();
  stmt(db, 'DELETE FROM team_state').run();
  stmt(db, 'INSERT INTO team_state (id, server, server_id) VALUES (1, ?, ?)').run(server, serverId);
  return removed;
}

const BLOCKS = POOL_BLOCKS.map((b) => b.toLowerCase());
const NOT_PUSHED = 'NOT EXISTS (SELECT 1 FROM team_pushed t WHERE t.record_id = pc.record_id)';

/**
 * Own contributions the server does not hold yet (`all`: every own contribution, for a new server), each as
 * the line a push sends (main/team/remote.ts `pushRecords`): PostgreSQL's record text of the server's
 * `sxw.pushed_record`, `(record id,"framework",sector,size band,country,year,B1,…,B9)`, an empty score where
 * a block was not assessed. Built here by SQLite: reading the sixteen columns into records and formatting
 * them took twice as long. Only the framework is quoted (its rule allows no quote or backslash, escaped all
 * the same); the other values are ids, codes and numbers.
 */
export function pendingRecordLines(db: Database, options: { all?: boolean } = {}): string[] {
  return stmt<[], string>(
    db,
    `SELECT '(' || p.record_id || ',"' || replace(replace(p.framework, '\\', '\\\\'), '"', '\\"') || '",' ||
       p.sector || ',' || p.size_band || ',' || p.country || ',' || p.year || ',' ||
       ${BLOCKS.map((b) => `ifnull(p.${b}, '')`).join(" || ',' || ")} || ')'
     FROM pool_contributions pc JOIN pool_records p ON p.record_id = pc.record_id
     ${options.all ? '' : `WHERE ${NOT_PUSHED}`}`,
  )
    .pluck()
    .all();
}

/** How many own contributions wait to be pushed. */
export function pendingRecordCount(db: Database): number {
  return stmt<[], number>(db, `SELECT count(*) FROM pool_contributions pc WHERE ${NOT_PUSHED}`).pluck().get() as number;
}

/** Records the server holds that this laptop has since withdrawn: the tombstones to send. */
export function pendingWithdrawals(db: Database): string[] {
  return stmt<[], { record_id: string }>(
    db,
    `SELECT t.record_id FROM team_pushed t
     WHERE NOT EXISTS (SELECT 1 FROM pool_contributions pc WHERE pc.record_id = t.record_id)`,
  )
    .all()
    .map((r) => r.record_id);
}

export interface LocalVersion {
  kind: VersionKind;
  id: string;
  version: string;
  content: string;
  sha256: string;
}

/**
 * Imported framework versions and recognition schemes not yet published (the built-in ones ship with every
 * workbench).
 */
export function pendingVersions(db: Database): LocalVersion[] {
  return stmt<[], LocalVersion>(
    db,
    `SELECT 'framework' AS kind, f.id, f.version, f.content, f.sha256 FROM frameworks f
     WHERE f.builtin = 0
       AND NOT EXISTS (SELECT 1 FROM team_published t WHERE t.kind = 'framework' AND t.id = f.id AND t.version = f.version)
     UNION ALL
     SELECT 'scheme' AS kind, s.id, s.version, s.content, s.sha256 FROM recognition_schemes s
     WHERE s.builtin = 0
       AND NOT EXISTS (SELECT 1 FROM team_published t WHERE t.kind = 'scheme' AND t.id = s.id AND t.version = s.version)`,
  ).all();
}

/** Own records the server now holds; one statement for all (a first push marks a hundred thousand). */
export function markPushed(db: Database, recordIds: readonly string[]): void {
  if (recordIds.length === 0) return;
  stmt(db, 'INSERT OR IGNORE INTO team_pushed (record_id) SELECT value FROM json_each(?)').run(
    JSON.stringify(recordIds),
  );
}

export function forgetPushed(db: Database, recordIds: readonly string[]): void {
  const drop = stmt(db, 'DELETE FROM team_pushed WHERE record_id = ?');
  for (const id of recordIds) drop.run(id);
}

export function markPublished(
  db: Database,
  versions: readonly { kind: VersionKind; id: string; version: string }[],
): void {
  const add = stmt(db, 'INSERT OR IGNORE INTO team_published (kind, id, version) VALUES (?, ?, ?)');
  for (const v of versions) add.run(v.kind, v.id, v.version);
}

export function saveSync(
  db: Database,
  s: { serverId: string; poolCursor: string; versionsCursor: string; at: string; report: SyncReport },
): void {
  stmt(
    db,
    'UPDATE team_state SET server_id = ?, pool_cursor = ?, versions_cursor = ?, last_sync_at = ?, last_report = ?',
  ).run(s.serverId, s.poolCursor, s.versionsCursor, s.at, JSON.stringify(s.report));
}

export function teamRecordCount(db: Database): number {
  return stmt<[], { n: number }>(db, "SELECT count(*) AS n FROM pool_records WHERE source = 'team'").get()?.n ?? 0;
}
