import { type ProblemText, problemText } from '../files/fileProblem';

/**
 * The Benchmark CSV (docs/file-formats.md "Benchmark CSV"): one anonymized assessment per row,
 * `record_id,framework,sector,size_band,country,year,B1,…,B9[,synthetic]`, scores 1.00–5.00 or empty.
 *
 * Scores live on a 0.01 grid: a record keeps each block as an integer number of hundredths (100–500), or
 * null when the block was not assessed. Text with more than two decimals is rounded half away from zero on
 * its decimal digits — never through a binary float, where 2.345 × 100 is 234.49999… and would round down.
 *
 * One canonical writer serves the export and the JSON pack's checksum, so two installations that hold the
 * same records write the same bytes: header line, rows sorted by record_id, `\n` line ends, no BOM, scores
 * with exactly two decimals, `synthetic` always written as `true`/`false`.
 */

export const POOL_BLOCKS = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9'] as const;
export type PoolBlock = (typeof POOL_BLOCKS)[number];
export const BLOCK_COUNT = POOL_BLOCKS.length;

export const CSV_FIXED_COLUMNS = ['record_id', 'framework', 'sector', 'size_band', 'country', 'year'] as const;
export const CSV_COLUMNS = [...CSV_FIXED_COLUMNS, ...POOL_BLOCKS, 'synthetic'] as const;

/** The lowest and highest score in hundredths. */
export const MIN_HUNDREDTHS = 100;
export const MAX_HUNDREDTHS = 500;

/**
 * "ZZ" — ISO 3166-1's user-assigned code, used by this format for "another country": an export writes it
 * for records whose real country would make them identifiable (docs/anonymity.md "Exports and packs").
 */
export const OTHER_COUNTRY = 'ZZ';

export interface PoolRecord {
  recordId: string;
  framework: string;
  sector: string;
  sizeBand: string;
  country: string;
  year: number;
  /** Hundredths per block in POOL_BLOCKS order; null when that block was not assessed. */
  scores: (number | null)[];
  synthetic: boolean;
}

export type ParsedScore = { ok: true; hundredths: number | null; rounded: boolean } | ({ ok: false } & ProblemText);

const DECIMAL = /^(\d{1,3})(?:[.,](\d+))?$/;

/**
 * A score cell as hundredths. `decimalComma` accepts "3,25" (Dutch Excel writes that in a `;` file).
 * Empty means "not assessed". Refuses anything outside 1.00–5.00 after rounding.
 */
export function parseScore(text: string, decimalComma = false): ParsedScore {
  const s = text.trim();
  if (s === '') return { ok: true, hundredths: null, rounded: false };
  const d = decimalToHundredths(s, decimalComma);
  if (!d) return { ok: false, ...problemText('score_invalid', { value: text }) };
  if (d.hundredths < MIN_HUNDREDTHS || d.hundredths > MAX_HUNDREDTHS) {
    return { ok: false, ...problemText('score_range', { value: text }) };
  }
  return { ok: true, hundredths: d.hundredths, rounded: d.rounded };
}

/**
 * Decimal text (1–3 integer digits, optional decimals) as hundredths, rounded half away from zero on the
 * digits: the third decimal decides (scores are never negative). `rounded` when a non-zero digit was dropped.
 */
export function decimalToHundredths(s: string, decimalComma = false): { hundredths: number; rounded: boolean } | null {
  const m = DECIMAL.exec(s);
  if (!m || (!decimalComma && s.includes(','))) return null;
  const frac = m[2] ?? '';
  let hundredths = Number(m[1]) * 100 + Number((frac + '00').slice(0, 2));
  if (frac.length > 2 && frac.charCodeAt(2) - 48 >= 5) hundredths += 1;
  return { hundredths, rounded: frac.length > 2 && /[^0]/.test(frac.slice(2)) };
}

/**
 * A score given as a number (a pack's JSON, a block score computed from answers) as hundredths, rounded half
 * away from zero on its shortest decimal text — the digits a person sees — so 2.345 becomes 2.35.
 */
export function parseScoreNumber(x: number): ParsedScore {
  if (!Number.isFinite(x)) return { ok: false, ...problemText('score_range', { value: String(x) }) };
  const text = String(x);
  if (/e/i.test(text) || x < 0) return { ok: false, ...problemText('score_range', { value: text }) };
  return parseScore(text);
}

/** Hundredths as the canonical two-decimal text: 325 → "3.25". */
export function formatHundredths(h: number | null, decimalSeparator: '.' | ',' = '.'): string {
  if (h === null) return '';
  const whole = Math.trunc(h / 100);
  const frac = h - whole * 100;
  return `${whole}${decimalSeparator}${frac < 10 ? '0' : ''}${frac}`;
}

export const csvHeader = (delimiter: ',' | ';' = ','): string => CSV_COLUMNS.join(delimiter);

/** One record as a CSV row without line end. No field of a valid record needs quoting. */
export function csvRow(r: PoolRecord, delimiter: ',' | ';' = ','): string {
  const decimal = delimiter === ';' ? ',' : '.';
  let line = `${r.recordId}${delimiter}${r.framework}${delimiter}${r.sector}${delimiter}${r.sizeBand}${delimiter}${r.country}${delimiter}${r.year}`;
  for (let b = 0; b < BLOCK_COUNT; b++) line += delimiter + formatHundredths(r.scores[b] ?? null, decimal);
  return `${line}${delimiter}${r.synthetic ? 'true' : 'false'}`;
}

const byRecordId = (a: PoolRecord, b: PoolRecord) => (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0);

/**
 * The canonical Benchmark CSV, line by line (header first, rows sorted by record_id, each line followed by
 * `\n`): what the JSON pack's sha256 is taken over. A generator, so a checksum over a million records never
 * builds one 100 MB string.
 */
export function* canonicalCsvLines(records: readonly PoolRecord[]): Generator<string> {
  yield `${csvHeader(',')}\n`;
  const sorted = [...records].sort(byRecordId);
  for (const r of sorted) yield `${csvRow(r, ',')}\n`;
}

/**
 * The same canonical lines from rows already written as text cells in CSV_COLUMNS order (a pack's records,
 * whose checksum must be computed before — and whether or not — they validate). Rows sort by the first cell
 * in lower case, as record ids are compared.
 */
export function* canonicalLinesOfCells(rows: readonly (readonly string[])[]): Generator<string> {
  yield `${csvHeader(',')}\n`;
  const keyed = rows.map((r) => ({ key: (r[0] ?? '').toLowerCase(), r }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { key, r } of keyed) yield `${[key, ...r.slice(1)].join(',')}\n`;
}

/** The canonical CSV as one string (small pools and tests). */
export function canonicalCsv(records: readonly PoolRecord[]): string {
  let s = '';
  for (const line of canonicalCsvLines(records)) s += line;
  return s;
}

/**
 * A Benchmark CSV for people: `,` with `.` decimals, or — for Dutch Excel — `;` with `,` decimals, a BOM and
 * CRLF line ends. Rows sorted by record_id like the canonical form.
 */
export function benchmarkCsv(records: readonly PoolRecord[], delimiter: ',' | ';' = ','): string {
  if (delimiter === ',') return canonicalCsv(records);
  const sorted = [...records].sort(byRecordId);
  return `\uFEFF${csvHeader(';')}\r\n${sorted.map((r) => `${csvRow(r, ';')}\r\n`).join('')}`;
}

/** A pack's record: the CSV's columns as JSON keys, scores as numbers (two decimals) or null. */
export interface PackRecord {
  record_id: string;
  framework: string;
  sector: string;
  size_band: string;
  country: string;
  year: number;
  B1: number | null;
  B2: number | null;
  B3: number | null;
  B4: number | null;
  B5: number | null;
  B6: number | null;
  B7: number | null;
  B8: number | null;
  B9: number | null;
  synthetic: boolean;
}

export function toPackRecord(r: PoolRecord): PackRecord {
  const out: Record<string, unknown> = {
    record_id: r.recordId,
    framework: r.framework,
    sector: r.sector,
    size_band: r.sizeBand,
    country: r.country,
    year: r.year,
  };
  POOL_BLOCKS.forEach((b, i) => {
    const h = r.scores[i] ?? null;
    out[b] = h === null ? null : h / 100;
  });
  out.synthetic = r.synthetic;
  return out as unknown as PackRecord;
}

export const PACK_FORMAT = 'sxw-benchmark-pack';
export const PACK_VERSION = 1;

export interface BenchmarkPack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  framework: string;
  created: string;
  records: PackRecord[];
  sha256: string;
}
