import type { FrameworkFile, LocalText } from '../../frameworks/schema';
import { translator } from '../../i18n';
import { quarterLabel } from '../../roadmap/quarter';
import type { Initiative } from '../../roadmap/schemas';
import { decimalFormatter, type ReportFormat, reportFormat } from '../format';
import type { Inline, ReportBlock, TableCell, TableColumn } from '../model';
import type { RoadmapReportInput } from './input';
import { keyFromData } from '../../i18n/keys';

type Options = Record<string, unknown>;

/**
 * What every part of the roadmap document writes with: the document language's strings (`roadmap.report.*`)
 * and formats, the framework's names, and the list of blocks to append to.
 */
export interface RoadmapWriter {
  input: RoadmapReportInput;
  framework: FrameworkFile;
  t(key: string, options?: Options): string;
  tAny(key: string, options?: Options): string;
  f: ReportFormat;
  /** A KPI figure: whole numbers as they are, others with two decimals. */
  number(value: number): string;
  text(value: LocalText): string;
  quarter(q: string): string;
  period(start: string, end: string): string;
  /** "B5 Understanding customer needs, expectations and desires". */
  blockName(id: string): string;
  elementName(id: string): string;
  shiftName(id: string): string;
  /** "3. Customer panel for co-creation": the number is the priority. */
  initiativeName(i: Pick<Initiative, 'priority' | 'title'>): string;
  list(items: string[]): string;
  blocks: ReportBlock[];
  heading(level: 1 | 2 | 3, text: string): void;
  paragraph(...content: Inline[]): void;
  note(text: string): void;
  bullets(items: Inline[][]): void;
  table(id: string, caption: string, columns: TableColumn[], rows: TableCell[][], note?: string): void;
  scoreCell(value: number | null | undefined, extra?: Partial<TableCell>): TableCell;
}

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

export function createRoadmapWriter(input: RoadmapReportInput): RoadmapWriter {
  const t = translator(input.language);
  const f = reportFormat(input.language);
  const decimal = decimalFormatter(input.language);
  const text = (value: LocalText) => value[input.language];
  const { framework } = input;
  const blockNames = new Map(framework.blocks.map((b) => [b.id, `${b.id} ${text(b.name)}`]));
  const elementNames = new Map(framework.elements.map((e) => [e.id, text(e.name)]));
  const shiftNames = new Map(framework.shifts.map((s) => [s.id, `${text(s.from)} → ${text(s.to)}`]));
  const lists = new Intl.ListFormat(LOCALES[input.language], { style: 'long', type: 'conjunction' });
  const none = t('roadmap.report.none');
  const blocks: ReportBlock[] = [];
  const quarter = (q: string) => quarterLabel(q, input.language);
  return {
    input,
    framework,
    t: (key, options) => t(keyFromData(`roadmap.report.${key}`), options ?? {}),
    tAny: (key, options) => t(keyFromData(key), options ?? {}),
    f,
    number: (value) => decimal(value, Number.isInteger(value) ? 0 : 2),
    text,
    quarter,
    period: (start, end) => (start === end ? quarter(start) : `${quarter(start)} – ${quarter(end)}`),
    blockName: (id) => blockNames.get(id) ?? id,
    elementName: (id) => elementNames.get(id) ?? id,
    shiftName: (id) => shiftNames.get(id) ?? id,
    initiativeName: (i) => `${i.priority}. ${i.title}`,
    list: (items) => lists.format(items),
    blocks,
    heading: (level, value) => blocks.push({ kind: 'heading', level, text: value }),
    paragraph: (...content) => blocks.push({ kind: 'paragraph', content }),
    note: (value) => blocks.push({ kind: 'paragraph', content: [value], variant: 'note' }),
    bullets: (items) => blocks.push({ kind: 'bullets', items }),
    table: (id, caption, columns, rows, note) =>
      blocks.push({ kind: 'table', id, caption, columns, rows, ...(note ? { note } : {}) }),
    scoreCell: (value, extra = {}) =>
      value === null || value === undefined
        ? { text: none, align: 'right', muted: true, ...extra }
        : { text: f.score2(value), align: 'right', ...extra },
  };
}
