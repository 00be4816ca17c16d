import { z } from 'zod';
import { SECTORS, SIZE_BANDS } from '../domain/identifiers';
import { BLOCK_COUNT, CSV_FIXED_COLUMNS, parseScore, POOL_BLOCKS, type PoolRecord } from './benchmarkCsv';
import { MAX_YEAR, MIN_YEAR, POOL_COUNTRIES } from './schemas';
import { type FileProblemCode, type FileProblemParams, type ProblemText, problemText } from '../files/fileProblem';

/**
 * Validation of one Benchmark CSV row. `checkRow` is the compiled check the importer runs a million times
 * (set look-ups and two regular expressions, no allocation per valid field); `BenchmarkRowSchema` is the same
 * rule written as a zod schema, and a property test holds the two to accepting exactly the same rows.
 */

export const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** A framework id as a Benchmark CSV (and the team server's pull) accepts it. */
export const FRAMEWORK = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const YEAR = /^\d{4}$/;
const SECTOR_SET = new Set<string>(SECTORS);
const SIZE_SET = new Set<string>(SIZE_BANDS);
const COUNTRY_SET = new Set<string>(POOL_COUNTRIES);

export interface RowProblem extends ProblemText {
  column: string;
}

export type CheckedRow = { ok: true; record: PoolRecord; rounded: number } | { ok: false; problems: RowProblem[] };

/**
 * Fields in header order: the six fixed columns, B1…B9, then `synthetic` when present. Cells are trimmed;
 * record ids are kept in lower case (the same UUID in another case is the same record); country codes are
 * upper-cased.
 */
export function checkRow(fields: readonly string[], decimalComma = false): CheckedRow {
  let problems: RowProblem[] | null = null;
  const bad = (column: string, code: FileProblemCode, params: FileProblemParams) =>
    (problems ??= []).push({ column, ...problemText(code, params) });
  const recordId = (fields[0] ?? '').trim();
  if (!UUID.test(recordId)) bad('record_id', 'record_id', { value: recordId });
  const framework = (fields[1] ?? '').trim();
  if (!FRAMEWORK.test(framework)) bad('framework', 'framework_id', { value: framework });
  const sector = (fields[2] ?? '').trim().toUpperCase();
  if (!SECTOR_SET.has(sector)) bad('sector', 'sector', { value: fields[2] ?? '' });
  const sizeBand = (fields[3] ?? '').trim();
  if (!SIZE_SET.has(sizeBand)) {
    bad('size_band', 'size_band', { value: sizeBand, bands: SIZE_BANDS.join(', ') });
  }
  const country = (fields[4] ?? '').trim().toUpperCase();
  if (!COUNTRY_SET.has(country)) bad('country', 'country', { value: fields[4] ?? '' });
  const yearText = (fields[5] ?? '').trim();
  const year = Number(yearText);
  if (!YEAR.test(yearText) || year < MIN_YEAR || year > MAX_YEAR) {
    bad('year', 'year', { value: yearText, from: MIN_YEAR, to: MAX_YEAR });
  }
  const scores: (number | null)[] = new Array(BLOCK_COUNT);
  let rounded = 0;
  for (let b = 0; b < BLOCK_COUNT; b++) {
    const s = parseScore(fields[6 + b] ?? '', decimalComma);
    if (s.ok) {
      scores[b] = s.hundredths;
      if (s.rounded) rounded++;
    } else {
      bad(POOL_BLOCKS[b] as string, s.code, s.params);
    }
  }
  const syntheticText = (fields[6 + BLOCK_COUNT] ?? '').trim().toLowerCase();
  if (syntheticText !== '' && syntheticText !== 'true' && syntheticText !== 'false') {
    bad('synthetic', 'synthetic', { value: fields[6 + BLOCK_COUNT] ?? '' });
  }
  if (problems) return { ok: false, problems };
  return {
    ok: true,
    rounded,
    record: {
      recordId: recordId.toLowerCase(),
      framework,
      sector,
      sizeBand,
      country,
      year,
      scores,
      synthetic: syntheticText === 'true',
    },
  };
}

const scoreCell = (decimalComma: boolean) =>
  z.string().refine((s) => parseScore(s, decimalComma).ok, 'score from 1.00 to 5.00 or empty');

/** The same rule as `checkRow`, as a zod schema over the trimmed text cells (for the property test). */
export function benchmarkRowSchema(decimalComma = false) {
  const trimmed = () => z.string().trim();
  return z.object({
    record_id: trimmed().regex(UUID),
    framework: trimmed().regex(FRAMEWORK),
    sector: trimmed().toUpperCase().pipe(z.enum(SECTORS)),
    size_band: trimmed().pipe(z.enum(SIZE_BANDS)),
    country: trimmed().toUpperCase().pipe(z.enum(POOL_COUNTRIES)),
    year: trimmed().regex(YEAR).transform(Number).pipe(z.number().int().min(MIN_YEAR).max(MAX_YEAR)),
    ...Object.fromEntries(POOL_BLOCKS.map((b) => [b, scoreCell(decimalComma)])),
    synthetic: trimmed()
      .toLowerCase()
      .pipe(z.enum(['', 'true', 'false'])),
  });
}

/** Fields in header order as the object the zod schema reads. */
export function rowObject(fields: readonly string[]): Record<string, string> {
  const columns = [...CSV_FIXED_COLUMNS, ...POOL_BLOCKS, 'synthetic'];
  return Object.fromEntries(columns.map((c, i) => [c, fields[i] ?? '']));
}
