import type { Database } from 'better-sqlite3';
import { BLOCK_COUNT, MAX_HUNDREDTHS, MIN_HUNDREDTHS, type PoolRecord } from '../../shared/pool/benchmarkCsv';
import { MIN_YEAR, type PoolFilters } from '../../shared/pool/schemas';
import type { HistogramSlice } from '../../shared/pool/histogram';
import { SECTORS, SIZE_BANDS } from '../../shared/domain/identifiers';
import { stmt } from '../db/statements';

/**
 * The in-memory columnar index of the benchmark pool — how a comparison over a million records stays
 * within a few milliseconds.
 *
 * Why it works: scores live on a 0.01 grid (100–500 hundredths), and a record's overall — the mean of nine
 * blocks — on the 1/900 grid (the sum of the nine hundredths, 900–4500). So a comparison group is fully
 * described by one histogram per block (401 bins) plus one for the overall (3601 bins): PERCENTILE.INC,
 * mean, STDEV.S and percentile ranks follow exactly from the histograms (shared/pool/histogram.ts), and
 * no group is ever sorted. Computing a group is counting.
 *
 * Layout:
 * - Each record is reduced to ten bin numbers (Uint16) in one flat histogram of HIST_SIZE slots: block b's
 *   score h goes to 1 + b·401 + (h − 100), the overall to 1 + 9·401 + (sum − 900); a block that was not
 *   assessed — and the overall of an incomplete record — goes to slot 0, a bin nobody reads. Counting a
 *   record is ten branch-free increments.
 * - Records are ordered by cell = (framework, layer, sector, size band, country, year): the quasi-identifiers
 *   the filters select on, after the layer a comparison draws on — real records with all nine blocks,
 *   synthetic ones with all nine, or incomplete ones, which are counted in the pool's composition but never
 *   compared (docs/anonymity.md "Benchmark groups and blocks: k"). Every filter selects whole cells, and
 *   each cell is one contiguous run of records.
 * - Cells are grouped into strata = (framework, layer, sector, size band), and each stratum keeps its
 *   histogram, record count and synthetic count precomputed. A filter on sector and size only adds stratum
 *   histograms (~105 × 7211 additions for a whole pool). With a country or year filter, a stratum's matching
 *   records are counted from cell sizes first, then the smaller side is scanned: the matching cells are
 *   added, or the stratum histogram is taken and the non-matching cells are subtracted. No query touches
 *   more than half of the records; a narrow group touches only its own.
 *
 * The index is built once per process from SQLite (on first use) and follows the change stream
 * (main/pool/indexCache.ts): a write that noted the records it added or removed is counted in an overlay
 * without a rebuild; any other change of the pool — a large import, a write by another process — makes the
 * next query rebuild.
 */

// Module-local copies: under tsx an imported binding is a getter call on every read (hot loops below).
const BLOCKS = BLOCK_COUNT;
const LOWEST = MIN_HUNDREDTHS;
const SECTOR_NAMES: readonly string[] = [...SECTORS];
const SIZE_NAMES: readonly string[] = [...SIZE_BANDS];

const BLOCK_BINS = MAX_HUNDREDTHS - MIN_HUNDREDTHS + 1; // 401
const OVERALL_LOWEST = MIN_HUNDREDTHS * BLOCK_COUNT; // 900
const OVERALL_BINS = MAX_HUNDREDTHS * BLOCK_COUNT - OVERALL_LOWEST + 1; // 3601
const OVERALL_OFFSET = 1 + BLOCK_COUNT * BLOCK_BINS;
const HIST_SIZE = OVERALL_OFFSET + OVERALL_BINS; // 7211
const SLOTS = BLOCKS + 1;
const YEARS = 200;
const POOL_BLOCK_COLUMNS = Array.from({ length: BLOCK_COUNT }, (_, b) => `b${b + 1}`);

/** A country's code in the index: its two letters as a number, (first − A) · 26 + (second − A). */
const countryCode = (c: string): number => (c.charCodeAt(0) - 65) * 26 + (c.charCodeAt(1) - 65);
const NS = SECTORS.length;
const NZ = SIZE_BANDS.length;
const NC = 26 * 26;

/**
 * The records a comparison may draw on: `real` or `synthetic`, in both cases only records with all nine
 * blocks, so that every figure of a comparison comes from one and the same set of records.
 */
export type PoolBasis = 'real' | 'synthetic';
/** Layers of the index: 0 real and complete, 1 synthetic and complete, 2 incomplete (never compared). */
const LAYERS = 3;
const INCOMPLETE = 2;
const layerOf = (basis: PoolBasis): number => (basis === 'real' ? 0 : 1);

/** A record's layer: incomplete whatever its kind, otherwise real or synthetic. */
function recordLayer(r: Pick<PoolRecord, 'scores' | 'synthetic'>): number {
  return r.scores.some((s) => s === null) ? INCOMPLETE : r.synthetic ? 1 : 0;
}

/** The ten histogram slots of one record (scores in hundredths, null = not assessed). */
function recordSlots(scores: readonly (number | null)[], out: Uint16Array | number[], at = 0): void {
  let sum = 0;
  let complete = true;
  for (let b = 0; b < BLOCKS; b++) {
    const h = scores[b] ?? null;
    if (h === null) {
      out[at + b] = 0;
      complete = false;
    } else {
      out[at + b] = 1 + b * BLOCK_BINS + (h - LOWEST);
      sum += h;
    }
  }
  out[at + BLOCKS] = complete ? OVERALL_OFFSET + (sum - OVERALL_LOWEST) : 0;
}

interface IndexFilter {
  framework: string;
  layer: number;
  /** Lookup tables: allowed[code] = 1. */
  sectors: Uint8Array;
  sizes: Uint8Array;
  /** null = any country / any year. */
  countries: Uint8Array | null;
  from: number | null;
  to: number | null;
}

interface GroupCounts {
  /** Shared scratch: valid until the next query on this index. */
  hist: Int32Array;
  n: number;
}

/** A record added to (sign 1) or removed from (sign −1) the pool after the index was built. */
export interface PoolChange {
  sign: 1 | -1;
  record: PoolRecord;
  source: string;
}

interface OverlayEntry {
  sign: 1 | -1;
  framework: string;
  layer: number;
  sector: number;
  size: number;
  country: number;
  year: number;
  synthetic: number;
  slots: Uint16Array;
}

/** Changes the index carries beside its arrays before a rebuild is cheaper (each query visits them all). */
export const OVERLAY_LIMIT = 4096;

export class PoolIndex {
  private baseSize: number;
  readonly frameworks: Map<string, number>;
  /**
   * Records added or removed since the build — a contribution, a withdrawal, a small import — counted
   * beside the sorted arrays, so a small change costs microseconds instead of a rebuild from SQLite.
   * Histogram counts are additive: a removal is the same ten bins counted −1.
   */
  private readonly overlay: OverlayEntry[] = [];
  // Per record, in cell order: ten slots each.
  private readonly slots: Uint16Array;
  // Per cell.
  private readonly cellStart: Int32Array;
  private readonly cellCountry: Uint16Array;
  private readonly cellYear: Uint16Array;
  private readonly cellSynthetic: Int32Array;
  // Per stratum (framework, sector, size).
  private readonly stratumKey: Int32Array;
  private readonly stratumCells: Int32Array;
  private readonly stratumHist: Int32Array;
  private readonly stratumN: Int32Array;
  private readonly stratumSynthetic: Int32Array;
  private readonly scratch = new Int32Array(HIST_SIZE);
  /** Counts for stats: by framework code, sector, size, country, year, synthetic and source. */
  readonly sourceCounts: Map<string, number>;

  constructor(parts: {
    size: number;
    frameworks: Map<string, number>;
    slots: Uint16Array;
    cellKey: Float64Array;
    cellStart: Int32Array;
    cellSynthetic: Int32Array;
    sourceCounts: Map<string, number>;
  }) {
    this.baseSize = parts.size;
    this.frameworks = parts.frameworks;
    this.slots = parts.slots;
    this.sourceCounts = parts.sourceCounts;
    const cells = parts.cellKey.length;
    this.cellStart = parts.cellStart;
    this.cellSynthetic = parts.cellSynthetic;
    this.cellCountry = new Uint16Array(cells);
    this.cellYear = new Uint16Array(cells);
    const strata: number[] = [];
    const stratumCells: number[] = [];
    for (let c = 0; c < cells; c++) {
      const key = parts.cellKey[c] as number;
      this.cellYear[c] = MIN_YEAR + (key % YEARS);
      const rest = Math.floor(key / YEARS);
      this.cellCountry[c] = rest % NC;
      const stratum = Math.floor(rest / NC);
      if (strata.at(-1) !== stratum) {
        strata.push(stratum);
        stratumCells.push(c);
      }
    }
    stratumCells.push(cells);
    this.stratumKey = Int32Array.from(strata);
    this.stratumCells = Int32Array.from(stratumCells);
    const s = strata.length;
    this.stratumHist = new Int32Array(s * HIST_SIZE);
    this.stratumN = new Int32Array(s);
    this.stratumSynthetic = new Int32Array(s);
    for (let t = 0; t < s; t++) {
      const c0 = this.stratumCells[t] as number;
      const c1 = this.stratumCells[t + 1] as number;
      const first = this.cellStart[c0] as number;
      const last = this.cellStart[c1] as number;
      this.stratumN[t] = last - first;
      let syn = 0;
      for (let c = c0; c < c1; c++) syn += this.cellSynthetic[c] as number;
      this.stratumSynthetic[t] = syn;
      addRecords(this.slots, first, last, this.stratumHist.subarray(t * HIST_SIZE, (t + 1) * HIST_SIZE), 1);
    }
  }

  /** Records in the pool. */
  get size(): number {
    return this.baseSize;
  }

  /** Changes carried beside the arrays (see `apply`). */
  get overlaySize(): number {
    return this.overlay.length;
  }

  /**
   * Applies added and removed records without a rebuild; false (and nothing changed) when the overlay would
   * grow past OVERLAY_LIMIT — the caller then lets the next query rebuild.
   */
  apply(changes: readonly PoolChange[]): boolean {
    if (this.overlay.length + changes.length > OVERLAY_LIMIT) return false;
    for (const { sign, record: r, source } of changes) {
      const slots = new Uint16Array(SLOTS);
      recordSlots(r.scores, slots);
      this.overlay.push({
        sign,
        framework: r.framework,
        layer: recordLayer(r),
        sector: SECTOR_NAMES.indexOf(r.sector),
        size: SIZE_NAMES.indexOf(r.sizeBand),
        country: countryCode(r.country),
        year: r.year,
        synthetic: r.synthetic ? 1 : 0,
        slots,
      });
      this.baseSize += sign;
      const left = (this.sourceCounts.get(source) ?? 0) + sign;
      if (left === 0) this.sourceCounts.delete(source);
      else this.sourceCounts.set(source, left);
    }
    return true;
  }

  /**
   * A comparison group: the complete records of one framework and basis matching the filters, with
   * `exclude` (the compared client's own records) taken back out where they are in the group. Histogram
   * slices per block and for the overall, on the grids of shared/pool/histogram.ts; valid until the next
   * query on this index. Every slice counts the same n records.
   */
  comparisonGroup(
    framework: string,
    filters: PoolFilters,
    basis: PoolBasis,
    exclude: readonly PoolRecord[] = [],
  ): PoolGroup {
    const g = this.group(indexFilter(framework, filters, layerOf(basis)));
    let n = g.n;
    const slots = new Array<number>(SLOTS);
    for (const own of exclude) {
      if (recordLayer(own) !== layerOf(basis) || !recordMatches(own, framework, filters)) continue;
      recordSlots(own.scores, slots);
      for (const s of slots) g.hist[s] = (g.hist[s] as number) - 1;
      n -= 1;
    }
    const hist = g.hist;
    return {
      n,
      blocks: Array.from({ length: BLOCKS }, (_, b) => ({
        counts: hist,
        offset: 1 + b * BLOCK_BINS,
        bins: BLOCK_BINS,
        lowest: LOWEST,
        scale: 100,
      })),
      overall: {
        counts: hist,
        offset: OVERALL_OFFSET,
        bins: OVERALL_BINS,
        lowest: OVERALL_LOWEST,
        scale: 100 * BLOCKS,
      },
    };
  }

  /** Complete records of one framework and basis in the whole pool: what decides a comparison's basis. */
  completeRecords(framework: string, basis: PoolBasis): number {
    const fw = this.frameworks.get(framework);
    const layer = layerOf(basis);
    let n = 0;
    if (fw !== undefined) {
      for (let t = 0; t < this.stratumKey.length; t++) {
        if (Math.floor((this.stratumKey[t] as number) / (NZ * NS)) === fw * LAYERS + layer) {
          n += this.stratumN[t] as number;
        }
      }
    }
    for (const e of this.overlay) if (e.framework === framework && e.layer === layer) n += e.sign;
    return n;
  }

  /** Histograms and n of the records matching a filter. */
  private group(f: IndexFilter): GroupCounts {
    const g = this.baseGroup(f);
    const hist = g.hist;
    for (const e of this.overlay) {
      if (
        e.framework !== f.framework ||
        e.layer !== f.layer ||
        !f.sectors[e.sector] ||
        !f.sizes[e.size] ||
        (f.countries !== null && f.countries[e.country] !== 1) ||
        (f.from !== null && e.year < f.from) ||
        (f.to !== null && e.year > f.to)
      ) {
        continue;
      }
      for (let j = 0; j < SLOTS; j++) {
        const slot = e.slots[j] as number;
        hist[slot] = (hist[slot] as number) + e.sign;
      }
      g.n += e.sign;
    }
    hist[0] = 0;
    return g;
  }

  private baseGroup(f: IndexFilter): GroupCounts {
    const hist = this.scratch;
    hist.fill(0);
    let n = 0;
    const fw = this.frameworks.get(f.framework);
    if (fw === undefined) return { hist, n };
    const part = fw * LAYERS + f.layer;
    const from = f.from ?? 0;
    const to = f.to ?? 9999;
    const cellFilter = f.countries !== null || f.from !== null || f.to !== null;
    const countries = f.countries;
    for (let t = 0; t < this.stratumKey.length; t++) {
      const key = this.stratumKey[t] as number;
      const size = key % NZ;
      const sector = Math.floor(key / NZ) % NS;
      if (Math.floor(key / (NZ * NS)) !== part || !f.sectors[sector] || !f.sizes[size]) continue;
      const stratumN = this.stratumN[t] as number;
      const c0 = this.stratumCells[t] as number;
      const c1 = this.stratumCells[t + 1] as number;
      let matched = stratumN;
      if (cellFilter) {
        matched = 0;
        for (let c = c0; c < c1; c++) {
          if (this.cellMatches(c, countries, from, to)) {
            matched += (this.cellStart[c + 1] as number) - (this.cellStart[c] as number);
          }
        }
      }
      if (matched === 0) continue;
      n += matched;
      if (matched * 2 <= stratumN) {
        for (let c = c0; c < c1; c++) {
          if (this.cellMatches(c, countries, from, to)) {
            addRecords(this.slots, this.cellStart[c] as number, this.cellStart[c + 1] as number, hist, 1);
          }
        }
      } else {
        const base = t * HIST_SIZE;
        const sh = this.stratumHist;
        for (let i = 1; i < HIST_SIZE; i++) hist[i] = (hist[i] as number) + (sh[base + i] as number);
        if (matched < stratumN) {
          for (let c = c0; c < c1; c++) {
            if (!this.cellMatches(c, countries, from, to)) {
              addRecords(this.slots, this.cellStart[c] as number, this.cellStart[c + 1] as number, hist, -1);
            }
          }
        }
      }
    }
    hist[0] = 0;
    return { hist, n };
  }

  private cellMatches(c: number, countries: Uint8Array | null, from: number, to: number): boolean {
    const year = this.cellYear[c] as number;
    return year >= from && year <= to && (countries === null || countries[this.cellCountry[c] as number] === 1);
  }

  /** Record counts by quasi-identifier, for `benchmark stats`. */
  counts(): {
    byFramework: Map<string, number>;
    bySector: Map<string, number>;
    bySizeBand: Map<string, number>;
    byCountry: Map<string, number>;
    byYear: Map<number, number>;
    synthetic: number;
  } {
    const names = [...this.frameworks.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
    const byFramework = new Map<string, number>();
    const bySector = new Map<string, number>();
    const bySizeBand = new Map<string, number>();
    const byCountry = new Map<string, number>();
    const byYear = new Map<number, number>();
    let synthetic = 0;
    const add = <K>(m: Map<K, number>, k: K, v: number) => m.set(k, (m.get(k) ?? 0) + v);
    for (let t = 0; t < this.stratumKey.length; t++) {
      const key = this.stratumKey[t] as number;
      const n = this.stratumN[t] as number;
      add(byFramework, names[Math.floor(key / (NZ * NS * LAYERS))] as string, n);
      add(bySector, SECTOR_NAMES[Math.floor(key / NZ) % NS] as string, n);
      add(bySizeBand, SIZE_NAMES[key % NZ] as string, n);
      synthetic += this.stratumSynthetic[t] as number;
      for (let c = this.stratumCells[t] as number; c < (this.stratumCells[t + 1] as number); c++) {
        const m = (this.cellStart[c + 1] as number) - (this.cellStart[c] as number);
        const code = this.cellCountry[c] as number;
        add(byCountry, String.fromCharCode(65 + Math.floor(code / 26), 65 + (code % 26)), m);
        add(byYear, this.cellYear[c] as number, m);
      }
    }
    for (const e of this.overlay) {
      add(byFramework, e.framework, e.sign);
      add(bySector, SECTOR_NAMES[e.sector] as string, e.sign);
      add(bySizeBand, SIZE_NAMES[e.size] as string, e.sign);
      add(byCountry, String.fromCharCode(65 + Math.floor(e.country / 26), 65 + (e.country % 26)), e.sign);
      add(byYear, e.year, e.sign);
      synthetic += e.sign * e.synthetic;
    }
    // A value whose last record was withdrawn is not listed (as after a rebuild).
    for (const m of [byFramework, bySector, bySizeBand, byCountry, byYear] as Map<unknown, number>[]) {
      for (const [key, v] of m) if (v === 0) m.delete(key);
    }
    return { byFramework, bySector, bySizeBand, byCountry, byYear, synthetic };
  }
}

function addRecords(slots: Uint16Array, first: number, last: number, hist: Int32Array, sign: 1 | -1): void {
  const end = last * SLOTS;
  for (let o = first * SLOTS; o < end; o += SLOTS) {
    for (let j = 0; j < SLOTS; j++) {
      const s = slots[o + j] as number;
      hist[s] = (hist[s] as number) + sign;
    }
  }
}

const SIZE_SQL = `CASE size_band ${SIZE_BANDS.map((b, i) => `WHEN '${b}' THEN ${i}`).join(' ')} END`;

/**
 * Builds the index from the pool table in one read. SQLite computes each record's cell key and packs its
 * nine scores into two integers (9 bits each), so a row crosses into JavaScript as three numbers instead of
 * sixteen values of which five are strings — the read is most of the build's time.
 */
export function buildPoolIndex(db: Database): PoolIndex {
  const total = (stmt(db, 'SELECT count(*) AS n FROM pool_records').get() as { n: number }).n;
  const frameworks = new Map<string, number>();
  for (const { framework } of stmt<[], { framework: string }>(
    db,
    'SELECT DISTINCT framework FROM pool_records ORDER BY framework',
  ).all()) {
    frameworks.set(framework, frameworks.size);
  }
  const sourceCounts = new Map<string, number>();
  for (const r of stmt<[], { source: string; n: number }>(
    db,
    'SELECT source, count(*) AS n FROM pool_records GROUP BY source',
  ).all()) {
    sourceCounts.set(r.source, r.n);
  }
  const frameworkSql =
    frameworks.size === 0
      ? '0'
      : `CASE framework ${[...frameworks].map(([f, i]) => `WHEN '${f.replace(/'/g, "''")}' THEN ${i}`).join(' ')} END`;
  const layerSql = `CASE WHEN ${POOL_BLOCK_COLUMNS.map((b) => `${b} IS NULL`).join(' OR ')} THEN ${INCOMPLETE} ELSE synthetic END`;
  const sql = `SELECT
      (((((${frameworkSql}) * ${LAYERS} + ${layerSql}) * ${NS} + unicode(sector) - 65) * ${NZ} + ${SIZE_SQL}) * ${NC}
        + (unicode(country) - 65) * 26 + unicode(substr(country, 2)) - 65) * ${YEARS} + year - ${MIN_YEAR},
      coalesce(b1, 0) + 512 * coalesce(b2, 0) + 262144 * coalesce(b3, 0) + 134217728 * coalesce(b4, 0)
        + 68719476736 * coalesce(b5, 0),
      coalesce(b6, 0) + 512 * coalesce(b7, 0) + 262144 * coalesce(b8, 0) + 134217728 * coalesce(b9, 0)
        + 68719476736 * synthetic
    FROM pool_records`;
  const cellOf = new Map<number, number>();
  const cellKeys: number[] = [];
  const recordCell = new Int32Array(total);
  const slotsByRow = new Uint16Array(total * SLOTS);
  const syntheticByRow = new Uint8Array(total);
  const scores: (number | null)[] = new Array(BLOCKS).fill(null);
  let i = 0;
  for (const row of db.prepare(sql).raw(true).iterate() as IterableIterator<[number, number, number]>) {
    if (i >= total) break; // a concurrent writer added rows after the count; the next query rebuilds
    const key = row[0];
    let cell = cellOf.get(key);
    if (cell === undefined) {
      cell = cellKeys.length;
      cellOf.set(key, cell);
      cellKeys.push(key);
    }
    recordCell[i] = cell;
    let p = row[1];
    for (let b = 0; b < 5; b++) {
      const h = p % 512;
      scores[b] = h === 0 ? null : h;
      p = Math.floor(p / 512);
    }
    p = row[2];
    for (let b = 5; b < BLOCKS; b++) {
      const h = p % 512;
      scores[b] = h === 0 ? null : h;
      p = Math.floor(p / 512);
    }
    syntheticByRow[i] = p;
    recordSlots(scores, slotsByRow, i * SLOTS);
    i++;
  }
  const size = i;
  // Cells in key order; records counting-sorted into their cell's run.
  const order = cellKeys.map((_, c) => c).sort((a, b) => (cellKeys[a] as number) - (cellKeys[b] as number));
  const rank = new Int32Array(cellKeys.length);
  order.forEach((c, r) => (rank[c] = r));
  const cellStart = new Int32Array(cellKeys.length + 1);
  const cellSynthetic = new Int32Array(cellKeys.length);
  for (let r = 0; r < size; r++) {
    const c = rank[recordCell[r] as number] as number;
    cellStart[c + 1] = (cellStart[c + 1] as number) + 1;
    cellSynthetic[c] = (cellSynthetic[c] as number) + (syntheticByRow[r] as number);
  }
  for (let c = 0; c < cellKeys.length; c++) cellStart[c + 1] = (cellStart[c + 1] as number) + (cellStart[c] as number);
  const next = cellStart.slice(0, cellKeys.length);
  const slots = new Uint16Array(size * SLOTS);
  for (let r = 0; r < size; r++) {
    const c = rank[recordCell[r] as number] as number;
    const at = next[c] as number;
    next[c] = at + 1;
    slots.set(slotsByRow.subarray(r * SLOTS, (r + 1) * SLOTS), at * SLOTS);
  }
  return new PoolIndex({
    size,
    frameworks,
    slots,
    cellKey: Float64Array.from(order.map((c) => cellKeys[c] as number)),
    cellStart,
    cellSynthetic,
    sourceCounts,
  });
}

/** A comparison group as the statistics read it (see `PoolIndex.comparisonGroup`). */
export interface PoolGroup {
  n: number;
  blocks: HistogramSlice[];
  overall: HistogramSlice;
}

function lookup(values: readonly string[], all: readonly string[]): Uint8Array {
  const table = new Uint8Array(all.length);
  if (values.length === 0) table.fill(1);
  else for (const v of values) table[all.indexOf(v)] = 1;
  return table;
}

function indexFilter(framework: string, f: PoolFilters, layer: number): IndexFilter {
  let countries: Uint8Array | null = null;
  if (f.country.length > 0) {
    countries = new Uint8Array(NC);
    for (const c of f.country) countries[countryCode(c)] = 1;
  }
  return {
    framework,
    layer,
    sectors: lookup(f.sector, SECTOR_NAMES),
    sizes: lookup(f.size, SIZE_NAMES),
    countries,
    from: f.from,
    to: f.to,
  };
}

function recordMatches(r: PoolRecord, framework: string, f: PoolFilters): boolean {
  return (
    r.framework === framework &&
    (f.sector.length === 0 || (f.sector as string[]).includes(r.sector)) &&
    (f.size.length === 0 || (f.size as string[]).includes(r.sizeBand)) &&
    (f.country.length === 0 || (f.country as string[]).includes(r.country)) &&
    (f.from === null || r.year >= f.from) &&
    (f.to === null || r.year <= f.to)
  );
}
