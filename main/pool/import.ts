import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { IMPORT_LIMITS } from '../../shared/api/limits';
import type { PoolImportReport } from '../../shared/pool/schemas';
import { AppError } from '../../shared/api/result';
import * as repo from './repository';
import { auditDetails } from '../api/writeScope';
import { type PreparedWrite, preparedWrite } from '../api/preparedWrite';
import { stmt } from '../db/statements';
import { type JobControl, NO_JOB } from '../jobs/control';
import { type PoolFileProblem, readBenchmarkFile, ROW_STRIDE, type RowBatch } from './benchmarkFile';
import type { ServiceContext } from '../api/context';
import { fileProblem } from '../../shared/files/fileProblem';
import { NOTE_LIMIT, notePoolRecords } from './indexCache';

/**
 * Rows per INSERT: one statement call per 128 rows keeps the per-call cost small. The statement is
 * `INSERT OR IGNORE`, and this matters: with a conflict clause that cannot abort (every row the reader passes
 * meets the table's CHECKs; a repeated record_id is skipped), SQLite needs no statement journal, which for a
 * multi-row INSERT into the record_id index copied every index page it touched — measured on a million rows,
 * 13.9 s of CPU against 8.3 s without (docs/benchmarks.md).
 */
const INSERT_ROWS = 128;

/**
 * Imports a Benchmark CSV or JSON pack into the pool, idempotent by record_id, in one pass (a job:
 * docs/architecture.md "Jobs").
 *
 * A file of IMPORT_LIMITS.benchmarkBackupFromBytes or more is first backed up (a verified `before-import`
 * backup, where the context keeps backups: `ctx.backupBeforeImport`), outside any transaction — which makes
 * the handler asynchronous for such a file. The rest is the prepared write, run in the operation's IMMEDIATE
 * transaction. There the file is read and checked row by row straight from the buffer, and each batch of
 * 128 valid rows goes into `pool_records` at once — no staging copy. Any problem refuses the whole file:
 * the transaction rolls back, so nothing of it is written; with `skipInvalid` the valid rows stay. A fatal
 * problem (truncated file, bad checksum, too many records) always refuses. Once a row is refused without
 * `skipInvalid`, later rows are only checked, not written, so the file's problems are still all listed.
 *
 * A record_id already in the pool, or earlier in the file, makes the INSERT skip the row; only a batch that
 * inserted fewer rows than it had is looked at again, row by row: a row whose pool record has the same
 * values is `unchanged` (an identical repeat in the file, or a record already in the pool); with other
 * values it is a `conflict` when the pool held it before this import (never overwritten), or — when the
 * pool row is this import's own (its rowid is newer than the import's start) — a repeat of an earlier line
 * with different values, refused. Of two rows with the same record_id the earlier line is the one written.
 */
export function importPool(
  ctx: ServiceContext,
  input: { content: Buffer; fileName: string; skipInvalid: boolean },
  job: JobControl = NO_JOB,
): PreparedWrite<PoolImportReport> | Promise<PreparedWrite<PoolImportReport>> {
  const write = () =>
    preparedWrite(() =>
      withLargeCache(ctx.db, () =>
        writeFile(ctx, input.content, path.basename(input.fileName), input.skipInvalid, job),
      ),
    );
  // A large file is backed up before, outside any transaction; a failed backup stops it before it writes.
  if (input.content.byteLength >= IMPORT_LIMITS.benchmarkBackupFromBytes && ctx.backupBeforeImport) {
    job.progress('saving', 0, null);
    return ctx.backupBeforeImport().then(write);
  }
  return write();
}

function writeFile(
  ctx: ServiceContext,
  content: Buffer,
  fileName: string,
  skipInvalid: boolean,
  job: JobControl,
): PoolImportReport {
  const db = ctx.db;
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
  const writer = new PoolWriter(db, packId, startRowid);
  const parsed = readBenchmarkFile(content, {
    rows: writer,
    maxRecords: IMPORT_LIMITS.benchmarkRecords,
    // The file will be refused whole unless skip-invalid takes the valid rows: no need to write the rest.
    onRefused: skipInvalid ? undefined : () => writer.stopWriting(),
    onProgress: (done, total) => {
      job.check();
      job.progress('checking', done, total);
    },
  });
  writer.finish();
  if (parsed.fatal.length > 0) {
    throw new AppError(
      'invalid_input',
      `${fileName} was not imported: ${parsed.fatal[0]?.message} Nothing was changed.`,
      { file: fileName, problems: parsed.fatal },
    );
  }
  const report: PoolImportReport = {
    added: writer.added,
    unchanged: writer.unchanged,
    rounded: parsed.rounded,
    conflicts: writer.conflicts,
    refused: parsed.refusedRows + writer.refused,
    problems: [],
    pack: null,
  };
  report.problems = [...parsed.rowProblems, ...writer.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
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

/**
 * Rows of one record-id digit written together: a run of 4,096 rows lands in one sixteenth of the
 * record_id index (UUIDs, so at random places within it), whose pages then stay in the processor's caches.
 * Measured on a million rows: 15 % less CPU than inserting in file order. Of two rows with the same
 * record_id (always the same digit) the earlier line is still written first.
 */
const BUCKETS = 16;
const RUN_ROWS = 4096;

interface Bucket {
  /** The batch the reader fills. */
  batch: RowBatch;
  /** Full batches waiting to be written, in file order. */
  queued: RowBatch[];
}

/**
 * The reader's sink: batches of INSERT_ROWS rows per record-id digit, written into `pool_records` a run at
 * a time. Counts what went in, and sorts out the rows of a batch that did not (see `importPool`).
 */
class PoolWriter {
  added = 0;
  unchanged = 0;
  conflicts = 0;
  /** Rows refused for repeating an earlier line's record_id with other values. */
  refused = 0;
  readonly problems: PoolFileProblem[] = [];
  /** False once the file is known to be refused: rows are then only checked. */
  private writing = true;
  private readonly buckets: Bucket[] = [];
  private readonly byChar: Bucket[] = new Array<Bucket>(256);
  /** Written batches, reused. */
  private readonly spare: RowBatch[] = [];
  private readonly source: { source: string };
  /** The newest rowid in the pool: rows with a higher one are the next batch's. */
  private lastRowid: number;

  constructor(
    private readonly db: Database,
    packId: string,
    /** The newest rowid before this import: pool rows above it are this import's own. */
    private readonly startRowid: number,
  ) {
    this.lastRowid = startRowid;
    this.source = { source: packId };
    for (let k = 0; k < BUCKETS; k++) {
      const bucket: Bucket = { batch: this.newBatch(() => this.queue(bucket)), queued: [] };
      this.buckets.push(bucket);
    }
    // Record ids are lower-case hex; any other first byte is a row the reader is about to refuse.
    for (let c = 0; c < 256; c++) {
      const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : 0;
      this.byChar[c] = this.buckets[digit] as Bucket;
    }
  }

  batchFor(firstChar: number): RowBatch {
    return (this.byChar[firstChar & 255] as Bucket).batch;
  }

  stopWriting(): void {
    this.writing = false;
    for (const bucket of this.buckets) bucket.queued.length = 0;
  }

  /** Writes every row still waiting, the partly filled batches included: the end of the file. */
  finish(): void {
    for (const bucket of this.buckets) {
      if (bucket.batch.rows > 0) this.queue(bucket);
      this.writeRun(bucket);
    }
  }

  private newBatch(flush: () => void): RowBatch {
    return {
      values: new Array<unknown>(INSERT_ROWS * ROW_STRIDE),
      lines: new Array<number>(INSERT_ROWS),
      rows: 0,
      capacity: INSERT_ROWS,
      flush,
    };
  }

  /** The bucket's batch is full (or the file ended): queue it, give the reader a fresh one. */
  private queue(bucket: Bucket): void {
    const full = bucket.batch;
    if (this.writing) bucket.queued.push(full);
    else full.rows = 0;
    if (this.writing) {
      const next = this.spare.pop();
      if (next) {
        next.flush = full.flush;
        bucket.batch = next;
      } else bucket.batch = this.newBatch(full.flush);
    }
    if (bucket.queued.length * INSERT_ROWS >= RUN_ROWS) this.writeRun(bucket);
  }

  private writeRun(bucket: Bucket): void {
    for (const batch of bucket.queued) {
      this.write(batch);
      batch.rows = 0;
      this.spare.push(batch);
    }
    bucket.queued.length = 0;
  }

  private write(batch: RowBatch): void {
    const rows = batch.rows;
    if (rows === 0 || !this.writing) return;
    const values = rows === INSERT_ROWS ? batch.values : batch.values.slice(0, rows * ROW_STRIDE);
    // The full batch's statement is cached per connection; a shorter one (the end of a digit) is used once.
    const insert = rows === INSERT_ROWS ? stmt(this.db, FULL_INSERT) : this.db.prepare(insertSql(rows));
    const result = insert.run(values, this.source);
    this.added += result.changes;
    const before = this.lastRowid;
    if (result.changes > 0) this.lastRowid = Number(result.lastInsertRowid);
    if (result.changes < rows) this.sortOut(values, batch.lines, rows, before);
  }

  /** The rows of a batch some of which were not inserted: which went in, which repeat, which conflict. */
  private sortOut(values: unknown[], lines: number[], rows: number, before: number): void {
    const seen = new Set<string>();
    const find = stmt<[string], unknown[]>(
      this.db,
      `SELECT rowid, ${repo.POOL_COLUMNS} FROM pool_records WHERE record_id = ?`,
    ).raw(true);
    for (let r = 0; r < rows; r++) {
      const at = r * ROW_STRIDE;
      const line = lines[r] as number;
      const recordId = values[at] as string;
      const stored = find.get(recordId);
      if (!stored) throw new Error(`The record on line ${line} was neither inserted nor found in the pool.`);
      const rowid = stored[0] as number;
      if (rowid > before && !seen.has(recordId)) {
        seen.add(recordId); // this row's own insert
        continue;
      }
      let same = true;
      for (let c = 0; c < ROW_STRIDE && same; c++) same = stored[c + 1] === values[at + c];
      if (same) this.unchanged++;
      else if (rowid > this.startRowid) {
        this.refused++;
        this.problems.push(fileProblem(line, 'record_id', 'record_conflict_file', { record: recordId }));
      } else {
        this.conflicts++;
        this.problems.push(fileProblem(line, 'record_id', 'record_conflict_pool', { record: recordId }));
      }
    }
  }
}

const insertSql = (rows: number): string =>
  `INSERT OR IGNORE INTO pool_records (${repo.POOL_COLUMNS}, source) VALUES ${Array(rows)
    .fill(`(${'?,'.repeat(ROW_STRIDE)}@source)`)
    .join(',')}`;
const FULL_INSERT = insertSql(INSERT_ROWS);

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
