import { createHash } from 'node:crypto';
import {
  canonicalLinesOfCells,
  CSV_FIXED_COLUMNS,
  formatHundredths,
  PACK_FORMAT,
  PACK_VERSION,
  decimalToHundredths,
  POOL_BLOCKS,
  type PoolRecord,
} from '../../shared/pool/benchmarkCsv';
import { checkRow } from '../../shared/pool/benchmarkRow';
import { FastRowReader, ROW_VALUES } from './benchmarkRowBytes';
import {
  type FileProblem,
  type FileProblemCode,
  type FileProblemParams,
  fileProblem,
} from '../../shared/files/fileProblem';

/**
 * Reads a Benchmark CSV or a JSON pack (docs/file-formats.md) and puts every valid record into a batch of its
 * sink, so the importer can write in batches while the file is read.
 *
 * The CSV is read line by line straight from the Buffer — no decoded copy of the whole file, no array of
 * rows. Its fields never need quoting (UUIDs, codes, digits), so a line is split on the delimiter; a line
 * with a quote goes through a small RFC 4180 field splitter instead. We measured csv-parse (sync) against
 * this on a million rows: it is correct but several times slower, and the import must stay near the sqlite3
 * shell's `.import` (bench/benchmark.bench.ts), so the format's simplicity is used instead.
 *
 * Two kinds of problems: `fatal` ones refuse the file whole even with skip-invalid (unreadable header,
 * truncated file, a pack that is not a pack or whose checksum does not match); row problems refuse the file
 * unless skip-invalid takes the valid rows.
 */

export interface PoolFileProblem extends FileProblem {
  /** In a pack: `records.12.B3`. */
  path?: string;
}

export interface ParsedFileSummary {
  format: 'csv' | 'pack';
  framework: string | null;
  /** The pack's verified checksum, or the SHA-256 of the CSV file's bytes: the file's identity. */
  sha256: string;
  fatal: PoolFileProblem[];
  rowProblems: PoolFileProblem[];
  /** Rows with a problem (all of them counted, even past the listed maximum). */
  refusedRows: number;
  rows: number;
  /** Scores with more than two decimals, rounded, over all valid rows. */
  rounded: number;
}

/**
 * Where the valid rows go without an object per row: ROW_STRIDE values each into `values` — the
 * pool_records columns in POOL_COLUMNS order with `synthetic` as 0/1 — ready to bind as they are, and each
 * row's line into `lines`. When `rows` reaches `capacity` the reader calls `flush`, which takes the rows and
 * sets `rows` back to 0.
 */
export interface RowBatch {
  values: unknown[];
  lines: number[];
  rows: number;
  capacity: number;
  flush: () => void;
}

/** Values per row in a RowBatch: ROW_VALUES. */
export const ROW_STRIDE = ROW_VALUES;

/**
 * Where each valid row goes: the batch for the row's first character (its record id's first hex digit).
 * The importer keeps one batch per digit so that it writes the pool's record_id index one region at a time
 * (main/pool/import.ts); any other caller returns the same batch for every character.
 */
export interface RowSink {
  batchFor(firstChar: number): RowBatch;
}

export interface ParseHandlers {
  rows: RowSink;
  /** More records than this refuse the file, counted before any row is read (shared/api/limits.ts). */
  maxRecords?: number;
  /** Told of each refused row as it is found (the importer stops writing a file it will refuse). */
  onRefused?: () => void;
  /** Bytes (or pack records) read so far, and the total; about every megabyte. */
  onProgress?: (done: number, total: number) => void;
}

/** One record into a batch (the rows that did not take the fast path, and pack records). */
function putRecord(batch: RowBatch, r: PoolRecord, line: number): void {
  const v = batch.values;
  let p = batch.rows * ROW_STRIDE;
  batch.lines[batch.rows] = line;
  v[p++] = r.recordId;
  v[p++] = r.framework;
  v[p++] = r.sector;
  v[p++] = r.sizeBand;
  v[p++] = r.country;
  v[p++] = r.year;
  for (let b = 0; b < POOL_BLOCKS.length; b++) v[p++] = r.scores[b] ?? null;
  v[p] = r.synthetic ? 1 : 0;
  if (++batch.rows === batch.capacity) batch.flush();
}

/** Puts a checked record into the sink's batch for its record id. */
function emitter(h: ParseHandlers, out: ParsedFileSummary) {
  return (record: PoolRecord, line: number, rounded: number) => {
    out.rows++;
    out.rounded += rounded;
    out.framework ??= record.framework;
    putRecord(h.rows.batchFor(record.recordId.charCodeAt(0)), record, line);
  };
}

const MAX_PROBLEMS = 500;

export function readBenchmarkFile(bytes: Buffer, handlers: ParseHandlers): ParsedFileSummary {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x0a || bytes[start] === 0x0d)) start++;
  return bytes[start] === 0x7b ? readPack(bytes, start, handlers) : readCsv(bytes, start, handlers);
}

function summary(format: 'csv' | 'pack', sha256: string): ParsedFileSummary {
  return { format, framework: null, sha256, fatal: [], rowProblems: [], refusedRows: 0, rows: 0, rounded: 0 };
}

function readCsv(bytes: Buffer, start: number, h: ParseHandlers): ParsedFileSummary {
  const out = summary('csv', createHash('sha256').update(bytes).digest('hex'));
  const fatal = (line: number | null, column: string | null, code: FileProblemCode, params?: FileProblemParams) => {
    out.fatal.push(fileProblem(line, column, code, params));
    return out;
  };
  if (start >= bytes.length) return fatal(1, null, 'empty');
  const headerEnd = lineEnd(bytes, start);
  const headerLine = bytes.toString('utf8', start, trimCr(bytes, start, headerEnd));
  const delimiter = headerLine.split(';').length > headerLine.split(',').length ? ';' : ',';
  const columns = headerLine.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
  const expected = [...CSV_FIXED_COLUMNS, ...POOL_BLOCKS];
  const hasSynthetic = columns.length === expected.length + 1 && columns.at(-1)?.toLowerCase() === 'synthetic';
  const headerOk =
    (columns.length === expected.length || hasSynthetic) &&
    expected.every((c, i) => (columns[i] ?? '').toLowerCase() === c.toLowerCase());
  if (!headerOk) {
    return fatal(1, null, 'benchmark_header', {
      expected: [...expected, 'synthetic'].join(delimiter),
      found: headerLine,
    });
  }
  if (h.maxRecords !== undefined) {
    const tooMany = lineOfRecord(bytes, headerEnd + 1, h.maxRecords + 1);
    if (tooMany !== null) {
      return fatal(tooMany, null, 'too_many_records', { limit: h.maxRecords, line: tooMany });
    }
  }
  const fieldCount = columns.length;
  const decimalComma = delimiter === ';';
  let line = 1;
  let pos = headerEnd + 1;
  let nextProgress = 0;
  const fast = new FastRowReader(delimiter.charCodeAt(0), fieldCount, decimalComma);
  const emit = emitter(h, out);
  const sink = h.rows;
  while (pos < bytes.length) {
    line++;
    const end = lineEnd(bytes, pos);
    const textEnd = trimCr(bytes, pos, end);
    let done = false;
    if (textEnd > pos) {
      // The fast path writes straight into the batch: no record object, no array per row.
      const batch = sink.batchFor(bytes[pos] as number);
      const at = batch.rows * ROW_STRIDE;
      if (fast.readInto(bytes, pos, textEnd, batch.values, at)) {
        batch.lines[batch.rows] = line;
        out.rows++;
        out.rounded += fast.rounded;
        if (out.framework === null) out.framework = batch.values[at + 1] as string;
        if (++batch.rows === batch.capacity) batch.flush();
        done = true;
      }
    }
    if (!done && textEnd > pos) {
      const text = bytes.toString('utf8', pos, textEnd);
      const fields = text.includes('"') ? splitQuoted(text, delimiter) : text.split(delimiter);
      if (fields === null) {
        refuse(out, h);
        pushProblem(out, fileProblem(line, null, 'quote_not_closed'));
      } else if (fields.length !== fieldCount) {
        if (end >= bytes.length && fields.length < fieldCount) {
          return fatal(line, null, 'truncated_row', { found: fields.length, expected: fieldCount });
        }
        refuse(out, h);
        pushProblem(out, fileProblem(line, null, 'field_count', { expected: fieldCount, found: fields.length }));
      } else {
        const checked = checkRow(fields, decimalComma);
        if (checked.ok) {
          emit(checked.record, line, checked.rounded);
        } else {
          refuse(out, h);
          for (const p of checked.problems) pushProblem(out, { line, ...p });
        }
      }
    }
    pos = end + 1;
    if (h.onProgress && pos >= nextProgress) {
      h.onProgress(Math.min(pos, bytes.length), bytes.length);
      nextProgress = pos + (1 << 20);
    }
  }
  // Every line ends with a line break in a whole file; a last line without one was cut off mid-copy, even
  // when what is left of it happens to parse (a score "3.5" cut from "3.50" and a missing last column).
  if (line > 1 && bytes[bytes.length - 1] !== 0x0a) {
    return fatal(line, null, 'cut_short', { line });
  }
  if (out.rows === 0 && out.refusedRows === 0) return fatal(2, null, 'no_records');
  return out;
}

/** Counts a refused row and tells the caller at once. */
function refuse(out: ParsedFileSummary, h: ParseHandlers): void {
  out.refusedRows++;
  h.onRefused?.();
}

function pushProblem(out: ParsedFileSummary, p: PoolFileProblem): void {
  if (out.rowProblems.length < MAX_PROBLEMS) out.rowProblems.push(p);
}

/**
 * The line number of the `n`th non-empty line from `from` (the header is line 1), or null when there are
 * fewer: a count of line breaks, before any row is parsed.
 */
function lineOfRecord(bytes: Buffer, from: number, n: number): number | null {
  let line = 1;
  let count = 0;
  let pos = from;
  while (pos < bytes.length) {
    line++;
    const end = lineEnd(bytes, pos);
    if (trimCr(bytes, pos, end) > pos && ++count === n) return line;
    pos = end + 1;
  }
  return null;
}

function lineEnd(bytes: Buffer, from: number): number {
  const i = bytes.indexOf(0x0a, from);
  return i === -1 ? bytes.length : i;
}

function trimCr(bytes: Buffer, from: number, end: number): number {
  return end > from && bytes[end - 1] === 0x0d ? end - 1 : end;
}

/** RFC 4180 fields of one line (`""` is a quote inside a quoted field); null when a quote is left open. */
export function splitQuoted(text: string, delimiter: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) return null;
        value += text.slice(i, q);
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const d = text.indexOf(delimiter, i);
      value += d === -1 ? text.slice(i) : text.slice(i, d);
      fields.push(value);
      if (d === -1) return fields;
      i = d + 1;
    } else {
      const d = text.indexOf(delimiter, i);
      if (d === -1) {
        fields.push(text.slice(i));
        return fields;
      }
      fields.push(text.slice(i, d));
      i = d + 1;
    }
  }
}

/** A pack's record cell as the text a CSV would hold, for validation and for the checksum. */
function cellText(v: unknown, score: boolean): string | null {
  if (v === null || v === undefined) return score ? '' : null;
  if (typeof v === 'string') return score ? null : v;
  if (typeof v === 'number') {
    if (!score) return String(v);
    // As the canonical writer prints it: two decimals (a score of 7 is "7.00" here and refused later).
    const d = Number.isFinite(v) && v >= 0 && !/e/i.test(String(v)) ? decimalToHundredths(String(v)) : null;
    return d ? formatHundredths(d.hundredths) : String(v);
  }
  if (typeof v === 'boolean') return score ? null : String(v);
  return null;
}

function readPack(bytes: Buffer, start: number, h: ParseHandlers): ParsedFileSummary {
  const out = summary('pack', '');
  const fatal = (path: string | undefined, code: FileProblemCode, params?: FileProblemParams) => {
    out.fatal.push({ ...fileProblem(null, null, code, params), ...(path ? { path } : {}) });
    return out;
  };
  let pack: unknown;
  const text = bytes.toString('utf8', start);
  try {
    pack = JSON.parse(text);
  } catch (error) {
    const at = jsonErrorPosition(text);
    out.fatal.push(
      fileProblem(at.line, null, 'pack_json', {
        line: at.line,
        character: at.character,
        detail: (error as Error).message,
      }),
    );
    return out;
  }
  const p = pack as Record<string, unknown>;
  if (typeof pack !== 'object' || pack === null || p.format !== PACK_FORMAT) {
    return fatal('format', 'pack_format', { format: PACK_FORMAT });
  }
  if (p.version !== PACK_VERSION) return fatal('version', 'pack_version', { version: String(p.version) });
  if (typeof p.framework !== 'string') return fatal('framework', 'pack_framework');
  if (!Array.isArray(p.records)) return fatal('records', 'pack_records');
  if (typeof p.sha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(p.sha256)) {
    return fatal('sha256', 'pack_checksum_missing');
  }
  out.framework = p.framework;
  const records = p.records as unknown[];
  if (h.maxRecords !== undefined && records.length > h.maxRecords) {
    return fatal(`records.${h.maxRecords}`, 'pack_too_many_records', { count: records.length, limit: h.maxRecords });
  }
  const texts: string[][] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as Record<string, unknown> | null;
    if (typeof r !== 'object' || r === null || Array.isArray(r)) return fatal(`records.${i}`, 'pack_record_object');
    const fields: string[] = [];
    for (const c of CSV_FIXED_COLUMNS) {
      const t = cellText(r[c], false);
      if (t === null) return fatal(`records.${i}.${c}`, 'pack_field_missing', { field: c });
      fields.push(t);
    }
    for (const b of POOL_BLOCKS) {
      const t = cellText(r[b], true);
      if (t === null) return fatal(`records.${i}.${b}`, 'pack_score_type', { block: b });
      fields.push(t);
    }
    const syn = r.synthetic === undefined ? 'false' : cellText(r.synthetic, false);
    if (syn === null) return fatal(`records.${i}.synthetic`, 'pack_synthetic');
    fields.push(syn);
    texts.push(fields);
  }
  // The checksum is over the records as canonical Benchmark CSV (header, rows sorted by record_id, \n).
  const hash = createHash('sha256');
  for (const line of canonicalLinesOfCells(texts)) hash.update(line);
  const actual = hash.digest('hex');
  if (actual !== (p.sha256 as string).toLowerCase()) {
    return fatal('sha256', 'pack_checksum', { expected: p.sha256 as string, actual });
  }
  out.sha256 = actual;
  const emit = emitter(h, out);
  h.onProgress?.(0, texts.length);
  texts.forEach((fields, i) => {
    const checked = checkRow(fields);
    if (checked.ok && checked.record.framework !== p.framework) {
      refuse(out, h);
      pushProblem(out, {
        ...fileProblem(null, 'framework', 'pack_record_framework', {
          framework: checked.record.framework,
          pack: p.framework as string,
        }),
        path: `records.${i}.framework`,
      });
    } else if (checked.ok) {
      emit(checked.record, i + 2, checked.rounded);
    } else {
      refuse(out, h);
      for (const q of checked.problems) {
        pushProblem(out, { line: null, ...q, path: `records.${i}.${q.column}` });
      }
    }
    if (h.onProgress && i % 65536 === 0) h.onProgress(i, texts.length);
  });
  return out;
}

/**
 * Where JSON.parse stopped, as a line and a character on that line (both from 1). V8's messages name no
 * offset for every error, so the text is walked again by a small JSON grammar that stops at the first token
 * JSON does not allow (only on this error path; a valid pack never comes here).
 */
export function jsonErrorPosition(text: string): { line: number; character: number } {
  const offset = jsonErrorOffset(text);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, character: offset - before.lastIndexOf('\n') };
}

function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if ((text.charCodeAt(i) as number) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (!m) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else fail();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return text.length;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : text.length;
  }
}
