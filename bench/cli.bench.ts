import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliEntry, freshCliEntry } from '../scripts/cliBuild.mjs';
import type { BenchCase, MeasuredCase } from './harness';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SXW = path.join(ROOT, 'bin', 'sxw.mjs');
const RUNS = 15;
const TSX_RUNS = 5;

/** Wall time of a whole `node …` process in milliseconds; fails loudly rather than time an error. */
function processMs(args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SXW_DB: '' } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const REFERENCE = ['-e', "require('better-sqlite3')"];

/** Ours and the reference one after the other, `runs` times, so drift from other work hits both. */
function sideBySide(ours: string[], runs: number): MeasuredCase['measure'] {
  return async () => {
    processMs(ours);
    processMs(REFERENCE);
    const result = { ours: [] as number[], reference: [] as number[] };
    for (let i = 0; i < runs; i++) {
      result.ours.push(processMs(ours));
      result.reference.push(processMs(REFERENCE));
    }
    return result;
  };
}

/**
 * How fast `sxw` starts: whole processes, as a shell runs them, against Node loading better-sqlite3 and
 * nothing else (the least any command that opens a database must do). `sxw` runs from the build in
 * out/cli (scripts/cliBuild.mjs); the tsx row is how it started before that build, for comparison. The
 * last row is the freshness check every start pays, in this process.
 */
export async function cliBenchmarks(): Promise<(MeasuredCase | BenchCase)[]> {
  if (!(await cliEntry(ROOT, (line) => process.stderr.write(`${line}\n`)))) {
    throw new Error('No current build of sxw in out/cli; the benchmark would time tsx instead.');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-bench-cli-'));
  const db = path.join(dir, 'demo.sqlite');
  processMs([SXW, '--db', db, 'demo']);
  const referenceName = 'node -e "require(\'better-sqlite3\')"';
  const goal = '≤ 3× (≈ 0.4 s)';
  const manifest = path.join(ROOT, 'out', 'cli', 'build.json');
  return [
    { name: '`sxw --help`, whole process', referenceName, goal, measure: sideBySide([SXW, '--help'], RUNS) },
    {
      name: '`sxw clients list --json`, demo database, whole process',
      referenceName,
      goal,
      measure: sideBySide([SXW, '--db', db, 'clients', 'list', '--json'], RUNS),
    },
    {
      name: '`sxw --help` through tsx (the start before out/cli)',
      referenceName,
      goal: 'for comparison',
      measure: sideBySide(['--import', 'tsx', path.join(ROOT, 'main', 'cli', 'main.ts'), '--help'], TSX_RUNS),
    },
    {
      name: 'freshness check at start (stat every recorded input)',
      referenceName: 'reading and parsing build.json alone',
      goal: '< 5 ms',
      run: () => {
        if (!freshCliEntry(ROOT)) throw new Error('the build went stale during the benchmark');
      },
      reference: () => JSON.parse(fs.readFileSync(manifest, 'utf8')),
      iterations: 500,
    },
  ];
}
