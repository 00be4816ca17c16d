import type { Database, Statement } from 'better-sqlite3';
import type { PoolRecord } from '../../shared/pool/benchmarkCsv';
import type { SyncReport } from '../../shared/team/schemas';
import { stmt } from '../db/statements';
import { POOL_COLUMNS, recordParams, toPoolRecord } from '../pool/repository';
import type { VersionKind } from './remote';

/** This laptop's side of the team server: its tables (main/db/migrations/011-team.ts). */

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
  stmt(db, 'DELETE FROM team_records').run();
  stmt(db, 'DELETE FROM team_pushed').run();
  stmt(db, 'DELETE FROM team_published').run();
  stmt(db, 'DELETE FROM team_state').run();
  stmt(db, 'INSERT INTO team_state (id, server, server_id) VALUES (1, ?, ?)').run(server, serverId);
  return removed;
}

/** Own contributions the server does not hold yet (`all`: every own contribution, for a new server). */
export function pendingRecords(db: Database, options: { all?: boolean } = {}): PoolRecord[] {
  return stmt<[], unknown[]>(
    db,
    `SELECT ${POOL_COLUMNS.split(', ')
      .map((c) => `p.${c}`)
      .join(', ')}
     FROM pool_contributions pc JOIN pool_records p ON p.record_id = pc.record_id
     ${options.all ? '' : 'WHERE NOT EXISTS (SELECT 1 FROM team_pushed t WHERE t.record_id = pc.record_id)'}`,
  )
    .raw(true)
    .all()
    .map(toPoolRecord);
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

export function markPushed(db: Database, recordIds: readonly string[]): void {
  const add = stmt(db, 'INSERT OR IGNORE INTO team_pushed (record_id) VALUES (?)');
  for (const id of recordIds) add.run(id);
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

/** Rows per statement: one call per hundred rows keeps the per-call cost small (17 × 100 parameters). */
const BATCH_ROWS = 100;

const upsertSql = (rows: number) =>
  `INSERT INTO pool_records (${POOL_COLUMNS}, source) VALUES ${Array(rows)
    .fill(`(${'?, '.repeat(16)}?)`)
    .join(', ')}
   ON CONFLICT (record_id) DO UPDATE SET framework = excluded.framework, sector = excluded.sector,
     size_band = excluded.size_band, country = excluded.country, year = excluded.year,
     b1 = excluded.b1, b2 = excluded.b2, b3 = excluded.b3, b4 = excluded.b4, b5 = excluded.b5,
     b6 = excluded.b6, b7 = excluded.b7, b8 = excluded.b8, b9 = excluded.b9
   WHERE pool_records.source = 'team'
     AND (pool_records.framework, pool_records.sector, pool_records.size_band, pool_records.country,
          pool_records.year, pool_records.b1, pool_records.b2, pool_records.b3, pool_records.b4,
          pool_records.b5, pool_records.b6, pool_records.b7, pool_records.b8, pool_records.b9)
       IS NOT (excluded.framework, excluded.sector, excluded.size_band, excluded.country, excluded.year,
          excluded.b1, excluded.b2, excluded.b3, excluded.b4, excluded.b5, excluded.b6, excluded.b7,
          excluded.b8, excluded.b9)`;

/**
 * Takes colleagues' released records into the pool (source `team`) with their provenance, a hundred rows
 * per statement: new ones are added, and those whose release changed (a country generalised, or no longer)
 * updated. A record id that belongs to a record of another source here (an imported pack's) is a conflict
 * and is left alone; those are looked for only in a batch where fewer rows changed than it holds (never on a
 * first pull). Answers how many records were added or changed, and the conflicts.
 */
export function takeTeamRecords(
  db: Database,
  serverId: string,
  records: readonly { record: PoolRecord; contributor: string }[],
): { changed: number; conflicts: number } {
  let changed = 0;
  let conflicts = 0;
  const statements = new Map<number, { upsert: Statement; provenance: Statement; others: Statement }>();
  const statementsFor = (rows: number) => {
    let s = statements.get(rows);
    if (!s) {
      const list = Array(rows).fill('?').join(', ');
      s = {
        upsert: db.prepare(upsertSql(rows)),
        provenance: db.prepare(
          `INSERT OR REPLACE INTO team_records (record_id, server_id, contributor) VALUES ${Array(rows).fill('(?, ?, ?)').join(', ')}`,
        ),
        others: db.prepare(`SELECT record_id FROM pool_records WHERE source <> 'team' AND record_id IN (${list})`),
      };
      statements.set(rows, s);
    }
    return s;
  };
  for (let start = 0; start < records.length; start += BATCH_ROWS) {
    let batch = records.slice(start, start + BATCH_ROWS);
    const s = statementsFor(batch.length);
    const done = s.upsert.run(...batch.flatMap((r) => recordParams(r.record, 'team'))).changes;
    changed += done;
    if (done < batch.length) {
      const taken = new Set(s.others.pluck().all(...batch.map((r) => r.record.recordId)) as string[]);
      if (taken.size > 0) {
        conflicts += taken.size;
        batch = batch.filter((r) => !taken.has(r.record.recordId));
        if (batch.length === 0) continue;
      }
    }
    statementsFor(batch.length).provenance.run(...batch.flatMap((r) => [r.record.recordId, serverId, r.contributor]));
  }
  return { changed, conflicts };
}

/** Colleagues' tombstones: their records leave this laptop's pool. Answers how many were here. */
export function dropTeamRecords(db: Database, recordIds: readonly string[]): number {
  const forget = db.prepare('DELETE FROM team_records WHERE record_id = ?');
  const remove = db.prepare("DELETE FROM pool_records WHERE record_id = ? AND source = 'team'");
  let dropped = 0;
  for (const id of recordIds) {
    forget.run(id);
    dropped += remove.run(id).changes;
  }
  return dropped;
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
  return stmt<[], { n: number }>(db, 'SELECT count(*) AS n FROM team_records').get()?.n ?? 0;
}
