import { BLOCK_COUNT, MAX_HUNDREDTHS, MIN_HUNDREDTHS, type PoolRecord } from '../../shared/pool/benchmarkCsv';
import { MAX_YEAR, MIN_YEAR, POOL_COUNTRIES } from '../../shared/pool/schemas';
import { SECTORS, SIZE_BANDS } from '../../shared/domain/identifiers';

/**
 * The import's fast path: one Benchmark CSV row checked and converted straight from the file's bytes, with
 * no string per field (a million rows split into sixteen strings each is most of an import's time on a
 * small machine). It accepts only the plain form the canonical writer produces — lower-case UUID, upper-case
 * codes, no spaces, no quotes — and returns null for anything else, which then goes through `checkRow`,
 * the rule that decides and names every problem. A property test holds the fast path to `checkRow`: where it
 * answers, it answers the same.
 */

const D0 = 48;
// Module-local copies of the imported constants: under tsx (the CLI, the benchmarks) an imported binding is
// a getter call on every read, which in this loop cost a third of the parse time.
const BLOCKS = BLOCK_COUNT;
const LOWEST = MIN_HUNDREDTHS;
const HIGHEST = MAX_HUNDREDTHS;
const FIRST_YEAR = MIN_YEAR;
const LAST_YEAR = MAX_YEAR;
const SECTOR_NAMES: readonly string[] = [...SECTORS];
const SIZE_NAMES: readonly string[] = [...SIZE_BANDS];
/** Values one row writes with `readInto`: record_id, framework, sector, size_band, country, year, B1–B9, synthetic (0/1). */
export const ROW_VALUES = 6 + BLOCK_COUNT + 1;
const COUNTRY_BY_CODE: (string | undefined)[] = new Array(26 * 26);
for (const c of POOL_COUNTRIES) COUNTRY_BY_CODE[(c.charCodeAt(0) - 65) * 26 + (c.charCodeAt(1) - 65)] = c;
const SIZE_BYTES = SIZE_NAMES.map((s) => Buffer.from(s, 'latin1'));
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');

const isHex = (b: number) => (b >= D0 && b <= 57) || (b >= 97 && b <= 102);
const isFrameworkChar = (b: number) =>
  (b >= D0 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 46 || b === 95 || b === 45;

function equalsAt(bytes: Buffer, start: number, end: number, word: Buffer): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[start + i] !== word[i]) return false;
  return true;
}

export class FastRowReader {
  private framework = '';
  private frameworkBytes = Buffer.alloc(0);
  /** Scores with more than two decimals in the last accepted row. */
  rounded = 0;
  private readonly ends = new Int32Array(32);
  private readonly scratch: unknown[] = new Array(ROW_VALUES);

  constructor(
    private readonly delimiter: number,
    private readonly fieldCount: number,
    private readonly decimalComma: boolean,
  ) {}

  /** The row in bytes[start, end) as a record, or null to let `checkRow` decide. */
  read(bytes: Buffer, start: number, end: number): PoolRecord | null {
    const v = this.scratch;
    if (!this.readInto(bytes, start, end, v, 0)) return null;
    return {
      recordId: v[0] as string,
      framework: v[1] as string,
      sector: v[2] as string,
      sizeBand: v[3] as string,
      country: v[4] as string,
      year: v[5] as number,
      scores: v.slice(6, 6 + BLOCKS) as (number | null)[],
      synthetic: v[6 + BLOCKS] === 1,
    };
  }

  /**
   * The row in bytes[start, end) written as ROW_VALUES values into `out` from `at` (the order of the
   * pool_records columns, ready to bind), or false to let `checkRow` decide. Allocates only the record id.
   */
  readInto(bytes: Buffer, start: number, end: number, out: unknown[], at: number): boolean {
    const ends = this.ends;
    let fields = 0;
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      if (b === this.delimiter) {
        if (fields >= 31) return false;
        ends[fields++] = i;
      } else if (b === 34 || b === 32 || b === 9) {
        return false;
      }
    }
    ends[fields++] = end;
    if (fields !== this.fieldCount) return false;
    // record_id: 8-4-4-4-12 lower-case hex
    const e0 = ends[0] as number;
    if (e0 - start !== 36) return false;
    for (let i = 0; i < 36; i++) {
      const b = bytes[start + i] as number;
      if (i === 8 || i === 13 || i === 18 || i === 23) {
        if (b !== 45) return false;
      } else if (!isHex(b)) return false;
    }
    // framework
    const f0 = e0 + 1;
    const f1 = ends[1] as number;
    if (f1 - f0 < 1 || f1 - f0 > 64) return false;
    if (!equalsAt(bytes, f0, f1, this.frameworkBytes)) {
      const first = bytes[f0] as number;
      if (first === 46 || first === 95 || first === 45) return false;
      for (let i = f0; i < f1; i++) if (!isFrameworkChar(bytes[i] as number)) return false;
      this.frameworkBytes = Buffer.from(bytes.subarray(f0, f1));
      this.framework = this.frameworkBytes.toString('latin1');
    }
    // sector: one letter A–U
    const s0 = f1 + 1;
    if ((ends[2] as number) - s0 !== 1) return false;
    const sectorByte = bytes[s0] as number;
    if (sectorByte < 65 || sectorByte > 85) return false;
    // size band
    const z0 = s0 + 2;
    const z1 = ends[3] as number;
    let size = -1;
    for (let i = 0; i < SIZE_BYTES.length; i++) {
      if (equalsAt(bytes, z0, z1, SIZE_BYTES[i] as Buffer)) {
        size = i;
        break;
      }
    }
    if (size < 0) return false;
    // country: two upper-case letters of the list
    const c0 = z1 + 1;
    if ((ends[4] as number) - c0 !== 2) return false;
    const a = (bytes[c0] as number) - 65;
    const b2 = (bytes[c0 + 1] as number) - 65;
    if (a < 0 || a > 25 || b2 < 0 || b2 > 25) return false;
    const country = COUNTRY_BY_CODE[a * 26 + b2];
    if (country === undefined) return false;
    // year: four digits
    const y0 = c0 + 3;
    if ((ends[5] as number) - y0 !== 4) return false;
    let year = 0;
    for (let i = y0; i < y0 + 4; i++) {
      const d = (bytes[i] as number) - D0;
      if (d < 0 || d > 9) return false;
      year = year * 10 + d;
    }
    if (year < FIRST_YEAR || year > LAST_YEAR) return false;
    // scores, written straight into out[at + 6 …]
    let rounded = 0;
    let p = y0 + 5;
    for (let k = 0; k < BLOCKS; k++) {
      const q = ends[6 + k] as number;
      if (q === p) {
        out[at + 6 + k] = null;
      } else {
        let whole = 0;
        let i = p;
        let digits = 0;
        while (i < q && (bytes[i] as number) >= D0 && (bytes[i] as number) <= 57) {
          whole = whole * 10 + (bytes[i] as number) - D0;
          i++;
          digits++;
        }
        if (digits === 0 || digits > 3) return false;
        let h = whole * 100;
        if (i < q) {
          const sep = bytes[i] as number;
          if (sep !== 46 && !(this.decimalComma && sep === 44)) return false;
          i++;
          if (i === q) return false;
          let n = 0;
          let extraNonZero = false;
          let third = 0;
          for (; i < q; i++, n++) {
            const d = (bytes[i] as number) - D0;
            if (d < 0 || d > 9) return false;
            if (n === 0) h += 10 * d;
            else if (n === 1) h += d;
            else {
              if (n === 2) third = d;
              if (d !== 0) extraNonZero = true;
            }
          }
          if (third >= 5) h += 1;
          if (extraNonZero) rounded++;
        }
        if (h < LOWEST || h > HIGHEST) return false;
        out[at + 6 + k] = h;
      }
      p = q + 1;
    }
    let synthetic = 0;
    if (this.fieldCount > 6 + BLOCKS) {
      const q = ends[6 + BLOCKS] as number;
      if (equalsAt(bytes, p, q, TRUE)) synthetic = 1;
      else if (!(q === p || equalsAt(bytes, p, q, FALSE))) return false;
    }
    this.rounded = rounded;
    out[at] = bytes.toString('latin1', start, e0);
    out[at + 1] = this.framework;
    out[at + 2] = SECTOR_NAMES[sectorByte - 65];
    out[at + 3] = SIZE_NAMES[size];
    out[at + 4] = country;
    out[at + 5] = year;
    out[at + 6 + BLOCKS] = synthetic;
    return true;
  }
}
