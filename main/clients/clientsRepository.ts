import type { Database } from 'better-sqlite3';
import type { Client, ClientListQuery, ClientPage, ClientRow } from '../../shared/clients/schemas';
import type { z } from 'zod';
import type { ClientListQuery as ClientListQuerySchema } from '../../shared/clients/schemas';
import { stmt } from '../db/statements';
import { ftsPrefixQuery } from './ftsQuery';

type ListQuery = z.output<typeof ClientListQuerySchema>;
export type { ClientListQuery };

interface ClientDbRow {
  id: string;
  name: string;
  sector: string;
  size_band: string;
  country: string;
  notes: string | null;
  demo: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface ClientRecord {
  id: string;
  name: string;
  sector: string;
  sizeBand: string;
  country: string;
  notes: string | null;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

const COLUMNS =
  'c.id, c.name, c.sector, c.size_band, c.country, c.notes, c.demo, c.created_at, c.updated_at, c.archived_at';

function toClient(r: ClientDbRow): Client {
  return {
    id: r.id,
    name: r.name,
    sector: r.sector as Client['sector'],
    sizeBand: r.size_band as Client['sizeBand'],
    country: r.country as Client['country'],
    notes: r.notes,
    demo: r.demo === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    archivedAt: r.archived_at,
  };
}

export function findClient(db: Database, id: string): Client | undefined {
  const row = stmt<[string], ClientDbRow>(db, `SELECT ${COLUMNS} FROM clients c WHERE c.id = ?`).get(id);
  return row ? toClient(row) : undefined;
}

export function insertClient(db: Database, c: ClientRecord): void {
  stmt(
    db,
    `INSERT INTO clients (id, name, sector, size_band, country, notes, demo, created_at, updated_at, archived_at)
     VALUES (@id, @name, @sector, @sizeBand, @country, @notes, @demo, @createdAt, @updatedAt, @archivedAt)`,
  ).run({ ...c, demo: c.demo ? 1 : 0 });
}

export function updateClient(
  db: Database,
  c: Pick<ClientRecord, 'id' | 'name' | 'sector' | 'sizeBand' | 'country' | 'notes' | 'updatedAt'>,
): boolean {
  return (
    stmt(
      db,
      `UPDATE clients SET name = @name, sector = @sector, size_band = @sizeBand, country = @country,
         notes = @notes, updated_at = @updatedAt WHERE id = @id`,
    ).run(c).changes === 1
  );
}

export function setClientArchived(db: Database, id: string, archivedAt: string | null, updatedAt: string): boolean {
  return (
    stmt(db, 'UPDATE clients SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, updatedAt, id)
      .changes === 1
  );
}

export function countClients(db: Database): { total: number; real: number } {
  return stmt<[], { total: number; real: number }>(
    db,
    'SELECT count(*) AS total, coalesce(sum(demo = 0), 0) AS real FROM clients',
  ).get() as { total: number; real: number };
}

const SORT_SQL: Record<ListQuery['sort'], string> = {
  name: 'c.name COLLATE NOCASE',
  sector: 'c.sector',
  sizeBand: `CASE c.size_band WHEN '1-9' THEN 1 WHEN '10-49' THEN 2 WHEN '50-249' THEN 3 WHEN '250-999' THEN 4 ELSE 5 END`,
  country: 'c.country',
  updatedAt: 'c.updated_at',
};

/**
 * One page of the client list. Filters and the search compose into one WHERE clause; the FTS match runs
 * first (it is the most selective) and the rest filter its hits. The SQL text depends only on which
 * filters are present, so the statement cache holds a handful of variants, not one per keystroke.
 */
export function listClients(db: Database, q: ListQuery): ClientPage {
  const where: string[] = [];
  const params: unknown[] = [];
  let from = 'clients c';

  const match = q.search ? ftsPrefixQuery(q.search) : null;
  if (match) {
    from = 'client_search s JOIN clients c ON c.seq = s.rowid';
    where.push('client_search MATCH ?');
    params.push(match);
  }
  if (q.archived === 'active') where.push('c.archived_at IS NULL');
  if (q.archived === 'archived') where.push('c.archived_at IS NOT NULL');
  if (q.sectors?.length) {
    where.push(`c.sector IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(q.sectors));
  }
  if (q.sizeBands?.length) {
    where.push(`c.size_band IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(q.sizeBands));
  }
  if (q.engagementStatuses?.length) {
    where.push(
      `EXISTS (SELECT 1 FROM engagements e WHERE e.client_id = c.id AND e.status IN (SELECT value FROM json_each(?)))`,
    );
    params.push(JSON.stringify(q.engagementStatuses));
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const dir = q.direction === 'desc' ? 'DESC' : 'ASC';

  const total = (stmt(db, `SELECT count(*) AS n FROM ${from} ${whereSql}`).get(...params) as { n: number }).n;
  const order = `${SORT_SQL[q.sort]} ${dir}, c.name COLLATE NOCASE ${dir}, c.id`;
  // The page is cut first (a materialized CTE) and the engagement counts computed for its rows only: in a
  // flat SELECT, SQLite evaluates the count subqueries for every match before sorting (2–3× slower on 10k).
  const rows = stmt<unknown[], ClientDbRow & { engagement_count: number; active_engagement_count: number }>(
    db,
    `WITH page AS MATERIALIZED (
       SELECT ${COLUMNS} FROM ${from} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?)
     SELECT c.*,
       (SELECT count(*) FROM engagements e WHERE e.client_id = c.id) AS engagement_count,
       (SELECT count(*) FROM engagements e WHERE e.client_id = c.id AND e.status = 'active') AS active_engagement_count
     FROM page c ORDER BY ${order}`,
  ).all(...params, q.limit, q.offset);

  return {
    total,
    offset: q.offset,
    rows: rows.map((r): ClientRow => ({
      ...toClient(r),
      engagementCount: r.engagement_count,
      activeEngagementCount: r.active_engagement_count,
    })),
  };
}
