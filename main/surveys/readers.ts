import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import type { Language } from '../../shared/domain/identifiers';
import { translator } from '../../shared/i18n';
import type { SurveyProblem } from '../../shared/surveys/matching';
import type { SheetCell, SurveyTable } from '../../shared/surveys/shapes';

/**
 * Reads whatever a survey tool exports into one table of cells with the physical line of each row
 * (docs/file-formats.md "Survey exports"): an `.xlsx` workbook (its first sheet, through read-excel-file), or
 * delimited text in UTF-8 with or without a BOM or UTF-16 with a BOM (Excel's "Unicode text", Qualtrics' TSV),
 * separated by commas, semicolons (Dutch Excel) or tabs. Any other file is refused with the reason.
 */

export type ReadTable = { ok: true; table: SurveyTable } | { ok: false; problems: SurveyProblem[] };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an encrypted (password-protected) .xlsx or an old .xls. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export async function readSurveyFile(bytes: Uint8Array, language: Language): Promise<ReadTable> {
  const t = translator(language);
  const refuse = (message: string): ReadTable => ({
    ok: false,
    problems: [{ line: null, column: null, value: null, message }],
  });
  if (bytes.length === 0) return refuse(t('survey.import.empty'));
  if (startsWith(bytes, OLE)) return refuse(t('survey.import.protectedXlsx'));
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes, language);
  return readDelimited(bytes, language);
}

async function readWorkbook(bytes: Uint8Array, language: Language): Promise<ReadTable> {
  const t = translator(language);
  const refuse = (message: string): ReadTable => ({
    ok: false,
    problems: [{ line: null, column: null, value: null, message }],
  });
  // Only the entry names are looked at (nothing is inflated): a renamed Word file says so plainly.
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch (error) {
    return refuse(t('survey.import.notXlsx', { reason: (error as Error).message }));
  }
  if (names.includes('word/document.xml')) return refuse(t('survey.import.wordFile'));
  if (!names.includes('xl/workbook.xml')) {
    return refuse(t('survey.import.notXlsx', { reason: 'no xl/workbook.xml' }));
  }
  let data: SheetCell[][];
  try {
    const { readSheet } = await import('read-excel-file/node');
    data = (await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as SheetCell[][];
  } catch (error) {
    return refuse(t('survey.import.notXlsx', { reason: (error as Error).message }));
  }
  // read-excel-file keeps empty rows inside the sheet, so row i is spreadsheet row i + 1.
  return { ok: true, table: { rows: data, lines: data.map((_, i) => i + 1), text: false } };
}

function decode(bytes: Uint8Array): { text: string } | { badLine: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    let start = 0;
    for (let i = 0; i <= body.length; i++) {
      if (i === body.length || body[i] === 0x0a) {
        try {
          decoder.decode(body.subarray(start, i));
        } catch {
          return { badLine: line };
        }
        line++;
        start = i + 1;
      }
    }
    return { badLine: 1 };
  }
}

/** The separator of the first line: the most frequent of tab, semicolon and comma outside quotes. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts['\t'] >= counts[','] && counts['\t'] >= counts[';'] && counts['\t'] > 0) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

function readDelimited(bytes: Uint8Array, language: Language): ReadTable {
  const t = translator(language);
  const decoded = decode(bytes);
  if ('badLine' in decoded) {
    return {
      ok: false,
      problems: [{ line: decoded.badLine, column: null, value: null, message: t('survey.import.notUtf8') }],
    };
  }
  // Binary content that happens to be valid UTF-8 (an image, a PDF) holds NUL or other control bytes.
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  if (/[\u0000-\u0008\u000e-\u001a]/.test(decoded.text.slice(0, 4096))) {
    return { ok: false, problems: [{ line: null, column: null, value: null, message: t('survey.import.binary') }] };
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    return { ok: false, problems: [{ line: 1, column: null, value: null, message: t('survey.import.empty') }] };
  }
  let records: { record: string[]; raw: string }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: true,
    }) as unknown as { record: string[]; raw: string }[];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    return {
      ok: false,
      problems: [
        {
          line: e.lines ?? null,
          column: null,
          value: null,
          message: t('survey.import.notCsv', { reason: e.message ?? String(error) }),
        },
      ],
    };
  }
  // A record starts on the line after the previous one ended; a quoted field may span lines. (csv-parse's
  // own line count takes a CRLF inside quotes for two lines, so the record's raw text is counted instead.)
  const rows: SheetCell[][] = [];
  const lines: number[] = [];
  let line = 1;
  for (const { record, raw } of records) {
    const start = line;
    // The raw text may or may not end with the record's own line break; only breaks inside it add lines.
    const body = raw.replace(/\r?\n$|\r$/, '');
    for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) line++;
    line++;
    if (record.length === 1 && record[0] === '') {
      if (rows.length === 0) continue;
    }
    rows.push(record);
    lines.push(start);
  }
  return { ok: true, table: { rows, lines, text: true } };
}
