import writeXlsxFile from 'write-excel-file/node';
import type { Language, RespondentRole } from '../../../shared/domain/identifiers';
import type { SurveyKit } from '../../../shared/surveys/kit';

/**
 * Survey answers as each tool exports them, built from the survey kit the consultant typed the form from:
 * the same respondents and answers in the shape, header language, encoding and quirks of each tool
 * (docs/file-formats.md "Survey exports").
 */

export interface Answered {
  role: RespondentRole;
  /** Per question in kit order: a score, 'na' or null (left empty). */
  cells: (number | 'na' | null)[];
}

/** A fixed set of respondents: every role, every score, some not applicable and some left empty. */
export function sampleAnswers(questions: number, count = 9): Answered[] {
  const roles: RespondentRole[] = [
    'management',
    'management',
    'management',
    'staff',
    'staff',
    'frontline',
    'frontline',
    'staff',
    'customer',
  ];
  return Array.from({ length: count }, (_, r) => ({
    role: roles[r % roles.length] as RespondentRole,
    cells: Array.from({ length: questions }, (_, q) => {
      const k = (r * 7 + q * 3) % 23;
      if (k === 5) return 'na';
      if (k === 11) return null;
      return ((r + q * 2 + (q % 3)) % 5) + 1;
    }),
  }));
}

const NBSP = '\u00a0';
/** A header as a person retyped it: a non-breaking space, a doubled space, curly quotes, a trailing full stop. */
function retyped(text: string, i: number): string {
  if (i % 4 === 0) return text.replace(' ', NBSP);
  if (i % 4 === 1) return `${text.replace(' ', '  ')}.`;
  if (i % 4 === 2) return text.replace(/'/g, '’');
  return ` ${text.toUpperCase()} `;
}

const label = (kit: SurveyKit, cell: number | 'na' | null) =>
  cell === null ? '' : cell === 'na' ? kit.notApplicable.label : (kit.scale[cell - 1]?.label ?? '');
const roleLabel = (kit: SurveyKit, role: RespondentRole) =>
  kit.role.options.find((o) => o.role === role)?.label ?? role;

const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
const lines = (rows: string[][], delimiter: string, quoteAll = false) =>
  rows.map((r) => r.map((v) => (quoteAll || /[",;\t\n]/.test(v) ? quote(v) : v)).join(delimiter)).join('\r\n') + '\r\n';

export function responsesCsv(questionIds: string[], answers: Answered[]): string {
  return lines(
    [
      ['respondent', 'role', ...questionIds],
      ...answers.map((a, r) => [
        `R${r + 1}`,
        a.role,
        ...a.cells.map((c) => (c === null ? '' : c === 'na' ? 'n/a' : String(c))),
      ]),
    ],
    ',',
  );
}

/** Microsoft Forms' "Open in Excel": metadata in the form's language, dates as serial numbers, `anonymous`. */
export async function msFormsXlsx(kit: SurveyKit, language: Language, answers: Answered[]): Promise<Buffer> {
  const meta =
    language === 'nl'
      ? ['ID', 'Begintijd', 'Tijd van voltooien', 'E-mail', 'Naam', 'Tijd van laatste wijziging']
      : ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time'];
  const header = [...meta, kit.role.question, ...kit.questions.map((q, i) => retyped(q.text, i))];
  const at = new Date('2026-11-03T09:15:00.000Z');
  const data = [
    header.map((value) => ({ value, type: String })),
    ...answers.map((a, r) => [
      { value: r + 1, type: Number },
      { value: at, type: Date, format: 'dd-mm-yyyy hh:mm' },
      { value: at, type: Date, format: 'dd-mm-yyyy hh:mm' },
      { value: 'anonymous', type: String },
      null,
      null,
      { value: roleLabel(kit, a.role), type: String },
      ...a.cells.map((c) => (c === null ? null : { value: label(kit, c), type: String })),
    ]),
  ];
  return writeXlsxFile([{ sheet: 'Form1', data }] as unknown as Parameters<typeof writeXlsxFile>[0]).toBuffer();
}

/** Google Forms CSV: `Tijdstempel`, half the statements as one grid (`Grid [row]`), scales as numbers. */
export function googleFormsCsv(kit: SurveyKit, language: Language, answers: Answered[]): string {
  const grid = language === 'nl' ? 'Hoe herkenbaar is dit?' : 'How recognisable is this?';
  const header = [
    language === 'nl' ? 'Tijdstempel' : 'Timestamp',
    language === 'nl' ? 'E-mailadres' : 'Email Address',
    kit.role.question,
    ...kit.questions.map((q, i) => (i % 2 === 0 ? `${grid} [${q.text}]` : q.text)),
  ];
  return lines(
    [
      header,
      ...answers.map((a) => [
        '2026/11/03 10:15:00 AM CET',
        '',
        roleLabel(kit, a.role),
        ...a.cells.map((c) => (typeof c === 'number' ? String(c) : label(kit, c))),
      ]),
    ],
    ',',
  ).replace(/\r\n$/, '');
}

/** SurveyMonkey, saved by Dutch Excel: two header rows, the statements as one matrix, `;` and a BOM. */
export function surveyMonkeyCsv(kit: SurveyKit, answers: Answered[]): string {
  const meta = [
    'Respondent ID',
    'Collector ID',
    'Start Date',
    'End Date',
    'IP Address',
    'Email Address',
    'First Name',
    'Last Name',
    'Custom Data 1',
  ];
  const top = [...meta, kit.role.question, 'Statements', ...kit.questions.slice(1).map(() => '')];
  const second = [...meta.map(() => ''), 'Response', ...kit.questions.map((q) => q.text)];
  return (
    '\uFEFF' +
    lines(
      [
        top,
        second,
        ...answers.map((a, r) => [
          String(114000000000 + r),
          '431000000',
          '11/03/2026 10:01:02 AM',
          '11/03/2026 10:09:40 AM',
          '',
          '',
          '',
          '',
          '',
          roleLabel(kit, a.role),
          ...a.cells.map((c) => label(kit, c)),
        ]),
      ],
      ';',
    )
  );
}

/** Qualtrics' TSV: UTF-16LE with a BOM, three header rows, a preview and an unfinished response to skip. */
export function qualtricsTsv(kit: SurveyKit, answers: Answered[]): Buffer {
  const meta = [
    'StartDate',
    'EndDate',
    'Status',
    'IPAddress',
    'Progress',
    'Duration (in seconds)',
    'Finished',
    'RecordedDate',
    'ResponseId',
    'UserLanguage',
  ];
  const ids = [...meta, 'QID1', ...kit.questions.map((_, i) => `QID${i + 2}`)];
  const texts = [
    'Start Date',
    'End Date',
    'Response Type',
    'IP Address',
    'Progress',
    'Duration (in seconds)',
    'Finished',
    'Recorded Date',
    'Response ID',
    'User Language',
    kit.role.question,
    ...kit.questions.map((q) => q.text),
  ];
  const importIds = ids.map((id) => `{"ImportId":"${id}"}`);
  const row = (status: string, finished: string, id: string, a: Answered) => [
    '2026-11-03 10:00:00',
    '2026-11-03 10:08:00',
    status,
    '',
    '100',
    '480',
    finished,
    '2026-11-03 10:08:01',
    id,
    'NL',
    roleLabel(kit, a.role),
    ...a.cells.map((c, q) => (typeof c === 'number' && q % 2 === 0 ? `${label(kit, c)} (${c})` : label(kit, c))),
  ];
  const rubbish: Answered = { role: 'staff', cells: kit.questions.map(() => 9) };
  const text = lines(
    [
      ids,
      texts,
      importIds,
      [...row('Survey Preview', 'True', 'R_preview', rubbish).slice(0, 11), ...kit.questions.map(() => 'nonsense')],
      ...answers.map((a, r) => row('IP Address', 'True', `R_${(r + 10).toString(36)}Xq${r}`, a)),
      [...row('IP Address', 'False', 'R_unfinished', rubbish).slice(0, 11), ...kit.questions.map(() => '')],
    ],
    '\t',
  );
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** LimeSurvey: UTF-8 with a BOM, every field quoted, full texts with an id tag, an incomplete response. */
export function limeSurveyCsv(kit: SurveyKit, answers: Answered[]): string {
  const header = [
    'Response ID',
    'Date submitted',
    'Last page',
    'Start language',
    'Seed',
    kit.role.question,
    ...kit.questions.map((q) => `[${q.id}] ${q.text}`),
  ];
  return (
    '\uFEFF' +
    lines(
      [
        header,
        ...answers.map((a, r) => [
          String(r + 1),
          '2026-11-03 10:08:00',
          '3',
          'nl',
          '123',
          roleLabel(kit, a.role),
          ...a.cells.map((c) => label(kit, c)),
        ]),
        [String(answers.length + 1), '', '1', 'nl', '456', roleLabel(kit, 'staff'), ...kit.questions.map(() => '')],
      ],
      ',',
      true,
    )
  );
}
