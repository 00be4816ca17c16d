import { loadDuckDB } from './duckdb';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { call } from '../main/api/dispatch';
import { openWorkbenchDatabase } from '../main/db/open';
import { createContext } from '../main/api/context';
import { poolIndex } from '../main/pool/indexCache';
import { csvHeader, csvRow, POOL_BLOCKS } from '../shared/pool/benchmarkCsv';
import { syntheticRecords } from '../shared/pool/synthetic';
import { type AnyCase, timeOnce } from './harness';

/**
 * Issue 4's scale figures, side by side in one run, warm and in-process:
 * - compare on a pool of 1,000,000 records for filters from the whole pool to a narrow group — the service
 *   call (`pool.compare`, validation included) against DuckDB computing the same statistics (quantile_cont,
 *   stddev_samp, avg, the mid-rank percentile rank) over the same rows with scores as DOUBLE;
 * - the import of the same 1M-row Benchmark CSV against the sqlite3 shell's `.import` into a bare table.
 * The million records are generated from a fixed seed (reproducible). SXW_BENCH_RECORDS changes the count.
 */

const RECORDS = Number(process.env.SXW_BENCH_RECORDS ?? 1_000_000);
const IMPORT_RUNS = Number(process.env.SXW_BENCH_IMPORT_RUNS ?? 2);
const SCORES = { B1: 3.2, B2: 3.41, B3: 2.9, B4: 3, B5: 3.3, B6: 2.7, B7: 2.5, B8: 3, B9: 2.8 };

interface Filter {
  label: string;
  sector?: string[];
  size?: string[];
  country?: string[];
  from?: number;
  to?: number;
}

const FILTERS: Filter[] = [
  { label: 'whole pool' },
  { label: 'one sector (K)', sector: ['K'] },
  { label: 'sector + size (K, 50-249)', sector: ['K'], size: ['50-249'] },
  {
    label: 'narrow (K, 50-249, NL, 2022–2024)',
    sector: ['K'],
    size: ['50-249'],
    country: ['NL'],
    from: 2022,
    to: 2024,
  },
  { label: 'one country (NL, 40 % of the pool)', country: ['NL'] },
];

function writeCsv(file: string): void {
  const fd = fs.openSync(file, 'w');
  let chunk: string[] = [csvHeader()];
  for (const r of syntheticRecords(RECORDS, { seed: 4 })) {
    chunk.push(csvRow({ ...r, synthetic: false }));
    if (chunk.length === 20_000) {
      fs.writeSync(fd, `${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  fs.writeSync(fd, `${chunk.join('\n')}\n`);
  fs.closeSync(fd);
}

function ensureSqliteShell(): string {
  if (spawnSync('sqlite3', ['-version']).status === 0) return 'sqlite3';
  throw new Error('The sqlite3 command-line shell is needed for the import reference: apt-get install -y sqlite3');
}

const quote = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The same statistics as `pool.compare`, in DuckDB SQL. */
function duckSql(f: Filter): string {
  // A comparison counts only records with all nine blocks (docs/anonymity.md), so the reference does too.
  const where = ["framework = 'sx-default'", ...POOL_BLOCKS.map((b) => `${b} IS NOT NULL`)];
  if (f.sector?.length) where.push(`sector IN (${quote(f.sector)})`);
  if (f.size?.length) where.push(`size_band IN (${quote(f.size)})`);
  if (f.country?.length) where.push(`country IN (${quote(f.country)})`);
  if (f.from !== undefined) where.push(`year >= ${f.from}`);
  if (f.to !== undefined) where.push(`year <= ${f.to}`);
  const overallScore = Object.values(SCORES).reduce((a, b) => a + b, 0) / 9;
  const stats = (x: string, s: number, name: string) =>
    `count(${x}) AS ${name}_n, avg(${x}) AS ${name}_mean, stddev_samp(${x}) AS ${name}_sd,
     quantile_cont(${x}, [0.1, 0.25, 0.5, 0.75, 0.9]) AS ${name}_p,
     100 * (count_if(${x} < ${s} - 1e-9) + 0.5 * count_if(abs(${x} - ${s}) <= 1e-9)) / count(${x}) AS ${name}_rank`;
  return `SELECT count(*) AS n, count_if(synthetic) AS synthetic,
    ${POOL_BLOCKS.map((b) => stats(b, SCORES[b], b)).join(',\n')},
    ${stats('overall', overallScore, 'overall')}
    FROM (SELECT *, (${POOL_BLOCKS.join(' + ')}) / 9 AS overall FROM pool WHERE ${where.join(' AND ')})`;
}

export async function benchmarkPoolBenchmarks(): Promise<AnyCase[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-bench-pool-'));
  const csvFile = path.join(dir, 'pool-1m.csv');
  process.stderr.write(`generating ${RECORDS} records (seeded) …\n`);
  writeCsv(csvFile);
  const sqlite3 = ensureSqliteShell();

  // The pool the compare cases run on: imported once by the service (the import case measures it again).
  const file = path.join(dir, 'workbench.sqlite');
  const db = openWorkbenchDatabase(file);
  const ctx = createContext({ db, databasePath: file, transport: 'bridge' });
  process.stderr.write('importing the pool for the compare cases …\n');
  const imported = call(ctx, 'pool.import', { content: fs.readFileSync(csvFile), fileName: 'pool-1m.csv' });
  if (!imported.ok) throw new Error(`The pool import failed: ${imported.error.message}`);
  const buildMs = await timeOnce(() => poolIndex(db));
  process.stderr.write(`index built in ${buildMs.toFixed(0)} ms (once per process and pool change)\n`);

  const { DuckDBInstance } = await loadDuckDB();
  const duck = await DuckDBInstance.create(':memory:');
  const connection = await duck.connect();
  await connection.run(
    `CREATE TABLE pool AS SELECT * FROM read_csv('${csvFile}', header = true, columns = {
      'record_id': 'VARCHAR', 'framework': 'VARCHAR', 'sector': 'VARCHAR', 'size_band': 'VARCHAR',
      'country': 'VARCHAR', 'year': 'INTEGER', ${POOL_BLOCKS.map((b) => `'${b}': 'DOUBLE'`).join(', ')},
      'synthetic': 'BOOLEAN'})`,
  );

  const compareCases: AnyCase[] = FILTERS.map((f) => {
    const input = {
      scores: SCORES,
      filters: {
        sector: f.sector ?? [],
        size: f.size ?? [],
        country: f.country ?? [],
        from: f.from ?? null,
        to: f.to ?? null,
      },
    };
    const sql = duckSql(f);
    return {
      name: `compare on ${RECORDS.toLocaleString('en')} records: ${f.label}`,
      referenceName: 'DuckDB, same statistics',
      goal: '< 20 ms, ≤ 0.5×',
      measure: async () => {
        const ours: number[] = [];
        const reference: number[] = [];
        const check = call(ctx, 'pool.compare', input);
        const duckRows = (await connection.runAndReadAll(sql)).getRowObjects()[0] as { n: bigint };
        if (!check.ok || check.value.n === null || BigInt(check.value.n) !== duckRows.n) {
          throw new Error(`compare and DuckDB disagree on n for ${f.label}`);
        }
        for (let i = 0; i < 5; i++) {
          call(ctx, 'pool.compare', input);
          await connection.runAndReadAll(sql);
        }
        for (let round = 0; round < 5; round++) {
          for (let i = 0; i < 20; i++) ours.push(await timeOnce(() => call(ctx, 'pool.compare', input)));
          for (let i = 0; i < 4; i++) reference.push(await timeOnce(() => connection.runAndReadAll(sql)));
        }
        return { ours, reference };
      },
    };
  });

  const importCase: AnyCase = {
    name: `import of a ${RECORDS.toLocaleString('en')}-row Benchmark CSV (${(fs.statSync(csvFile).size / 1e6).toFixed(0)} MB)`,
    referenceName: 'sqlite3 shell .import, bare table',
    goal: '≤ 1.5×',
    measure: async () => {
      const ours: number[] = [];
      const reference: number[] = [];
      for (let run = 0; run < IMPORT_RUNS; run++) {
        const target = path.join(dir, `import-${run}.sqlite`);
        const tdb = openWorkbenchDatabase(target);
        const tctx = createContext({ db: tdb, databasePath: target, transport: 'bridge' });
        ours.push(
          await timeOnce(() => {
            const r = call(tctx, 'pool.import', { content: fs.readFileSync(csvFile), fileName: 'pool.csv' });
            if (!r.ok) throw new Error(`The import failed: ${r.error.message}`);
          }),
        );
        tdb.close();
        const bare = path.join(dir, `bare-${run}.sqlite`);
        reference.push(
          await timeOnce(() =>
            execFileSync(sqlite3, [
              bare,
              `PRAGMA journal_mode = WAL; CREATE TABLE bare (record_id TEXT, framework TEXT, sector TEXT, size_band TEXT,
                 country TEXT, year INTEGER, ${POOL_BLOCKS.map((b) => `${b} REAL`).join(', ')}, synthetic TEXT);`,
              '.mode csv',
              `.import --skip 1 ${csvFile} bare`,
            ]),
          ),
        );
        fs.rmSync(target, { force: true });
        fs.rmSync(bare, { force: true });
      }
      return { ours, reference };
    },
  };
  return [...compareCases, importCase];
}
