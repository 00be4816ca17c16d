import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { PoolRecord } from '../../shared/benchmark/benchmarkCsv';
import type { PoolImportReport } from '../../shared/benchmark/poolApi';
import { AppError } from '../../shared/api/result';
import * as repo from '../db/repositories/pool';
import { appendAudit } from '../db/repositories/audit';
import { stmt } from '../db/statements';
import { type PoolFileProblem, readBenchmarkFile } from '../import/benchmarkFile';
import type { ServiceContext } from './context';
import { bumpPoolGeneration } from './poolIndex';

/** Rows per INSERT: one statement call per 128 records keeps the per-call cost of the binding out of the way. */
const BATCH = 128;
/**
 * Records are written in chunks sorted by record_id: UUIDs are random, and inserting them in file order
 * touches the record_id index at random pages; sorted, consecutive inserts land on neighbouring pages
 * (measured: about 40 % less time per record at a million).
 */
const CHUNK = 65_536;
const COLUMNS_PER_ROW = 17;

function batchSql(rows: number): string {
  const one = `(${'?,'.repeat(COLUMNS_PER_ROW - 1)}?)`;
  return `INSERT INTO pool_records (${repo.POOL_COLUMNS}, source) VALUES ${Array(rows).fill(one).join(',')}
    ON CONFLICT (record_id) DO NOTHING`;
}

const sameValues = (a: PoolRecord, b: PoolRecord) =>
  a.framework === b.framework &&
  a.sector === b.sector &&
  a.sizeBand === b.sizeBand &&
  a.country === b.country &&
  a.year === b.year &&
  a.synthetic === b.synthetic &&
  a.scores.every((s, i) => s === (b.scores[i] ?? null));

/**
 * Imports a Benchmark CSV or JSON pack into the pool, in one transaction, idempotent by record_id.
 *
 * Records stream from the parser into multi-row `INSERT … ON CONFLICT DO NOTHING` batches. A batch that
 * inserts every row needs no further look; when one does not, its rows are looked up one by one: a record
 * already in the pool with the same values is `unchanged`, with other values a `conflict` (never
 * overwritten); a record id seen earlier in the same file (its rowid is newer than the import's start) is a
 * duplicate — harmless when identical, a problem when not. Any problem refuses the whole file (the
 * transaction rolls back) unless `skipInvalid`; a fatal problem (truncated file, bad checksum) always does.
 */
export function importPool(
  ctx: ServiceContext,
  input: { content: Buffer; fileName: string; skipInvalid: boolean },
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
    let lastRowid = startRowid;
    // The pack row is written first so records can name it; removed again if the file adds nothing.
    const packId = ctx.newId('pk');
    const pending = `pending:${packId}`;
    insertPackRow(db, packId, fileName, pending, at);
    const batch: { record: PoolRecord; line: number }[] = [];
    const full: unknown[] = new Array(BATCH * COLUMNS_PER_ROW);

    const flush = () => {
      if (batch.length === 0) return;
      // Parameters written in place into one reused array: no array per row.
      const params = batch.length === BATCH ? full : new Array<unknown>(batch.length * COLUMNS_PER_ROW);
      let p = 0;
      for (const { record: r } of batch) {
        params[p++] = r.recordId;
        params[p++] = r.framework;
        params[p++] = r.sector;
        params[p++] = r.sizeBand;
        params[p++] = r.country;
        params[p++] = r.year;
        for (let b = 0; b < 9; b++) params[p++] = r.scores[b] ?? null;
        params[p++] = r.synthetic ? 1 : 0;
        params[p++] = packId;
      }
      const before = lastRowid;
      const info = stmt(db, batchSql(batch.length)).run(...params);
      if (info.changes > 0) lastRowid = Number(info.lastInsertRowid);
      if (info.changes === batch.length) {
        report.added += batch.length;
      } else {
        classify(before);
      }
      batch.length = 0;
    };

    const classify = (statementStart: number) => {
      const firstInBatch = new Set<string>();
      for (const { record, line } of batch) {
        const stored = stmt<[string], unknown[]>(
          db,
          `SELECT rowid, ${repo.POOL_COLUMNS} FROM pool_records WHERE record_id = ?`,
        )
          .raw(true)
          .get(record.recordId) as unknown[];
        const rowid = stored[0] as number;
        const existing = repo.toPoolRecord(stored.slice(1));
        const fresh = !firstInBatch.has(record.recordId);
        firstInBatch.add(record.recordId);
        if (rowid > statementStart && fresh) {
          report.added++;
        } else if (sameValues(existing, record)) {
          report.unchanged++;
        } else if (rowid > startRowid) {
          report.refused++;
          conflicts.push({
            line,
            column: 'record_id',
            message: `Record ${record.recordId} appears earlier in this file with different values.`,
          });
        } else {
          report.conflicts++;
          conflicts.push({
            line,
            column: 'record_id',
            message: `Record ${record.recordId} is already in the pool with different values; it was not overwritten.`,
          });
        }
      }
    };

    let chunk: { record: PoolRecord; line: number }[] = [];
    const writeChunk = () => {
      chunk.sort((a, b) =>
        a.record.recordId < b.record.recordId ? -1 : a.record.recordId > b.record.recordId ? 1 : 0,
      );
      for (const item of chunk) {
        batch.push(item);
        if (batch.length === BATCH) flush();
      }
      flush();
      chunk = [];
    };
    const parsed = readBenchmarkFile(input.content, {
      onRow: (record, line, rounded) => {
        report.rounded += rounded;
        chunk.push({ record, line });
        if (chunk.length === CHUNK) writeChunk();
      },
      onProgress,
    });
    if (parsed.fatal.length === 0) writeChunk();

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
    if (report.added > 0) bumpPoolGeneration(db);
    appendAudit(db, {
      at,
      action: 'import',
      entity: 'pool',
      entityId: report.pack?.id ?? '-',
      details: { file: fileName, ...report, problems: report.problems.length },
    });
    return report;
  };
  return withLargeCache(db, () => db.transaction(run).immediate());
}

function maxRowid(db: Database): number {
  return (stmt(db, 'SELECT coalesce(max(rowid), 0) AS m FROM pool_records').get() as { m: number }).m;
}

function insertPackRow(db: Database, id: string, name: string, sha: string, at: string): void {
  repo.insertPack(db, { id, name, format: 'csv', framework: null, sha256: sha, at });
}

/**
 * A large import inserts into the record_id index at random places (UUIDs); with the default 2 MB page cache
 * most of those pages would be re-read from the OS. 256 MB for the import's duration, then back.
 */
function withLargeCache<T>(db: Database, fn: () => T): T {
  const before = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144');
  try {
    return fn();
  } finally {
    db.pragma(`cache_size = ${before}`);
  }
}
