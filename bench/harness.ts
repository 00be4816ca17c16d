/**
 * A small benchmark harness: each case runs warm, in this process, side by side with the reference it is
 * judged against, and reports medians (and p99) rather than means, so one GC pause does not move a figure.
 */

export interface BenchCase {
  name: string;
  /** What the case is measured against, e.g. "bare LIKE scan". */
  referenceName: string;
  run: () => unknown;
  reference: () => unknown;
  /** Human-readable goal, e.g. "p50 ≤ 5 ms". */
  goal: string;
  iterations?: number;
}

/**
 * A case that measures itself: for an async reference (DuckDB's API) or a run that needs a fresh state
 * each time (a million-row import). Returns the samples of both sides in milliseconds.
 */
export interface MeasuredCase {
  name: string;
  referenceName: string;
  goal: string;
  /** What the samples count; milliseconds unless said otherwise (the renderer's script size is in KB). */
  unit?: Unit;
  measure: () => Promise<{ ours: number[]; reference: number[] }>;
}

export type Unit = 'ms' | 'KB';

export type AnyCase = BenchCase | MeasuredCase;

export async function runAnyCase(c: AnyCase): Promise<BenchResult> {
  if (!('measure' in c)) return runCase(c);
  const { ours, reference } = await c.measure();
  ours.sort((a, b) => a - b);
  reference.sort((a, b) => a - b);
  const median = quantile(ours, 0.5);
  const referenceMedian = quantile(reference, 0.5);
  return {
    name: c.name,
    median,
    p99: quantile(ours, 0.99),
    referenceName: c.referenceName,
    referenceMedian,
    referenceP99: quantile(reference, 0.99),
    ratio: median / referenceMedian,
    goal: c.goal,
    unit: c.unit ?? 'ms',
  };
}

/** Milliseconds of one call of a sync or async function. */
export async function timeOnce(fn: () => unknown): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export interface BenchResult {
  name: string;
  median: number;
  p99: number;
  referenceName: string;
  referenceMedian: number;
  /** Shows when a slow tail is the machine's (a disk flush), not ours. */
  referenceP99: number;
  ratio: number;
  goal: string;
  unit?: Unit;
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

function sample(fn: () => unknown, iterations: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b);
}

export function runCase(c: BenchCase): BenchResult {
  const iterations = c.iterations ?? 200;
  // Warm both sides first (JIT, statement cache, page cache), then interleave rounds so drift hits both.
  sample(c.run, Math.max(50, Math.floor(iterations / 4)));
  sample(c.reference, Math.max(50, Math.floor(iterations / 4)));
  const ours: number[] = [];
  const ref: number[] = [];
  const rounds = 5;
  for (let r = 0; r < rounds; r++) {
    ours.push(...sample(c.run, Math.ceil(iterations / rounds)));
    ref.push(...sample(c.reference, Math.ceil(iterations / rounds)));
  }
  ours.sort((a, b) => a - b);
  ref.sort((a, b) => a - b);
  const median = quantile(ours, 0.5);
  const referenceMedian = quantile(ref, 0.5);
  return {
    name: c.name,
    median,
    p99: quantile(ours, 0.99),
    referenceName: c.referenceName,
    referenceMedian,
    referenceP99: quantile(ref, 0.99),
    ratio: median / referenceMedian,
    goal: c.goal,
  };
}

const ms = (x: number) =>
  x < 0.1
    ? `${(x * 1000).toFixed(1)} µs`
    : x >= 1000
      ? `${(x / 1000).toFixed(2)} s`
      : `${x.toFixed(x < 10 ? 3 : 1)} ms`;

const kb = (x: number) => `${x.toFixed(1)} KB`;

export function formatTable(results: BenchResult[]): string {
  const headers = ['benchmark', 'median', 'p99', 'reference', 'ref median', 'ref p99', 'ratio', 'goal'];
  const rows = results.map((r) => [
    r.name,
    (r.unit === 'KB' ? kb : ms)(r.median),
    (r.unit === 'KB' ? kb : ms)(r.p99),
    r.referenceName,
    (r.unit === 'KB' ? kb : ms)(r.referenceMedian),
    (r.unit === 'KB' ? kb : ms)(r.referenceP99),
    `${r.ratio < 0.1 ? r.ratio.toPrecision(2) : r.ratio.toFixed(2)}×`,
    r.goal,
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
