import type { Database } from 'better-sqlite3';
import type { PoolRecord } from '../../shared/pool/benchmarkCsv';
import type { PackSummary } from '../../shared/pool/schemas';
import { stmt } from '../db/statements';

export const POOL_COLUMNS =
  'record_id, framework, sector, size_band, country, year, b1, b2, b3, b4, b5, b6, b7, b8, b9, synthetic';

export type PoolDbRow = [string, string, string, string, string, number, ...(number | null)[]];

/** A row selected with POOL_COLUMNS in raw mode, as a record. */
export function toPoolRecord(r: unknown[]): PoolRecord {
  return {
    recordId: r[0] as string,
    framework: r[1] as string,
    sector: r[2] as string,
    sizeBand: r[3] as string,
    country: r[4] as string,
    year: r[5] as number,
    scores: r.slice(6, 15) as (number | null)[],
    synthetic: r[15] === 1,
  };
}

export function recordParams(r: PoolRecord, source: string): unknown[] {
  return [r.recordId, r.framework, r.sector, r.sizeBand, r.country, r.year, ...r.scores, r.synthetic ? 1 : 0, source];
}

export function insertPoolRecord(db: Database, r: PoolRecord, source: string): void {
  stmt(db, `INSERT INTO pool_records (${POOL_COLUMNS}, source) VALUES (${'?, '.repeat(16)}?)`).run(
    ...recordParams(r, source),
  );
}

export function findPoolRecord(db: Database, recordId: string): PoolRecord | undefined {
  const row = stmt<[string], unknown[]>(db, `SELECT ${POOL_COLUMNS} FROM pool_records WHERE record_id = ?`)
    .raw(true)
    .get(recordId);
  return row ? toPoolRecord(row) : undefined;
}

/** The records of one source (a pack id or "own"), or null when there are more than `limit`. */
export function poolRecordsOfSource(db: Database, source: string, limit: number): PoolRecord[] | null {
  const rows = stmt<[string, number], unknown[]>(
    db,
    `SELECT ${POOL_COLUMNS} FROM pool_records WHERE source = ? LIMIT ?`,
  )
    .raw(true)
    .all(source, limit + 1);
  return rows.length > limit ? null : rows.map(toPoolRecord);
}

/** The records with a rowid above `rowid` (an import's own), or null when there are more than `limit`. */
export function poolRecordsAfter(db: Database, rowid: number, limit: number): PoolRecord[] | null {
  const rows = stmt<[number, number], unknown[]>(
    db,
    `SELECT ${POOL_COLUMNS} FROM pool_records WHERE rowid > ? ORDER BY rowid LIMIT ?`,
  )
    .raw(true)
    .all(rowid, limit + 1);
  return rows.length > limit ? null : rows.map(toPoolRecord);
}

export function contributionOf(db: Database, assessmentId: string): string | undefined {
  return stmt<[string], { record_id: string }>(
    db,
    'SELECT record_id FROM pool_contributions WHERE assessment_id = ?',
  ).get(assessmentId)?.record_id;
}

/**
 * Every pool record the client of this round contributed, from any of its rounds: the records its own
 * management already knows, which therefore never count in its comparisons.
 */
export function ownRecordsOfClient(db: Database, assessmentId: string): PoolRecord[] {
  return stmt<[string], unknown[]>(
    db,
    `SELECT ${POOL_COLUMNS.split(', ')
      .map((c) => `p.${c}`)
      .join(', ')}
     FROM pool_contributions pc
     JOIN pool_records p ON p.record_id = pc.record_id
     JOIN assessments a ON a.id = pc.assessment_id
     JOIN engagements e ON e.id = a.engagement_id
     WHERE e.client_id = (SELECT e2.client_id FROM assessments a2 JOIN engagements e2 ON e2.id = a2.engagement_id
                          WHERE a2.id = ?)`,
  )
    .raw(true)
    .all(assessmentId)
    .map(toPoolRecord);
}

export function insertContribution(db: Database, assessmentId: string, recordId: string, at: string): void {
  stmt(db, 'INSERT INTO pool_contributions (assessment_id, record_id, contributed_at) VALUES (?, ?, ?)').run(
    assessmentId,
    recordId,
    at,
  );
}

/** Removes the link and (by trigger) the record, and bumps the pool generation. */
export function deleteContribution(db: Database, assessmentId: string): void {
  stmt(db, 'DELETE FROM pool_contributions WHERE assessment_id = ?').run(assessmentId);
}

interface PackDbRow {
  id: string;
  name: string;
  format: PackSummary['format'];
  framework: string | null;
  sha256: string;
  imported_at: string;
  added: number;
  records: number;
}

export function listPacks(db: Database): PackSummary[] {
  return stmt<[], PackDbRow>(
    db,
    `WITH counts AS (SELECT source, count(*) AS n FROM pool_records GROUP BY source)
     SELECT p.id, p.name, p.format, p.framework, p.sha256, p.imported_at, p.added, coalesce(c.n, 0) AS records
     FROM packs p LEFT JOIN counts c ON c.source = p.id ORDER BY p.imported_at, p.id`,
  )
    .all()
    .map((r) => ({
      id: r.id,
      name: r.name,
      format: r.format,
      framework: r.framework,
      sha256: r.sha256,
      importedAt: r.imported_at,
      added: r.added,
      records: r.records,
    }));
}

export function findPackBySha(db: Database, sha256: string): { id: string; name: string } | undefined {
  return stmt<[string], { id: string; name: string }>(db, 'SELECT id, name FROM packs WHERE sha256 = ?').get(sha256);
}

export function findPack(db: Database, id: string): { id: string; name: string } | undefined {
  return stmt<[string], { id: string; name: string }>(db, 'SELECT id, name FROM packs WHERE id = ?').get(id);
}

export function insertPack(
  db: Database,
  p: { id: string; name: string; format: PackSummary['format']; framework: string | null; sha256: string; at: string },
): void {
  stmt(db, 'INSERT INTO packs (id, name, format, framework, sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    p.id,
    p.name,
    p.format,
    p.framework,
    p.sha256,
    p.at,
  );
}

export function addToPackCount(db: Database, id: string, added: number): void {
  stmt(db, 'UPDATE packs SET added = added + ? WHERE id = ?').run(added, id);
}

/** Deletes a pack and its records; returns how many records went. */
export function deletePack(db: Database, id: string): number {
  const removed = stmt(db, 'DELETE FROM pool_records WHERE source = ?').run(id).changes;
  stmt(db, 'DELETE FROM packs WHERE id = ?').run(id);
  return removed;
}
