import os from 'node:os';
import { assessmentBenchmarks } from './assessment.bench';
import { clientBenchmarks } from './clients.bench';
import { type BenchResult, formatTable, runCase } from './harness';

/** `npm run bench`: every benchmark with its median and its ratio to the reference its issue names. */
const suites = [clientBenchmarks, assessmentBenchmarks];

const results: BenchResult[] = [];
for (const suite of suites) {
  for (const c of suite()) {
    process.stderr.write(`running: ${c.name}\n`);
    results.push(runCase(c));
  }
}
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `SX Workbench benchmarks — ${new Date().toISOString().slice(0, 10)}, ${cpu}, ${os.cpus().length} cores, Node ${process.version}\n`,
);
console.log(formatTable(results));
