import { BLOCK_COUNT, MAX_HUNDREDTHS, MIN_HUNDREDTHS, type PoolRecord } from '../../shared/benchmark/benchmarkCsv';
import { MAX_YEAR, MIN_YEAR, POOL_COUNTRIES } from '../../shared/benchmark/poolApi';
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
const COUNTRY_BY_CODE: (string | undefined)[] = new Array(26 * 26);
for (const c of POOL_COUNTRIES) COUNTRY_BY_CODE[(c.charCodeAt(0) - 65) * 26 + (c.charCodeAt(1) - 65)] = c;
const SIZE_BYTES = SIZE_BANDS.map((s) => Buffer.from(s, 'latin1'));
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

  constructor(
    private readonly delimiter: number,
    private readonly fieldCount: number,
    private readonly decimalComma: boolean,
  ) {}

  /** The row in bytes[start, end) as a record, or null to let `checkRow` decide. */
  read(bytes: Buffer, start: number, end: number): PoolRecord | null {
    const ends = this.ends;
    let fields = 0;
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      if (b === this.delimiter) {
        if (fields >= 31) return null;
        ends[fields++] = i;
      } else if (b === 34 || b === 32 || b === 9) {
        return null;
      }
    }
    ends[fields++] = end;
    if (fields !== this.fieldCount) return null;
    // record_id: 8-4-4-4-12 lower-case hex
    const e0 = ends[0] as number;
    if (e0 - start !== 36) return null;
    for (let i = 0; i < 36; i++) {
      const b = bytes[start + i] as number;
      if (i === 8 || i === 13 || i === 18 || i === 23) {
        if (b !== 45) return null;
      } else if (!isHex(b)) return null;
    }
    // framework
    const f0 = e0 + 1;
    const f1 = ends[1] as number;
    if (f1 - f0 < 1 || f1 - f0 > 64) return null;
    if (!equalsAt(bytes, f0, f1, this.frameworkBytes)) {
      const first = bytes[f0] as number;
      if (first === 46 || first === 95 || first === 45) return null;
      for (let i = f0; i < f1; i++) if (!isFrameworkChar(bytes[i] as number)) return null;
      this.frameworkBytes = Buffer.from(bytes.subarray(f0, f1));
      this.framework = this.frameworkBytes.toString('latin1');
    }
    // sector: one letter A–U
    const s0 = f1 + 1;
    if ((ends[2] as number) - s0 !== 1) return null;
    const sectorByte = bytes[s0] as number;
    if (sectorByte < 65 || sectorByte > 85) return null;
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
    if (size < 0) return null;
    // country: two upper-case letters of the list
    const c0 = z1 + 1;
    if ((ends[4] as number) - c0 !== 2) return null;
    const a = (bytes[c0] as number) - 65;
    const b2 = (bytes[c0 + 1] as number) - 65;
    if (a < 0 || a > 25 || b2 < 0 || b2 > 25) return null;
    const country = COUNTRY_BY_CODE[a * 26 + b2];
    if (country === undefined) return null;
    // year: four digits
    const y0 = c0 + 3;
    if ((ends[5] as number) - y0 !== 4) return null;
    let year = 0;
    for (let i = y0; i < y0 + 4; i++) {
      const d = (bytes[i] as number) - D0;
      if (d < 0 || d > 9) return null;
      year = year * 10 + d;
    }
    if (year < MIN_YEAR || year > MAX_YEAR) return null;
    // scores
    const scores: (number | null)[] = new Array(BLOCK_COUNT);
    let rounded = 0;
    let p = y0 + 5;
    for (let k = 0; k < BLOCK_COUNT; k++) {
      const q = ends[6 + k] as number;
      if (q === p) {
        scores[k] = null;
      } else {
        let whole = 0;
        let i = p;
        let digits = 0;
        while (i < q && (bytes[i] as number) >= D0 && (bytes[i] as number) <= 57) {
          whole = whole * 10 + (bytes[i] as number) - D0;
          i++;
          digits++;
        }
        if (digits === 0 || digits > 3) return null;
        let h = whole * 100;
        if (i < q) {
          const sep = bytes[i] as number;
          if (sep !== 46 && !(this.decimalComma && sep === 44)) return null;
          i++;
          if (i === q) return null;
          let n = 0;
          let extraNonZero = false;
          let third = 0;
          for (; i < q; i++, n++) {
            const d = (bytes[i] as number) - D0;
            if (d < 0 || d > 9) return null;
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
        if (h < MIN_HUNDREDTHS || h > MAX_HUNDREDTHS) return null;
        scores[k] = h;
      }
      p = q + 1;
    }
    let synthetic = false;
    if (this.fieldCount > 6 + BLOCK_COUNT) {
      const q = ends[6 + BLOCK_COUNT] as number;
      if (equalsAt(bytes, p, q, TRUE)) synthetic = true;
      else if (!(q === p || equalsAt(bytes, p, q, FALSE))) return null;
    }
    this.rounded = rounded;
    return {
      recordId: bytes.toString('latin1', start, e0),
      framework: this.framework,
      sector: SECTORS[sectorByte - 65] as string,
      sizeBand: SIZE_BANDS[size] as string,
      country,
      year,
      scores,
      synthetic,
    };
  }
}
