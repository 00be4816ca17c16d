import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliEntry } from '../scripts/cliBuild.mjs';
import { csvHeader, csvRow, POOL_BLOCKS } from '../shared/pool/benchmarkCsv';
import { syntheticRecords } from '../shared/pool/synthetic';
import type { MeasuredCase } from './harness';

/**
 * The 1M-row Benchmark CSV import as a user meets it (issue 10): the whole `sxw benchmark import` process —
 * start, read, check, write, commit, exit — into a fresh workbench database, against the sqlite3 shell's
 * `.import` of the same file into a bare table of the same columns in the shell's default journal mode
 * (rollback journal). Both run one after the other, each on a new file, so drift from other work on the
 * machine hits both. SXW_BENCH_RECORDS changes the count, SXW_BENCH_IMPORT_RUNS the runs (3).
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SXW = path.join(ROOT, 'bin', 'sxw.mjs');
const RECORDS = Number(process.env.SXW_BENCH_RECORDS ?? 1_000_000);
const RUNS = Number(process.env.SXW_BENCH_IMPORT_RUNS ?? 3);

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

function ms(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function importBenchmarks(): Promise<MeasuredCase[]> {
  if (spawnSync('sqlite3', ['-version']).status !== 0) {
    throw new Error('The sqlite3 command-line shell is needed for the reference: apt-get install -y sqlite3');
  }
  if (!(await cliEntry(ROOT, (line) => process.stderr.write(`${line}\n`)))) {
    throw new Error('No current build of sxw in out/cli; the benchmark would time tsx instead.');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-bench-import-'));
  const csvFile = path.join(dir, 'pool.csv');
  writeCsv(csvFile);
  const bareTable = `CREATE TABLE bare (record_id TEXT, framework TEXT, sector TEXT, size_band TEXT, country TEXT,
    year INTEGER, ${POOL_BLOCKS.map((b) => `${b} REAL`).join(', ')}, synthetic TEXT);`;
  return [
    {
      name: `\`sxw benchmark import\` of a ${RECORDS.toLocaleString('en')}-row CSV (${(fs.statSync(csvFile).size / 1e6).toFixed(0)} MB), whole process`,
      referenceName: 'sqlite3 shell .import, bare table, default journal',
      goal: '≤ 2×',
      measure: async () => {
        const ours: number[] = [];
        const reference: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          const target = path.join(dir, `import-${run}.sqlite`);
          ours.push(
            ms(() => {
              const r = spawnSync(process.execPath, [SXW, '--db', target, 'benchmark', 'import', csvFile, '--json'], {
                cwd: ROOT,
                encoding: 'utf8',
                env: { ...process.env, SXW_DB: '' },
                maxBuffer: 64 * 1024 * 1024,
              });
              if (r.status !== 0) throw new Error(`sxw benchmark import exited ${r.status}: ${r.stderr}`);
              if (JSON.parse(r.stdout).added !== RECORDS)
                throw new Error(`sxw imported less: ${r.stdout.slice(0, 200)}`);
            }),
          );
          const bare = path.join(dir, `bare-${run}.sqlite`);
          reference.push(
            ms(() => execFileSync('sqlite3', [bare, bareTable, '.mode csv', `.import --skip 1 ${csvFile} bare`])),
          );
          // The database files, and the before-import backup a file this large gets (backups/).
          for (const f of fs.readdirSync(dir)) {
            if (f !== 'pool.csv') fs.rmSync(path.join(dir, f), { force: true, recursive: true });
          }
        }
        fs.rmSync(dir, { recursive: true, force: true });
        return { ours, reference };
      },
    },
  ];
}
