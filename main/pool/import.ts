import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { PoolImportReport } from '../../shared/pool/schemas';
import { AppError } from '../../shared/api/result';
import * as repo from './repository';
import { auditDetails } from '../api/writeScope';
import { stmt } from '../db/statements';
import { type PoolFileProblem, readBenchmarkFile, ROW_STRIDE, type RowBatch } from './benchmarkFile';
import type { ServiceContext } from '../api/context';
import { fileProblem } from '../../shared/files/fileProblem';
import { NOTE_LIMIT, notePoolRecords } from './indexCache';

/** Rows per INSERT into the staging table: one statement call per 128 rows keeps the per-call cost small. */
const STAGE_ROWS = 128;
/** Rows staged before they move into the pool in one INSERT … SELECT (the staging table stays small). */
const CHUNK_ROWS = 65_536;
const STAGING = 'temp.pool_import_staging';
const SCORE_COLUMNS = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9'];

function stageSql(rows: number): string {
  const one = `(${'?,'.repeat(ROW_STRIDE - 1)}?)`;
  return `INSERT INTO ${STAGING} VALUES ${Array(rows).fill(one).join(',')}`;
}

/** A staged row has the same values as the pool's row with its record_id (scores compared with IS: NULLs). */
const SAME = `p.framework = s.framework AND p.sector = s.sector AND p.size_band = s.size_band
  AND p.country = s.country AND p.year = s.year AND p.synthetic = s.synthetic
  AND ${SCORE_COLUMNS.map((b) => `p.${b} IS s.${b}`).join(' AND ')}`;

/**
 * Imports a Benchmark CSV or JSON pack into the pool, in one transaction, idempotent by record_id.
 *
 * The parser writes each valid row's values straight into a reused parameter array (no object per row),
 * and they go, 128 rows per statement, into an unindexed TEMP staging table held in memory. Every 65,536
 * rows one `INSERT INTO pool_records SELECT … FROM staging ON CONFLICT (record_id) DO NOTHING` moves them
 * into the pool — in file order, so of two rows with the same record_id the earlier line is the one
 * written. Measured on a million rows: binding the columns into an unindexed in-memory table and moving
 * them in C is ~2× faster than inserting into the indexed pool directly; sorting by record_id first (in
 * JavaScript or with ORDER BY) cost more than it saved once the import's page cache holds the index.
 *
 * When a move inserts every staged row, nothing more is read. When it does not, one join of the staging
 * rows with the pool classifies them: a row whose pool record has the same values is `unchanged` (an
 * identical repeat in the file, or a record already in the pool); with other values it is a `conflict` when
 * the pool held it before this import (never overwritten), or — when the pool row is this import's own (its
 * rowid is newer than the import's start) — a repeat of an earlier line with different values, refused.
 * Any problem refuses the whole file (the transaction rolls back) unless `skipInvalid`; a fatal problem
 * (truncated file, bad checksum) always does.
 */
export function importPool(
  ctx: ServiceContext,
  input: {
    content: Buffer;
    fileName: string;
    skipInvalid: boolean;
    /** Rows staged per move into the pool (tests use a small one to cross chunk boundaries). */
    chunkRows?: number;
  },
  onProgress?: (done: number, total: number) => void,
): PoolImportReport {
  const db = ctx.db;
  const at = ctx.now().toISOString();
  const fileName = path.basename(input.fileName);
  const report: PoolImportReport = {
    added: 0,
    unchanged: 0,
    rounded: 0,
    conflicts: 0,
    refused: 0,
    problems: [],
    pack: null,
  };
  const conflicts: PoolFileProblem[] = [];
  const run = () => {
    const startRowid = maxRowid(db);
    // The pack row is written first so records can name it; removed again if the file adds nothing.
    const packId = ctx.newId('pk');
    const pending = `pending:${packId}`;
    insertPackRow(db, packId, fileName, pending, at);
    db.exec(`CREATE TEMP TABLE ${STAGING.slice(5)} (line, ${repo.POOL_COLUMNS})`);
    // Prepared per import: the staging table lives only for this transaction.
    const stageFull = db.prepare(stageSql(STAGE_ROWS));
    const move = db.prepare(
      `INSERT INTO pool_records (${repo.POOL_COLUMNS}, source)
       SELECT ${repo.POOL_COLUMNS}, ? FROM ${STAGING} WHERE true ORDER BY rowid
       ON CONFLICT (record_id) DO NOTHING`,
    );
    const sameCount = db.prepare(
      `SELECT count(*) FROM ${STAGING} s JOIN pool_records p ON p.record_id = s.record_id WHERE ${SAME}`,
    );
    const differing = db.prepare(
      `SELECT s.line, s.record_id, p.rowid > ? FROM ${STAGING} s JOIN pool_records p ON p.record_id = s.record_id
       WHERE NOT (${SAME}) ORDER BY s.line`,
    );
    const clear = db.prepare(`DELETE FROM ${STAGING}`);
    let staged = 0;
    const chunkRows = Math.max(STAGE_ROWS, input.chunkRows ?? CHUNK_ROWS);

    const moveChunk = () => {
      if (staged === 0) return;
      const added = move.run(packId).changes;
      report.added += added;
      if (added < staged) {
        // Every staged row now meets one pool row with its record_id: its own or an earlier one.
        const same = sameCount.pluck().get() as number;
        report.unchanged += same - added;
        if (same < staged) {
          for (const [line, recordId, mine] of differing.raw(true).iterate(startRowid) as IterableIterator<
            [number, string, number]
          >) {
            if (mine) {
              report.refused++;
              conflicts.push(fileProblem(line, 'record_id', 'record_conflict_file', { record: recordId }));
            } else {
              report.conflicts++;
              conflicts.push(fileProblem(line, 'record_id', 'record_conflict_pool', { record: recordId }));
            }
          }
        }
      }
      clear.run();
      staged = 0;
    };
    const batch: RowBatch = {
      values: new Array<unknown>(STAGE_ROWS * ROW_STRIDE),
      rows: 0,
      capacity: STAGE_ROWS,
      flush: () => {
        stageFull.run(batch.values);
        staged += batch.rows;
        batch.rows = 0;
        if (staged >= chunkRows) moveChunk();
      },
    };
    const parsed = readBenchmarkFile(input.content, { batch, onProgress });
    if (parsed.fatal.length === 0) {
      if (batch.rows > 0) {
        db.prepare(stageSql(batch.rows)).run(batch.values.slice(0, batch.rows * ROW_STRIDE));
        staged += batch.rows;
        batch.rows = 0;
      }
      moveChunk();
    }
    db.exec(`DROP TABLE ${STAGING}`);

    report.rounded = parsed.rounded;
    report.refused += parsed.refusedRows;
    report.problems = [...parsed.rowProblems, ...conflicts].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (parsed.fatal.length > 0) {
      throw new AppError(
        'invalid_input',
        `${fileName} was not imported: ${parsed.fatal[0]?.message} Nothing was changed.`,
        {
          file: fileName,
          problems: parsed.fatal,
        },
      );
    }
    if ((report.refused > 0 || report.conflicts > 0) && !input.skipInvalid) {
      const count = report.refused + report.conflicts;
      throw new AppError(
        'invalid_input',
        `${fileName} was not imported: ${count} record${count === 1 ? '' : 's'} with problems; nothing was changed. Import with skip-invalid to take the valid records.`,
        { file: fileName, problems: report.problems, refused: report.refused, conflicts: report.conflicts },
      );
    }

    // The file's identity: re-importing it (or a pack with the same records) keeps one provenance row.
    const existing = repo.findPackBySha(db, parsed.sha256);
    if (existing) {
      if (report.added > 0) {
        stmt(db, 'UPDATE pool_records SET source = ? WHERE source = ?').run(existing.id, packId);
        repo.addToPackCount(db, existing.id, report.added);
      }
      repo.deletePack(db, packId);
      report.pack = existing;
    } else if (report.added === 0) {
      repo.deletePack(db, packId);
    } else {
      stmt(db, 'UPDATE packs SET sha256 = ?, format = ?, framework = ?, added = ? WHERE id = ?').run(
        parsed.sha256,
        parsed.format,
        parsed.framework,
        report.added,
        packId,
      );
      report.pack = { id: packId, name: fileName };
    }
    // A small import is carried by the in-memory index as it is; a large one rebuilds it on the next query.
    const source = report.pack?.id ?? packId;
    const added = report.added <= NOTE_LIMIT ? repo.poolRecordsAfter(db, startRowid, NOTE_LIMIT) : null;
    notePoolRecords(db, added && added.map((record) => ({ sign: 1 as const, record, source })));
    auditDetails(db, {
      added: report.added,
      unchanged: report.unchanged,
      conflicts: report.conflicts,
      refused: report.refused,
    });
    return report;
  };
  return withLargeCache(db, run);
}

function maxRowid(db: Database): number {
  return (stmt(db, 'SELECT coalesce(max(rowid), 0) AS m FROM pool_records').get() as { m: number }).m;
}

function insertPackRow(db: Database, id: string, name: string, sha: string, at: string): void {
  repo.insertPack(db, { id, name, format: 'csv', framework: null, sha256: sha, at });
}

/**
 * A large import inserts into the record_id index at random places (UUIDs); with the default page cache
 * most of those pages would be re-read from the OS. 256 MB for the import's duration, then back. (The
 * staging table is in memory: every connection runs with temp_store = MEMORY, see main/db/open.ts.)
 */
function withLargeCache<T>(db: Database, fn: () => T): T {
  const cacheBefore = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144');
  try {
    return fn();
  } finally {
    db.pragma(`cache_size = ${cacheBefore}`);
  }
}
