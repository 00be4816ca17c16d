import type { Database } from 'better-sqlite3';
import type { Engagement } from '../../shared/clients/schemas';
import { stmt } from '../db/statements';

export interface EngagementDbRow {
  id: string;
  client_id: string;
  client_name: string;
  title: string;
  purpose: string;
  status: string;
  starts_on: string | null;
  ends_on: string | null;
  lead: string | null;
  notes: string | null;
  benchmark_consent: number;
  created_at: string;
  updated_at: string;
}

export type EngagementRecord = Omit<Engagement, 'clientName'>;

/** The columns of an engagement row with its client's name; `toEngagement` reads them. */
export const ENGAGEMENT_COLUMNS = `e.id, e.client_id, c.name AS client_name, e.title, e.purpose, e.status, e.starts_on,
  e.ends_on, e.lead, e.notes, e.benchmark_consent, e.created_at, e.updated_at`;

const SELECT = `SELECT ${ENGAGEMENT_COLUMNS} FROM engagements e JOIN clients c ON c.id = e.client_id`;

/** Planned and active work first, newest start first, so the list reads as "what is on my plate". */
const ORDER = `ORDER BY CASE e.status WHEN 'active' THEN 0 WHEN 'planned' THEN 1 WHEN 'completed' THEN 2 ELSE 3 END,
  coalesce(e.starts_on, e.created_at) DESC, e.id`;

export function toEngagement(r: EngagementDbRow): Engagement {
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    title: r.title,
    purpose: r.purpose as Engagement['purpose'],
    status: r.status as Engagement['status'],
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    lead: r.lead,
    notes: r.notes,
    benchmarkConsent: r.benchmark_consent === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function findEngagement(db: Database, id: string): Engagement | undefined {
  const row = stmt<[string], EngagementDbRow>(db, `${SELECT} WHERE e.id = ?`).get(id);
  return row ? toEngagement(row) : undefined;
}

export function listEngagements(db: Database, filter: { clientId?: string; statuses?: string[] }): Engagement[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.clientId) {
    where.push('e.client_id = ?');
    params.push(filter.clientId);
  }
  if (filter.statuses?.length) {
    where.push('e.status IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.statuses));
  }
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${ORDER}`;
  return stmt<unknown[], EngagementDbRow>(db, sql)
    .all(...params)
    .map(toEngagement);
}

export function insertEngagement(db: Database, e: EngagementRecord): void {
  stmt(
    db,
    `INSERT INTO engagements (id, client_id, title, purpose, status, starts_on, ends_on, lead, notes,
       benchmark_consent, created_at, updated_at)
     VALUES (@id, @clientId, @title, @purpose, @status, @startsOn, @endsOn, @lead, @notes, @benchmarkConsent,
       @createdAt, @updatedAt)`,
  ).run({ ...e, benchmarkConsent: e.benchmarkConsent ? 1 : 0 });
}

export function updateEngagement(db: Database, e: Omit<EngagementRecord, 'createdAt' | 'clientId'>): boolean {
  return (
    stmt(
      db,
      `UPDATE engagements SET title = @title, purpose = @purpose, status = @status, starts_on = @startsOn,
         ends_on = @endsOn, lead = @lead, notes = @notes, benchmark_consent = @benchmarkConsent,
         updated_at = @updatedAt
       WHERE id = @id`,
    ).run({ ...e, benchmarkConsent: e.benchmarkConsent ? 1 : 0 }).changes === 1
  );
}

export function deleteEngagement(db: Database, id: string): boolean {
  return stmt(db, 'DELETE FROM engagements WHERE id = ?').run(id).changes === 1;
}

export function countEngagements(db: Database): number {
  return (stmt(db, 'SELECT count(*) AS n FROM engagements').get() as { n: number }).n;
}
