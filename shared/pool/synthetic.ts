import { SECTORS, SIZE_BANDS } from '../domain/identifiers';
import { BLOCK_COUNT, MAX_HUNDREDTHS, MIN_HUNDREDTHS, type PoolRecord } from './benchmarkCsv';

/**
 * Synthetic benchmark records: the demo pool (`sxw demo`) and the benchmarks' million-record pool. Fully
 * determined by the seed (a small PRNG, no Math.random), so a demo and a benchmark run are reproducible.
 * Every record is marked `synthetic`. The distributions are plausible, not real: each sector has its own
 * maturity level, larger organisations score a little higher, each organisation has its own level around
 * that, and blocks differ (vision and leadership ahead of innovation and monitoring); a few blocks are left
 * unassessed.
 */

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTOR_LEVEL: Record<string, number> = {
  A: 2.5,
  B: 2.6,
  C: 2.9,
  D: 3.0,
  E: 3.0,
  F: 2.6,
  G: 3.1,
  H: 2.9,
  I: 3.3,
  J: 3.2,
  K: 3.2,
  L: 2.8,
  M: 3.1,
  N: 2.9,
  O: 2.7,
  P: 2.9,
  Q: 3.0,
  R: 3.0,
  S: 2.8,
  T: 2.5,
  U: 2.7,
};
/** Where service organisations are: more records in the service sectors the workbench is made for. */
const SECTOR_WEIGHT: Record<string, number> = {
  A: 1,
  B: 1,
  C: 5,
  D: 3,
  E: 4,
  F: 3,
  G: 9,
  H: 6,
  I: 8,
  J: 7,
  K: 12,
  L: 3,
  M: 6,
  N: 5,
  O: 9,
  P: 6,
  Q: 12,
  R: 3,
  S: 4,
  T: 1,
  U: 1,
};
const BLOCK_OFFSET = [0.25, 0.2, 0.05, 0.1, 0.15, -0.1, -0.3, -0.05, -0.25];
const COUNTRY_WEIGHTS: [string, number][] = [
  ['NL', 40],
  ['BE', 20],
  ['DE', 10],
  ['GB', 6],
  ['FR', 6],
  ['LU', 3],
  ['DK', 3],
  ['SE', 3],
  ['IE', 2],
  ['ES', 2],
  ['IT', 2],
  ['AT', 2],
  ['CH', 1],
];

function picker<T>(weights: [T, number][]): (u: number) => T {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const values = weights.map(([v]) => v);
  const cumulative = new Float64Array(weights.length);
  let acc = 0;
  weights.forEach(([, w], i) => (cumulative[i] = acc += w / total));
  return (u) => {
    let i = 0;
    while (i < values.length - 1 && u >= (cumulative[i] as number)) i++;
    return values[i] as T;
  };
}

/** `digits` hex digits (≤ 8) from one draw. */
const hex = (rand: () => number, digits: number) =>
  Math.floor(rand() * 2 ** (4 * digits))
    .toString(16)
    .padStart(digits, '0');

export interface SyntheticOptions {
  seed: number;
  framework?: string;
  fromYear?: number;
  toYear?: number;
}

export function* syntheticRecords(count: number, options: SyntheticOptions): Generator<PoolRecord> {
  const rand = prng(options.seed);
  const normal = () => {
    // Box–Muller
    const u = 1 - rand();
    const v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const sector = picker(SECTORS.map((s) => [s, SECTOR_WEIGHT[s] ?? 1] as [string, number]));
  const size = picker(SIZE_BANDS.map((b, i) => [b, [2, 4, 5, 4, 3][i] ?? 1] as [string, number]));
  const country = picker(COUNTRY_WEIGHTS);
  const fromYear = options.fromYear ?? 2016;
  const toYear = options.toYear ?? 2026;
  for (let i = 0; i < count; i++) {
    const s = sector(rand());
    const z = size(rand());
    const level =
      (SECTOR_LEVEL[s] ?? 3) + 0.08 * SIZE_BANDS.indexOf(z as (typeof SIZE_BANDS)[number]) + 0.45 * normal();
    const scores: (number | null)[] = [];
    for (let b = 0; b < BLOCK_COUNT; b++) {
      if (rand() < 0.02) {
        scores.push(null);
        continue;
      }
      const x = level + (BLOCK_OFFSET[b] ?? 0) + 0.35 * normal();
      scores.push(Math.min(MAX_HUNDREDTHS, Math.max(MIN_HUNDREDTHS, Math.round(x * 100))));
    }
    yield {
      recordId: `${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-${'89ab'[Math.floor(rand() * 4)]}${hex(rand, 3)}-${hex(rand, 6)}${hex(rand, 6)}`,
      framework: options.framework ?? 'sx-default',
      sector: s,
      sizeBand: z,
      country: country(rand()),
      year: fromYear + Math.floor(rand() * (toYear - fromYear + 1)),
      scores,
      synthetic: true,
    };
  }
}
