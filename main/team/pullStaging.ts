import type { Database, Statement } from 'better-sqlite3';
import { POOL_COLUMNS } from '../pool/repository';
import { BLOCK_COUNT, type PulledReleases } from './releases';

/**
 * A pull's releases, set aside page by page in a temporary table of this connection while the server makes
 * the next page, then taken into the pool in the sync's one transaction by a single INSERT … SELECT
 * (docs/benchmarks.md "Team server"). Binding a hundred thousand rows' values costs about as much as
 * inserting them; done while the client would otherwise wait for the server, it leaves the transaction only
 * SQLite's own copy from one table into the other.
 *
 * The table is private to the connection and written outside any transaction, so nothing of it is visible
 * or applied before the transaction takes it; a refused sync simply drops it. Each pull has its own table,
 * so two syncs on one connection cannot mix their pages.
 */

const RELEASED = POOL_COLUMNS.replace(', synthetic', '');
const RELEASED_COLUMNS = RELEASED.split(', ');
/** The values a release brings, and the provenance; a pulled record is never synthetic. */
const COMPARED = [...RELEASED_COLUMNS.slice(1), 'team_server', 'team_contributor'];
/** Rows per staging statement (18 parameters a row). */
const STAGE_ROWS = 100;
const STAGED_COLUMNS = [...RELEASED_COLUMNS, 'team_contributor', 'shown'];

let pulls = 0;

export class PullStaging {
  private readonly table = `temp.team_pull_${++pulls}`;
  private readonly full: Statement;
  private readonly params = new Array<unknown>(STAGE_ROWS * STAGED_COLUMNS.length);
  private dropped = false;

  constructor(private readonly db: Database) {
    db.exec(`CREATE TEMP TABLE ${this.table.slice('temp.'.length)} (${STAGED_COLUMNS.join(', ')})`);
    this.full = db.prepare(this.insertSql(STAGE_ROWS));
  }

  /** Sets releases [from, to) aside: released records and tombstones alike. */
  add(r: PulledReleases, from: number, to: number): void {
    const { params } = this;
    let k = 0;
    let rows = 0;
    for (let i = from; i < to; i++) {
      params[k++] = r.recordIds[i];
      if (r.shown[i]) {
        params[k++] = r.frameworks[i];
        params[k++] = r.sectors[i];
        params[k++] = r.sizeBands[i];
        params[k++] = r.countries[i];
        params[k++] = r.years[i];
        for (let b = i * BLOCK_COUNT, last = b + BLOCK_COUNT; b < last; b++) params[k++] = r.scores[b] || null;
      } else {
        for (let c = 0; c < RELEASED_COLUMNS.length - 1; c++) params[k++] = null;
      }
      params[k++] = r.contributors[i];
      params[k++] = r.shown[i];
      if (++rows === STAGE_ROWS) {
        this.full.run(...params);
        k = 0;
        rows = 0;
      }
    }
    if (rows > 0) this.db.prepare(this.insertSql(rows)).run(...params.slice(0, k));
  }

  /**
   * Inside the sync's transaction: released records join the pool (source `team`) with their provenance —
   * new ones added, those whose release changed updated — and tombstoned ones leave it. A record id that
   * belongs to a record of another source here (an imported pack's) is a conflict and is left alone.
   */
  take(serverId: string): { changed: number; conflicts: number; dropped: number } {
    const { db, table } = this;
    const changed = db
      .prepare(
        `INSERT INTO pool_records (${RELEASED}, synthetic, source, team_server, team_contributor)
         SELECT ${RELEASED}, 0, 'team', ?, team_contributor FROM ${table} WHERE shown = 1
         ON CONFLICT (record_id) DO UPDATE SET ${COMPARED.map((c) => `${c} = excluded.${c}`).join(', ')}
         WHERE pool_records.source = 'team'
           AND (${COMPARED.map((c) => `pool_records.${c}`).join(', ')}) IS NOT (${COMPARED.map((c) => `excluded.${c}`).join(', ')})`,
      )
      .run(serverId).changes;
    const shown = db.prepare(`SELECT count(*) FROM ${table} WHERE shown = 1`).pluck().get() as number;
    // Fewer rows changed than were released (never on a first pull): some may belong to another source.
    const conflicts =
      changed < shown
        ? (db
            .prepare(
              `SELECT count(*) FROM ${table} s JOIN pool_records p ON p.record_id = s.record_id
               WHERE s.shown = 1 AND p.source <> 'team'`,
            )
            .pluck()
            .get() as number)
        : 0;
    const dropped = db
      .prepare(
        `DELETE FROM pool_records WHERE source = 'team'
         AND record_id IN (SELECT record_id FROM ${table} WHERE shown = 0)`,
      )
      .run().changes;
    return { changed, conflicts, dropped };
  }

  /** Frees the table; safe to call more than once. */
  drop(): void {
    if (this.dropped) return;
    this.dropped = true;
    this.db.exec(`DROP TABLE IF EXISTS ${this.table}`);
  }

  private insertSql(rows: number): string {
    const row = `(${STAGED_COLUMNS.map(() => '?').join(', ')})`;
    return `INSERT INTO ${this.table} (${STAGED_COLUMNS.join(', ')}) VALUES ${Array(rows).fill(row).join(', ')}`;
  }
}
