import type { TFunction } from 'i18next';
import { describeGroup } from '../../pool/groupText';
import type { Comparison, ComparisonStatistics } from '../../pool/schemas';
import type { FrameworkFile, LocalText } from '../../frameworks/schema';
import { translator } from '../../i18n';
import { type ReportFormat, reportFormat } from '../format';
import type { Inline, ReportBlock, TableCell, TableColumn } from '../model';
import type { ManagementReportInput } from './input';
import type { ReportKey, TranslationKey } from '../../i18n/keys';

type Options = Record<string, unknown>;

/**
 * What every section of the management report writes with: the report language's strings and number
 * formats, the framework's names, the benchmark (when there is one) and a list of blocks to append to.
 */
export interface ReportWriter {
  input: ManagementReportInput;
  framework: FrameworkFile;
  /** A string of the `report.*` resources in the report's language. */
  t(key: ReportKey, options?: Options): string;
  /** Any resource key (roles, sectors …) in the report's language. */
  tAny(key: TranslationKey, options?: Options): string;
  f: ReportFormat;
  text(value: LocalText): string;
  /** "B1 Service excellence vision, mission and strategy". */
  blockName(id: string): string;
  /**
   * A round's label as it reads inside a sentence, with its article: "de nulmeting" for a label that is a
   * Dutch common noun for a round ("Nulmeting", "Vervolgmeting 2026"), "the baseline" likewise in English;
   * any other label as "de meting ‘Q3 2026’" / "the round ‘Q3 2026’".
   */
  roundRef(label: string): string;
  /** "A, B and C" / "A, B en C". */
  list(items: string[]): string;
  comparison: Comparison | null;
  benchmarkOf(block: string): ComparisonStatistics | null;
  /** A comparison group in words ("K — Financial and insurance activities · 50–249 employees"); by default the report's. */
  groupText(filters?: Comparison['filters']): string;
  /** Where a score lies in a benchmark group, in words ("in the top quartile of the benchmark group"). */
  position(score: number, stats: ComparisonStatistics): string;
  blocks: ReportBlock[];
  heading(level: 1 | 2 | 3, text: string): void;
  paragraph(...content: Inline[]): void;
  note(text: string): void;
  table(id: string, caption: string, columns: TableColumn[], rows: TableCell[][], note?: string): void;
  /** A score in a table cell: two decimals, right-aligned, a dash when absent. */
  scoreCell(value: number | null | undefined, extra?: Partial<TableCell>): TableCell;
}

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;
const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(language: keyof typeof LOCALES): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format;
}

export function createWriter(input: ManagementReportInput): ReportWriter {
  const i18n = { t: translator(input.language) };
  const f = reportFormat(input.language);
  const lists = listFormat(input.language);
  const blockNames = new Map(input.framework.blocks.map((b) => [b.id, `${b.id} ${b.name[input.language]}`]));
  const comparison = 'comparison' in input.benchmark ? input.benchmark.comparison : null;
  const stats = new Map(comparison?.blocks.map((b) => [b.block, b]) ?? []);
  const none = i18n.t('report.results.none');
  const blocks: ReportBlock[] = [];

  const writer: ReportWriter = {
    input,
    framework: input.framework,
    t: (key, options) => i18n.t(`report.${key}` as TranslationKey, options ?? {}),
    tAny: (key, options) => i18n.t(key, options ?? {}),
    f,
    text: (value) => value[input.language],
    blockName: (id) => blockNames.get(id) ?? id,
    list: (items) => lists.format(items),
    roundRef: (label) => roundReference(input.language, label),
    comparison,
    benchmarkOf: (block) => stats.get(block) ?? null,
    groupText: (filters = comparison?.filters) =>
      filters ? describeGroup(i18n.t as unknown as TFunction, input.language, filters) : '',
    position: (score, s) => i18n.t(`report.position.${positionKey(score, s)}`),
    blocks,
    heading: (level, text) => blocks.push({ kind: 'heading', level, text }),
    paragraph: (...content) => blocks.push({ kind: 'paragraph', content }),
    note: (text) => blocks.push({ kind: 'paragraph', content: [text], variant: 'note' }),
    table: (id, caption, columns, rows, note) =>
      blocks.push({ kind: 'table', id, caption, columns, rows, ...(note ? { note } : {}) }),
    scoreCell: (value, extra = {}) =>
      value === null || value === undefined
        ? { text: none, align: 'right', muted: true, ...extra }
        : { text: f.score2(value), align: 'right', ...extra },
  };
  return writer;
}

/**
 * "Around the median": the client is within a tenth of a point of the group's median (the smallest change
 * between rounds the report calls clear, shared/results/change.ts), or between the 40th and 60th percentile of
 * the group. Closer than that, "above" or "below" would claim a difference the figures do not support
 * (docs/statistics.md, "Position against a benchmark group").
 */
export const AROUND_MEDIAN = 0.1;
export const AROUND_MEDIAN_RANK: readonly [number, number] = [40, 60];

export type PositionKey =
  | 'suppressed'
  | 'top10'
  | 'topQuartile'
  | 'aroundMedian'
  | 'aboveMedian'
  | 'belowMedian'
  | 'bottomQuartile'
  | 'bottom10';

export function positionKey(
  score: number,
  s: Pick<ComparisonStatistics, 'suppressed' | 'median' | 'p10' | 'p25' | 'p75' | 'p90'> &
    Partial<Pick<ComparisonStatistics, 'percentileRank'>>,
): PositionKey {
  if (s.suppressed || s.median === null) return 'suppressed';
  if (s.p90 !== null && score >= s.p90 && score > s.median + AROUND_MEDIAN) return 'top10';
  if (s.p75 !== null && score > s.p75 && score > s.median + AROUND_MEDIAN) return 'topQuartile';
  if (s.p10 !== null && score <= s.p10 && score < s.median - AROUND_MEDIAN) return 'bottom10';
  if (s.p25 !== null && score < s.p25 && score < s.median - AROUND_MEDIAN) return 'bottomQuartile';
  const rank = s.percentileRank ?? null;
  const [low, high] = AROUND_MEDIAN_RANK;
  if (Math.abs(score - s.median) < AROUND_MEDIAN || (rank !== null && rank >= low && rank <= high))
    return 'aroundMedian';
  return score > s.median ? 'aboveMedian' : 'belowMedian';
}

/** Labels that are ordinary nouns for a round: they take an article and lose their capital inside a sentence. */
const ROUND_NOUNS = {
  nl: /^(nul|begin|vervolg|tussen|eind|her(haal)?|voor|na|slot)meting\b/i,
  en: /^(baseline|follow-up|mid-term|midterm|interim|final|repeat)( (assessment|round|measurement))?\b/i,
} as const;

export function roundReference(language: keyof typeof LOCALES, label: string): string {
  const trimmed = label.trim();
  if (ROUND_NOUNS[language].test(trimmed)) {
    const noun = trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
    return language === 'nl' ? `de ${noun}` : `the ${noun}`;
  }
  return language === 'nl' ? `de meting ‘${trimmed}’` : `the round ‘${trimmed}’`;
}
