import os from 'node:os';
import { assessmentBenchmarks } from './assessment.bench';
import { backupBenchmarks } from './backup.bench';
import { benchmarkPoolBenchmarks } from './benchmark.bench';
import { bundleBenchmarks } from './bundle.bench';
import { cliBenchmarks } from './cli.bench';
import { dossierBenchmarks } from './dossier.bench';
import { importBenchmarks } from './import.bench';
import { clientBenchmarks } from './clients.bench';
import { rendererBenchmarks } from './renderer.bench';
import { reportBenchmarks } from './report.bench';
import { roadmapBenchmarks } from './roadmap.bench';
import { surveyBenchmarks } from './survey.bench';
import { teamBenchmarks } from './team.bench';
import { type AnyCase, type BenchResult, formatTable, runAnyCase } from './harness';

/**
 * `npm run bench`: every benchmark with its median and its ratio to the reference its issue names.
 * `npm run bench -- pool` runs only the suites whose name contains "pool".
 */
const suites: [string, () => AnyCase[] | Promise<AnyCase[]>][] = [
  ['clients', clientBenchmarks],
  ['assessment', assessmentBenchmarks],
  ['pool', benchmarkPoolBenchmarks],
  ['report', reportBenchmarks],
  ['roadmap', roadmapBenchmarks],
  ['dossier', dossierBenchmarks],
  ['survey', surveyBenchmarks],
  ['sxw', cliBenchmarks],
  ['renderer', rendererBenchmarks],
  ['bundle', bundleBenchmarks],
  ['backup', backupBenchmarks],
  ['import', importBenchmarks],
  ['team', teamBenchmarks],
];
const only = process.argv[2];

const results: BenchResult[] = [];
for (const [name, suite] of suites) {
  if (only && !name.includes(only)) continue;
  for (const c of await suite()) {
    process.stderr.write(`running: ${c.name}\n`);
    results.push(await runAnyCase(c));
  }
}
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `SX Workbench benchmarks — ${new Date().toISOString().slice(0, 10)}, ${cpu}, ${os.cpus().length} cores, Node ${process.version}\n`,
);
console.log(formatTable(results));
