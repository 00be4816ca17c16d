import { SECTORS, SIZE_BANDS } from '../../shared/domain/identifiers';
import { MAX_HUNDREDTHS, MIN_HUNDREDTHS } from '../../shared/pool/benchmarkCsv';
import { FRAMEWORK } from '../../shared/pool/benchmarkRow';
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

const COMMA = 44;
const DASH = 45;
const OPEN = 40;
const CLOSE = 41;
const TRUE = 116;
const FALSE = 102;
const ZERO = 48;
/** What follows a tombstone's `f`: its thirteen empty values and the framework's, then the row's end. */
const TOMBSTONE_TAIL = `${','.repeat(BLOCK_COUNT + 5)})`;
const UUID_LENGTH = 36;

/** Each allowed value under its own text, so a field read from the page is replaced by the one shared string. */
const canonical = (values: readonly string[]) => new Map(values.map((v) => [v, v]));
const SECTOR_OF = canonical(SECTORS);
const SIZE_OF = canonical(SIZE_BANDS);
const COUNTRY_OF = canonical(POOL_COUNTRIES);

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

/** Whether text[at, at + 36) is a UUID (shared/pool/benchmarkRow.ts `UUID`), read in place. */
function isUuid(text: string, at: number): boolean {
  if (at + UUID_LENGTH > text.length) return false;
  for (let i = 0; i < UUID_LENGTH; i++) {
    const c = text.charCodeAt(at + i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== DASH) return false;
    } else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) {
      return false;
    }
  }
  return true;
}

/** The field at `from` up to the next comma before `end`, as one of `allowed`, or undefined. */
function oneOf(
  text: string,
  from: number,
  end: number,
  allowed: Map<string, string>,
  last: string,
): string | undefined {
  const comma = text.indexOf(',', from);
  if (comma < 0 || comma >= end) return undefined;
  if (comma - from === last.length && text.startsWith(last, from)) return last;
  return allowed.get(text.slice(from, comma));
}

const invalid = (text: string, pos: number, end: number) =>
  new InvalidRelease(text.slice(pos + 1, Math.min(end, pos + 1 + UUID_LENGTH)));

/**
 * Reads and checks the pages of a pull as they come (remote.ts `pullReleases` hands each one over while the
 * server makes the next). Each page is the server's lines, one per release, separated by newlines
 * (`sxw.releases.line`, main/team/serverSchema.ts v2), each in the form of PostgreSQL's record text:
 *   (record id,contributor,t,sector,size band,country,year,B1,…,B9,framework)
 * with an empty score where a block was not assessed, or, for a tombstone, `(record id,contributor,f,,…)`
 * with every value empty. Every released record is
 * held to the rules of a Benchmark CSV row (shared/pool/benchmarkRow.ts: the same sectors, size bands,
 * countries, years, framework ids and score range). The framework comes last and runs to the row's end, so
 * a comma in one cannot shift the other fields (it fails the framework's rule instead); each page must hold
 * as many lines as the server counted, so a newline inside a field cannot add a record either. `read`
 * throws InvalidRelease at the first line that breaks a rule. Fields are read in place, without a string or
 * an array per field: a pull may bring a hundred thousand lines.
 */
export class ReleaseReader {
  private n = 0;
  private out: PulledReleases = emptyReleases(0);
  // Most lines repeat the previous line's values: those are compared, not looked up or checked again.
  private contributor = '';
  private framework = '';
  private sector = '';
  private sizeBand = '';
  private country = '';

  /** Reads one page of `count` lines. */
  read(text: string, count: number): void {
    const out = this.grow(this.n + count);
    const pageEnd = this.n + count;
    let { n, contributor, framework, sector, sizeBand, country } = this;
    let pos = 0;
    while (pos < text.length) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      if (n === pageEnd || text.charCodeAt(pos) !== OPEN || text.charCodeAt(end - 1) !== CLOSE) {
        throw invalid(text, pos, end);
      }
      // Record id and contributor: fixed width.
      let p = pos + 1 + UUID_LENGTH;
      if (!isUuid(text, pos + 1) || text.charCodeAt(p) !== COMMA) throw invalid(text, pos, end);
      out.recordIds[n] = text.slice(pos + 1, p);
      p++;
      if (!(contributor !== '' && text.startsWith(contributor, p))) {
        if (!isUuid(text, p)) throw invalid(text, pos, end);
        contributor = text.slice(p, p + UUID_LENGTH);
      }
      out.contributors[n] = contributor;
      p += UUID_LENGTH;
      if (text.charCodeAt(p) !== COMMA) throw invalid(text, pos, end);
      p++;
      const flag = text.charCodeAt(p);
      if (flag === FALSE && p + 1 + TOMBSTONE_TAIL.length === end && text.startsWith(TOMBSTONE_TAIL, p + 1)) {
        n++;
        pos = end + 1;
        continue;
      }
      if (flag !== TRUE || text.charCodeAt(p + 1) !== COMMA) throw invalid(text, pos, end);
      out.shown[n] = 1;
      p += 2;
      // Sector, size band, country: short texts from fixed lists.
      const s = oneOf(text, p, end, SECTOR_OF, sector);
      if (s === undefined) throw invalid(text, pos, end);
      p += s.length + 1;
      const z = oneOf(text, p, end, SIZE_OF, sizeBand);
      if (z === undefined) throw invalid(text, pos, end);
      p += z.length + 1;
      const c = oneOf(text, p, end, COUNTRY_OF, country);
      if (c === undefined) throw invalid(text, pos, end);
      p += c.length + 1;
      out.sectors[n] = sector = s;
      out.sizeBands[n] = sizeBand = z;
      out.countries[n] = country = c;
      // Year and the nine scores: digits, read in place.
      let comma = text.indexOf(',', p);
      if (comma < 0 || comma > end) throw invalid(text, pos, end);
      const year = digits(text, p, comma);
      if (year < MIN_YEAR || year > MAX_YEAR) throw invalid(text, pos, end);
      out.years[n] = year;
      p = comma + 1;
      for (let b = 0; b < BLOCK_COUNT; b++) {
        comma = text.indexOf(',', p);
        if (comma < 0 || comma > end) throw invalid(text, pos, end);
        if (comma > p) {
          const h = digits(text, p, comma);
          if (h < MIN_HUNDREDTHS || h > MAX_HUNDREDTHS) throw invalid(text, pos, end);
          out.scores[n * BLOCK_COUNT + b] = h;
        }
        p = comma + 1;
      }
      // The framework: the rest of the row.
      const last = end - 1;
      if (!(framework !== '' && last - p === framework.length && text.startsWith(framework, p))) {
        const given = text.slice(p, last);
        if (!FRAMEWORK.test(given)) throw invalid(text, pos, end);
        framework = given;
      }
      out.frameworks[n] = framework;
      n++;
      pos = end + 1;
    }

    if (n !== pageEnd) throw new InvalidRelease(`${n - this.n}/${count}`);
    Object.assign(this, { n, contributor, framework, sector, sizeBand, country });
  }

  /** How many releases have been read so far. */
  get count(): number {
    return this.n;
  }

  /** What has been read so far, without a copy: valid until the next `read`, entries [0, count). */
  view(): PulledReleases {
    return { ...this.out, length: this.n };
  }

  /** Room for `size` releases, doubling so that many pages cost few copies. */
  private grow(size: number): PulledReleases {
    const have = this.out.shown.length;
    if (size <= have) return this.out;
    const old = this.out;
    const next = emptyReleases(Math.max(size, have * 2));
    next.shown.set(old.shown);
    next.years.set(old.years);
    next.scores.set(old.scores);
    for (let i = 0; i < this.n; i++) {
      next.recordIds[i] = old.recordIds[i] as string;
      next.contributors[i] = old.contributors[i] as string;
      next.frameworks[i] = old.frameworks[i] as string;
      next.sectors[i] = old.sectors[i] as string;
      next.sizeBands[i] = old.sizeBands[i] as string;
      next.countries[i] = old.countries[i] as string;
    }
    this.out = next;
    return next;
  }
}

function emptyReleases(size: number): PulledReleases {
  return {
    length: size,
    recordIds: new Array<string>(size).fill(''),
    contributors: new Array<string>(size).fill(''),
    shown: new Uint8Array(size),
    frameworks: new Array<string>(size).fill(''),
    sectors: new Array<string>(size).fill(''),
    sizeBands: new Array<string>(size).fill(''),
    countries: new Array<string>(size).fill(''),
    years: new Uint16Array(size),
    scores: new Uint16Array(size * BLOCK_COUNT),
  };
}
