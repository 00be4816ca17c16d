import path from 'node:path';
import type { Database, Statement } from 'better-sqlite3';
import { IMPORT_LIMITS } from '../../shared/api/limits';
import type { PoolImportReport } from '../../shared/pool/schemas';
import { AppError } from '../../shared/api/result';
import * as repo from './repository';
import { auditDetails } from '../api/writeScope';
import { type PreparedWrite, preparedWrite } from '../api/preparedWrite';
import { stmt } from '../db/statements';
import { type JobControl, NO_JOB } from '../jobs/control';
import {
  type ParsedFileSummary,
  type PoolFileProblem,
  readBenchmarkFile,
  ROW_STRIDE,
  type RowBatch,
} from './benchmarkFile';
import type { ServiceContext } from '../api/context';
import { fileProblem } from '../../shared/files/fileProblem';
import { NOTE_LIMIT, notePoolRecords } from './indexCache';

/** Rows per INSERT into a staging table: one statement call per 128 rows keeps the per-call cost small. */
const STAGE_ROWS = 128;
/**
 * Staging tables, one per first hex digit of the record id. Moved into the pool one after the other, the
 * rows of one table land in one sixteenth of the record_id index, which then stays in the processor's
 * caches: measured on a million rows, the moves took about half the time of moving them in file order.
 */
const BUCKETS = 16;
/**
 * Below this size one staging table does: the split pays off only when the moves are large, and each TEMP
 * table costs a schema change and its statements' preparation (about 1 ms each), which would be most of a
 * small file's import.
 */
const SPLIT_FROM_BYTES = 4 * 1024 * 1024;
const SCORE_COLUMNS = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9'];

/** A staged row has the same values as the pool's row with its record_id (scores compared with IS: NULLs). */
const SAME = `p.framework = s.framework AND p.sector = s.sector AND p.size_band = s.size_band
  AND p.country = s.country AND p.year = s.year AND p.synthetic = s.synthetic
  AND ${SCORE_COLUMNS.map((b) => `p.${b} IS s.${b}`).join(' AND ')}`;

let importSeq = 0;

/**
 * Imports a Benchmark CSV or JSON pack into the pool, idempotent by record_id, in two steps (a job:
 * docs/architecture.md "Jobs").
 *
 * Checking, outside any transaction: the file is parsed and every valid row staged into TEMP tables on this
 * connection (in memory: every connection runs with temp_store = MEMORY, main/db/open.ts), which takes no
 * lock on the database. The parser writes each valid row's values straight into a reused parameter array
 * (no object per row), 128 rows per statement, into the staging table of its record id's first digit.
 *
 * Writing, in the operation's transaction (a prepared write): each staging table moves into the pool with one
 * `INSERT INTO pool_records SELECT … ON CONFLICT (record_id) DO NOTHING`, in file order, so of two rows with
 * the same record_id (always in the same table) the earlier line is the one written. When a move inserts
 * every staged row, nothing more is read. When it does not, one join of the staging rows with the pool
 * classifies them: a row whose pool record has the same values is `unchanged` (an identical repeat in the
 * file, or a record already in the pool); with other values it is a `conflict` when the pool held it
 * before this import (never overwritten), or — when the pool row is this import's own (its rowid is newer
 * than the import's start) — a repeat of an earlier line with different values, refused. Any problem
 * refuses the whole file (the transaction rolls back) unless `skipInvalid`; a fatal problem (truncated file,
 * bad checksum, too many records) always does, before anything is written.
 */
export function importPool(
  ctx: ServiceContext,
  input: { content: Buffer; fileName: string; skipInvalid: boolean },
  job: JobControl = NO_JOB,
): PreparedWrite<PoolImportReport> {
  const db = ctx.db;
  const fileName = path.basename(input.fileName);
  const staging = new Staging(db, input.content.byteLength >= SPLIT_FROM_BYTES ? BUCKETS : 1);
  let parsed: ParsedFileSummary;
  try {
    parsed = readBenchmarkFile(input.content, {
      rows: staging,
      maxRecords: IMPORT_LIMITS.benchmarkRecords,
      onProgress: (done, total) => {
        job.check();
        job.progress('checking', done, total);
      },
    });
    staging.flush();
  } catch (error) {
    staging.drop();
    throw error;
  }
  if (parsed.fatal.length > 0) {
    staging.drop();
    throw new AppError(
      'invalid_input',
      `${fileName} was not imported: ${parsed.fatal[0]?.message} Nothing was changed.`,
      {
        file: fileName,
        problems: parsed.fatal,
      },
    );
  }
  return preparedWrite(
    () => withLargeCache(db, () => commitStaged(ctx, staging, parsed, fileName, input.skipInvalid, job)),
    undefined,
    () => staging.drop(),
  );
}

function commitStaged(
  ctx: ServiceContext,
  staging: Staging,
  parsed: ParsedFileSummary,
  fileName: string,
  skipInvalid: boolean,
  job: JobControl,
): PoolImportReport {
  const db = ctx.db;
  const report: PoolImportReport = {
    added: 0,
    unchanged: 0,
    rounded: parsed.rounded,
    conflicts: 0,
    refused: parsed.refusedRows,
    problems: [],
    pack: null,
  };
  const conflicts: PoolFileProblem[] = [];
  const startRowid = maxRowid(db);
  // The pack row is written first so records can name it; removed again if the file adds nothing.
  const packId = ctx.newId('pk');
  repo.insertPack(db, {
    id: packId,
    name: fileName,
    format: 'csv',
    framework: null,
    sha256: `pending:${packId}`,
    at: ctx.now().toISOString(),
  });
  let moved = 0;
  for (const table of staging.tables) {
    job.check();
    job.progress('writing', moved, staging.staged);
    moved += table.staged;
    if (table.staged === 0) continue;
    const added = table.move.run(packId).changes;
    report.added += added;
    if (added === table.staged) continue;
    // Every staged row now meets one pool row with its record_id: its own or an earlier one.
    const same = table.sameCount.pluck().get() as number;
    report.unchanged += same - added;
    if (same === table.staged) continue;
    for (const [line, recordId, mine] of table.differing.raw(true).iterate(startRowid) as IterableIterator<
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
  job.progress('writing', moved, staging.staged);
  report.problems = [...parsed.rowProblems, ...conflicts].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if ((report.refused > 0 || report.conflicts > 0) && !skipInvalid) {
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
}

interface StagingTable {
  name: string;
  batch: RowBatch;
  staged: number;
  readonly move: Statement;
  readonly sameCount: Statement;
  readonly differing: Statement;
}

/** A statement prepared when first used: most imports never need the statements that look for repeats. */
function lazily(make: () => Statement): () => Statement {
  let made: Statement | null = null;
  return () => (made ??= make());
}

/**
 * The import's TEMP staging tables with their statements, each prepared when first used (the tables live
 * only as long as the import): sixteen for a large file, one for a small one. Each table has its own batch
 * of parameters; `batchFor` picks it by the row's first byte.
 */
class Staging {
  readonly tables: StagingTable[] = [];
  /** Rows staged over all tables. */
  staged = 0;
  private readonly byChar: StagingTable[] = new Array(256);

  constructor(
    private readonly db: Database,
    buckets: number,
  ) {
    const id = `${process.pid}_${++importSeq}`;
    const one = `(${'?,'.repeat(ROW_STRIDE - 1)}?)`;
    for (let k = 0; k < buckets; k++) {
      const name = `pool_import_${id}_${k}`;
      db.exec(`CREATE TEMP TABLE ${name} (line, ${repo.POOL_COLUMNS})`);
      const stage = lazily(() =>
        db.prepare(`INSERT INTO temp.${name} VALUES ${Array(STAGE_ROWS).fill(one).join(',')}`),
      );
      const move = lazily(() =>
        db.prepare(
          `INSERT INTO pool_records (${repo.POOL_COLUMNS}, source)
           SELECT ${repo.POOL_COLUMNS}, ? FROM temp.${name} WHERE true ORDER BY rowid
           ON CONFLICT (record_id) DO NOTHING`,
        ),
      );
      const sameCount = lazily(() =>
        db.prepare(
          `SELECT count(*) FROM temp.${name} s JOIN pool_records p ON p.record_id = s.record_id WHERE ${SAME}`,
        ),
      );
      const differing = lazily(() =>
        db.prepare(
          `SELECT s.line, s.record_id, p.rowid > ? FROM temp.${name} s JOIN pool_records p ON p.record_id = s.record_id
           WHERE NOT (${SAME}) ORDER BY s.line`,
        ),
      );
      const table: StagingTable = {
        name,
        staged: 0,
        batch: {
          values: new Array<unknown>(STAGE_ROWS * ROW_STRIDE),
          rows: 0,
          capacity: STAGE_ROWS,
          flush: () => {
            stage().run(table.batch.values);
            table.staged += table.batch.rows;
            this.staged += table.batch.rows;
            table.batch.rows = 0;
          },
        },
        get move() {
          return move();
        },
        get sameCount() {
          return sameCount();
        },
        get differing() {
          return differing();
        },
      };
      this.tables.push(table);
    }
    // Record ids are lower-case hex; any other first byte is a row the reader is about to refuse.
    for (let c = 0; c < 256; c++) {
      const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : 0;
      this.byChar[c] = this.tables[digit % buckets] as StagingTable;
    }
  }

  batchFor(firstChar: number): RowBatch {
    return (this.byChar[firstChar & 255] as StagingTable).batch;
  }

  /** Stages the rows still waiting in partly filled batches. */
  flush(): void {
    for (const table of this.tables) {
      const rows = table.batch.rows;
      if (rows === 0) continue;
      const one = `(${'?,'.repeat(ROW_STRIDE - 1)}?)`;
      this.db
        .prepare(`INSERT INTO temp.${table.name} VALUES ${Array(rows).fill(one).join(',')}`)
        .run(table.batch.values.slice(0, rows * ROW_STRIDE));
      table.staged += rows;
      this.staged += rows;
      table.batch.rows = 0;
    }
  }

  drop(): void {
    for (const table of this.tables) {
      try {
        this.db.exec(`DROP TABLE IF EXISTS temp.${table.name}`);
      } catch {
        // The connection closed under the import (the worker ends): its TEMP tables went with it.
      }
    }
  }
}

function maxRowid(db: Database): number {
  return (stmt(db, 'SELECT coalesce(max(rowid), 0) AS m FROM pool_records').get() as { m: number }).m;
}

/**
 * A large import inserts into the record_id index at random places (UUIDs); with the default page cache
 * most of those pages would be re-read from the OS. 256 MB for the import's write, then back.
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
