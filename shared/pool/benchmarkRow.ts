import { z } from 'zod';
import { SECTORS, SIZE_BANDS } from '../domain/identifiers';
import { BLOCK_COUNT, CSV_FIXED_COLUMNS, parseScore, POOL_BLOCKS, type PoolRecord } from './benchmarkCsv';
import { MAX_YEAR, MIN_YEAR, POOL_COUNTRIES } from './schemas';

/**
 * Validation of one Benchmark CSV row. `checkRow` is the compiled check the importer runs a million times
 * (set look-ups and two regular expressions, no allocation per valid field); `BenchmarkRowSchema` is the same
 * rule written as a zod schema, and a property test holds the two to accepting exactly the same rows.
 */

export const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const FRAMEWORK = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const YEAR = /^\d{4}$/;
const SECTOR_SET = new Set<string>(SECTORS);
const SIZE_SET = new Set<string>(SIZE_BANDS);
const COUNTRY_SET = new Set<string>(POOL_COUNTRIES);

export interface RowProblem {
  column: string;
  message: string;
}

export type CheckedRow = { ok: true; record: PoolRecord; rounded: number } | { ok: false; problems: RowProblem[] };

/**
 * Fields in header order: the six fixed columns, B1…B9, then `synthetic` when present. Cells are trimmed;
 * record ids are kept in lower case (the same UUID in another case is the same record); country codes are
 * upper-cased.
 */
export function checkRow(fields: readonly string[], decimalComma = false): CheckedRow {
  let problems: RowProblem[] | null = null;
  const bad = (column: string, message: string) => (problems ??= []).push({ column, message });
  const recordId = (fields[0] ?? '').trim();
  if (!UUID.test(recordId)) bad('record_id', `"${recordId}" is not a UUID.`);
  const framework = (fields[1] ?? '').trim();
  if (!FRAMEWORK.test(framework)) bad('framework', `"${framework}" is not a framework id.`);
  const sector = (fields[2] ?? '').trim().toUpperCase();
  if (!SECTOR_SET.has(sector)) bad('sector', `Unknown sector "${fields[2] ?? ''}"; expected a NACE section A–U.`);
  const sizeBand = (fields[3] ?? '').trim();
  if (!SIZE_SET.has(sizeBand)) {
    bad('size_band', `Unknown size band "${sizeBand}"; expected one of ${SIZE_BANDS.join(', ')}.`);
  }
  const country = (fields[4] ?? '').trim().toUpperCase();
  if (!COUNTRY_SET.has(country)) bad('country', `Unknown country "${fields[4] ?? ''}"; expected ISO 3166-1 alpha-2.`);
  const yearText = (fields[5] ?? '').trim();
  const year = Number(yearText);
  if (!YEAR.test(yearText) || year < MIN_YEAR || year > MAX_YEAR) {
    bad('year', `Expected a year of four digits (${MIN_YEAR}–${MAX_YEAR}); found "${yearText}".`);
  }
  const scores: (number | null)[] = new Array(BLOCK_COUNT);
  let rounded = 0;
  for (let b = 0; b < BLOCK_COUNT; b++) {
    const s = parseScore(fields[6 + b] ?? '', decimalComma);
    if (s.ok) {
      scores[b] = s.hundredths;
      if (s.rounded) rounded++;
    } else {
      bad(POOL_BLOCKS[b] as string, s.message);
    }
  }
  const syntheticText = (fields[6 + BLOCK_COUNT] ?? '').trim().toLowerCase();
  if (syntheticText !== '' && syntheticText !== 'true' && syntheticText !== 'false') {
    bad('synthetic', `Expected true or false; found "${fields[6 + BLOCK_COUNT]}".`);
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
