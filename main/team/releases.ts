import { SECTORS, SIZE_BANDS } from '../../shared/domain/identifiers';
import { MAX_HUNDREDTHS, MIN_HUNDREDTHS } from '../../shared/pool/benchmarkCsv';
import { FRAMEWORK, UUID } from '../../shared/pool/benchmarkRow';
import { MAX_YEAR, MIN_YEAR, POOL_COUNTRIES } from '../../shared/pool/schemas';

/**
 * Colleagues' releases as a pull brings them, checked and held column by column: one entry per release, a
 * record's released values or a tombstone. A pull may bring a hundred thousand, so they are read straight
 * from the server's text into these arrays (no object per record) and written from them.
 */
export interface PulledReleases {
  length: number;
  recordIds: string[];
  contributors: string[];
  /** 1: a released record; 0: a tombstone (its other columns are empty). */
  shown: Uint8Array;
  frameworks: string[];
  sectors: string[];
  sizeBands: string[];
  countries: string[];
  years: Uint16Array;
  /** Nine per release (B1…B9), in hundredths; 0 where the block was not assessed. */
  scores: Uint16Array;
}

export const BLOCK_COUNT = 9;

/** A pulled line that breaks the rules; `id` is what stands where its record id should. */
export class InvalidRelease extends Error {
  constructor(readonly id: string) {
    super(`invalid release ${id}`);
  }
}

const SECTOR_SET = new Set<string>(SECTORS);
const SIZE_SET = new Set<string>(SIZE_BANDS);
const COUNTRY_SET = new Set<string>(POOL_COUNTRIES);
const COMMA = 44;
const ZERO = 48;
const UUID_LENGTH = 36;

/** The decimal number of text[from, to), or -1 when it is empty, longer than four digits or not digits. */
function digits(text: string, from: number, to: number): number {
  if (to <= from || to - from > 4) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Reads and checks the pages of a pull. Each page is the server's lines, one per release, separated by
 * newlines (remote.ts `RELEASE_LINE`):
 *   record id, contributor, 1, sector, size band, country, year, B1…B9 (empty when not assessed), framework
 * or, for a tombstone, `record id, contributor, 0`. Every released record is held to the rules of a
 * Benchmark CSV row (shared/pool/benchmarkRow.ts: the same sectors, size bands, countries, years, framework
 * ids and score range). The framework comes last and runs to the end of its line, so a comma in one cannot
 * shift the other fields (it fails the framework's rule instead); `count` is how many lines the server said
 * it sent, so a newline inside a field cannot add a record either. Throws InvalidRelease at the first line
 * that breaks a rule.
 */
export function readReleases(pages: readonly string[], count: number): PulledReleases {
  const out: PulledReleases = {
    length: count,
    recordIds: new Array<string>(count),
    contributors: new Array<string>(count),
    shown: new Uint8Array(count),
    frameworks: new Array<string>(count).fill(''),
    sectors: new Array<string>(count).fill(''),
    sizeBands: new Array<string>(count).fill(''),
    countries: new Array<string>(count).fill(''),
    years: new Uint16Array(count),
    scores: new Uint16Array(count * BLOCK_COUNT),
  };
  // Most lines repeat the previous line's contributor and framework: those are compared, not checked again.
  let contributor = '';
  let framework = '';
  let n = 0;
  for (const text of pages) {
    let pos = 0;
    while (pos < text.length) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      const bad = () => new InvalidRelease(text.slice(pos, Math.min(end, pos + UUID_LENGTH)));
      if (n === count) throw bad();
      // Record id and contributor: fixed width.
      const recordId = text.slice(pos, pos + UUID_LENGTH);
      let p = pos + UUID_LENGTH;
      if (text.charCodeAt(p) !== COMMA || !UUID.test(recordId)) throw bad();
      p++;
      if (!(contributor !== '' && text.startsWith(contributor, p))) {
        contributor = text.slice(p, p + UUID_LENGTH);
        if (!UUID.test(contributor)) throw bad();
      }
      p += UUID_LENGTH;
      if (text.charCodeAt(p) !== COMMA) throw bad();
      p++;
      out.recordIds[n] = recordId;
      out.contributors[n] = contributor;
      const flag = text.charCodeAt(p);
      if (flag === ZERO && p + 1 === end) {
        n++;
        pos = end + 1;
        continue;
      }
      if (flag !== ZERO + 1 || text.charCodeAt(p + 1) !== COMMA) throw bad();
      out.shown[n] = 1;
      p += 2;
      // Sector, size band, country: short texts from fixed lists.
      const fields: string[] = [];
      for (let f = 0; f < 3; f++) {
        const comma = text.indexOf(',', p);
        if (comma < 0 || comma > end) throw bad();
        fields.push(text.slice(p, comma));
        p = comma + 1;
      }
      const [sector = '', sizeBand = '', country = ''] = fields;
      if (!SECTOR_SET.has(sector) || !SIZE_SET.has(sizeBand) || !COUNTRY_SET.has(country)) throw bad();
      out.sectors[n] = sector;
      out.sizeBands[n] = sizeBand;
      out.countries[n] = country;
      // Year and the nine scores: digits, read in place.
      let comma = text.indexOf(',', p);
      if (comma < 0 || comma > end) throw bad();
      const year = digits(text, p, comma);
      if (year < MIN_YEAR || year > MAX_YEAR) throw bad();
      out.years[n] = year;
      p = comma + 1;
      for (let b = 0; b < BLOCK_COUNT; b++) {
        comma = text.indexOf(',', p);
        if (comma < 0 || comma > end) throw bad();
        if (comma > p) {
          const h = digits(text, p, comma);
          if (h < MIN_HUNDREDTHS || h > MAX_HUNDREDTHS) throw bad();
          out.scores[n * BLOCK_COUNT + b] = h;
        }
        p = comma + 1;
      }
      // The framework: the rest of the line.
      if (!(framework !== '' && end - p === framework.length && text.startsWith(framework, p))) {
        const given = text.slice(p, end);
        if (!FRAMEWORK.test(given)) throw bad();
        framework = given;
      }
      out.frameworks[n] = framework;
      n++;
      pos = end + 1;
    }
  }
  if (n !== count) throw new InvalidRelease(`${n}/${count}`);
  return out;
}
