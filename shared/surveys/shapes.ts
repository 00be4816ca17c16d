import { normalizeText } from './normalize';

/**
 * The shapes of the exports consultants bring (docs/file-formats.md "Survey exports"): which tool made the
 * file, how many header rows it has, which columns are the tool's own metadata (times, e-mail, IP address)
 * and which holds its response id, and which rows are not real responses (a Qualtrics preview, an unfinished
 * response). Recognised by the metadata headers each tool writes, in English and in Dutch.
 */

export type SheetCell = string | number | boolean | Date | null;

/** A sheet as read from any file: rows of cells and the physical line (or spreadsheet row) of each row. */
export interface SurveyTable {
  rows: SheetCell[][];
  lines: number[];
  /** Delimited text (every row should have the header's number of fields) rather than a workbook. */
  text: boolean;
}

export const SURVEY_TOOLS = [
  'responses',
  'msforms',
  'googleforms',
  'surveymonkey',
  'qualtrics',
  'limesurvey',
  'generic',
] as const;
export type SurveyTool = (typeof SURVEY_TOOLS)[number];

export interface SurveyShape {
  tool: SurveyTool;
  headerRows: number;
  /** Per column: what it is shown as, and every text it may be matched by (first the most specific). */
  headers: { display: string; candidates: string[] }[];
  metadata: Set<number>;
  /** The column of the tool's response id, when it has one. */
  idColumn: number | null;
  /** Why a data row is not a response to import (a preview, an unfinished response), or null. */
  skip: (row: readonly SheetCell[]) => boolean;
}

export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
}

const set = (...names: string[]) => new Set(names.map(normalizeText));

const MS_FORMS = set(
  'ID',
  'Start time',
  'Completion time',
  'Email',
  'Name',
  'Last modified time',
  'Total points',
  'Quiz feedback',
  'Begintijd',
  'Tijd van voltooien',
  'E-mail',
  'Naam',
  'Tijd van laatste wijziging',
  'Totaal aantal punten',
  'Feedback over quiz',
);
const GOOGLE_FORMS = set('Timestamp', 'Tijdstempel', 'Email Address', 'E-mailadres', 'Score', 'Punten');
const SURVEY_MONKEY = set(
  'Respondent ID',
  'Collector ID',
  'Start Date',
  'End Date',
  'IP Address',
  'Email Address',
  'First Name',
  'Last Name',
  'Custom Data 1',
);
const QUALTRICS = set(
  'StartDate',
  'EndDate',
  'Status',
  'IPAddress',
  'Progress',
  'Duration (in seconds)',
  'Finished',
  'RecordedDate',
  'ResponseId',
  'RecipientLastName',
  'RecipientFirstName',
  'RecipientEmail',
  'ExternalReference',
  'LocationLatitude',
  'LocationLongitude',
  'DistributionChannel',
  'UserLanguage',
  'Q_RecaptchaScore',
  'Q_RelevantIDDuplicate',
  'Q_RelevantIDDuplicateScore',
  'Q_RelevantIDFraudScore',
  'Q_RelevantIDLastStartDate',
);
const LIME_SURVEY = set(
  'id',
  'submitdate',
  'lastpage',
  'startlanguage',
  'seed',
  'startdate',
  'datestamp',
  'ipaddr',
  'refurl',
  'token',
  'interviewtime',
  'Response ID',
  'Date submitted',
  'Last page',
  'Start language',
  'Seed',
  'Date started',
  'Date last action',
  'IP address',
  'Referrer URL',
  'Total time',
);
const SURVEY_MONKEY_RESPONSE = set('Response', 'Open-Ended Response', 'Antwoord', 'Open antwoord', 'Reactie');
const FALSE = set('false', '0', 'onwaar', 'no', 'nee');
const NOT_A_RESPONSE = set('Survey Preview', 'Survey Test', 'Spam', '1', '2', '8');

/** `Question [Row]`, as Google Forms and LimeSurvey head a grid's rows. */
const GRID = /^(.*\S)\s*\[([^\]]+)\]\s*$/;

function oneRow(row: readonly SheetCell[]): { display: string; candidates: string[] }[] {
  return row.map((cell) => {
    const text = cellText(cell);
    const grid = GRID.exec(text);
    return { display: text, candidates: grid ? [text, grid[2] as string] : [text] };
  });
}

const findIndex = (names: string[], wanted: Set<string>) => names.findIndex((n) => wanted.has(n));

export function detectShape(table: SurveyTable): SurveyShape {
  const first = table.rows[0] ?? [];
  const names = first.map((c) => normalizeText(cellText(c)));
  const width = Math.max(0, ...table.rows.slice(0, 3).map((r) => r.length));
  const has = (...wanted: string[]) => wanted.every((w) => names.includes(normalizeText(w)));
  const never = () => false;
  const metadataBy = (known: Set<string>) => new Set(names.flatMap((n, i) => (known.has(n) ? [i] : [])));

  if (names[0] === 'respondent' && names[1] === 'role') {
    return {
      tool: 'responses',
      headerRows: 1,
      headers: oneRow(first),
      metadata: new Set(),
      idColumn: 0,
      skip: never,
    };
  }

  if (has('ResponseId') && (has('Finished') || has('Status'))) {
    const third = table.rows[2] ?? [];
    const importIds = third.some((c) => cellText(c).startsWith('{"ImportId"'));
    const texts = table.rows[1] ?? [];
    const status = names.indexOf('status');
    const finished = names.indexOf('finished');
    return {
      tool: 'qualtrics',
      headerRows: importIds ? 3 : 2,
      headers: Array.from({ length: width }, (_, i) => {
        const text = cellText(texts[i]);
        const id = cellText(first[i]);
        const grid = GRID.exec(text);
        const tail = text.includes(' - ') ? text.slice(text.lastIndexOf(' - ') + 3) : null;
        return {
          display: text || id,
          candidates: [text, id, ...(grid ? [grid[2] as string] : []), ...(tail ? [tail] : [])],
        };
      }),
      metadata: metadataBy(QUALTRICS),
      idColumn: names.indexOf('responseid'),
      skip: (row) =>
        (status >= 0 && NOT_A_RESPONSE.has(normalizeText(cellText(row[status])))) ||
        (finished >= 0 && FALSE.has(normalizeText(cellText(row[finished])))),
    };
  }

  if (has('Respondent ID', 'Collector ID')) {
    const second = table.rows[1] ?? [];
    let carried = '';
    return {
      tool: 'surveymonkey',
      headerRows: 2,
      headers: Array.from({ length: width }, (_, i) => {
        const top = cellText(first[i]);
        if (top !== '') carried = top;
        const below = cellText(second[i]);
        const plain = below === '' || SURVEY_MONKEY_RESPONSE.has(normalizeText(below));
        return plain
          ? { display: carried, candidates: [carried] }
          : { display: `${carried} / ${below}`, candidates: [below, `${carried} / ${below}`, carried] };
      }),
      metadata: metadataBy(SURVEY_MONKEY),
      idColumn: names.indexOf(normalizeText('Respondent ID')),
      skip: never,
    };
  }

  if (
    names[0] === 'id' &&
    (has('Start time') || has('Completion time') || has('Begintijd') || has('Tijd van voltooien'))
  ) {
    return {
      tool: 'msforms',
      headerRows: 1,
      headers: oneRow(first),
      metadata: metadataBy(MS_FORMS),
      idColumn: 0,
      skip: never,
    };
  }

  if (names[0] === 'timestamp' || names[0] === 'tijdstempel') {
    return {
      tool: 'googleforms',
      headerRows: 1,
      headers: oneRow(first),
      metadata: metadataBy(GOOGLE_FORMS),
      idColumn: null,
      skip: never,
    };
  }

  const limeCodes = has('id') && (has('submitdate') || has('lastpage') || has('startlanguage'));
  const limeTexts = has('Response ID') && (has('Date submitted') || has('Last page') || has('Start language'));
  if (limeCodes || limeTexts) {
    const submitted = findIndex(names, set('submitdate', 'Date submitted'));
    return {
      tool: 'limesurvey',
      headerRows: 1,
      headers: oneRow(first),
      metadata: metadataBy(LIME_SURVEY),
      idColumn: findIndex(names, set('id', 'Response ID')),
      // An incomplete response has no submit date.
      skip: (row) => submitted >= 0 && cellText(row[submitted]) === '',
    };
  }

  return { tool: 'generic', headerRows: 1, headers: oneRow(first), metadata: new Set(), idColumn: null, skip: never };
}
