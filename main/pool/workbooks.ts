import type { Cell, Row } from 'write-excel-file/node';
import type { Language } from '../../shared/domain/identifiers';
import { translator } from '../../shared/i18n';
import { keyFromData } from '../../shared/i18n/keys';
import { sectorLabel } from '../../shared/i18n/labels';
import { BLOCK_COUNT, type PoolRecord } from '../../shared/pool/benchmarkCsv';
import { describeGroup, poolCountryName } from '../../shared/pool/groupText';
import type { Comparison, ComparisonStatistics } from '../../shared/pool/schemas';
import { safeText, type WorkbookSheet } from '../roadmap/workbook';

/**
 * The benchmark pool and a comparison as Excel workbooks for a client's analysts (docs/file-formats.md
 * "Benchmark workbooks"). Numbers are the unrounded figures stored as numbers with a display format; text is
 * neutralised like every sheet we write (safeText). A group below k shows only that it has fewer than k
 * organisations — never its n, never a figure (docs/anonymity.md).
 */

const bold = (value: string): Cell => ({ value: safeText(value), fontWeight: 'bold', backgroundColor: '#E9ECEF' });
const text = (value: string | null | undefined): Cell =>
  value === null || value === undefined || value === '' ? null : { value: safeText(value), type: String };
const num = (value: number | null | undefined, format = '0.00'): Cell =>
  value === null || value === undefined || !Number.isFinite(value) ? null : { value, type: Number, format };

export function comparisonWorkbook(
  comparison: Comparison,
  blockNames: ReadonlyMap<string, string>,
  language: Language,
): WorkbookSheet[] {
  const t = translator(language);
  const h = (key: string) => bold(t(keyFromData(`benchmark.excel.columns.${key}`)));
  const fewer = t('benchmark.groupFewer', { k: comparison.k });
  const facts: Row[] = [
    [{ value: safeText(t('benchmark.excel.title')), fontWeight: 'bold', fontSize: 14 }],
    [text(t('benchmark.excel.framework')), text(comparison.framework)],
    [text(t('benchmark.group')), text(describeGroup(t, language, comparison.filters, { full: true }))],
    // Below k the size of the group is not told, only that it is below k.
    [
      text(t('benchmark.excel.n')),
      comparison.suppressed || comparison.n === null ? text(fewer) : num(comparison.n, '0'),
    ],
    [text(t('benchmark.excel.k')), num(comparison.k, '0')],
    [
      text(t('benchmark.excel.basis')),
      text(comparison.synthetic ? t('benchmark.groupSynthetic') : t('benchmark.excel.real')),
    ],
    [],
  ];
  const header: Row = ['block', 'name', 'client', 'mean', 'sd', 'p10', 'p25', 'median', 'p75', 'p90', 'rank'].map(h);
  const line = (id: string, name: string, s: ComparisonStatistics): Row => {
    const hidden = comparison.suppressed || s.suppressed;
    return [
      text(id),
      text(name),
      num(s.score),
      hidden ? text(fewer) : num(s.mean),
      ...(hidden
        ? [null, null, null, null, null, null, null, null]
        : [num(s.sd), num(s.p10), num(s.p25), num(s.median), num(s.p75), num(s.p90), num(s.percentileRank, '0')]),
    ];
  };
  const rows: Row[] = [
    ...comparison.blocks.map((b) => line(b.block, blockNames.get(b.block) ?? b.block, b)),
    line('', t('benchmark.excel.overall'), comparison.overall),
  ];
  return [
    {
      sheet: t('benchmark.excel.sheet'),
      data: [...facts, header, ...rows],
      stickyRowsCount: 0,
      columns: [
        { width: 12 },
        { width: 44 },
        { width: 11 },
        { width: 26 },
        ...Array.from({ length: 6 }, () => ({ width: 9 })),
        { width: 15 },
      ],
    },
  ];
}

/** The pool's records: codes as text, the sector and country also by name, scores as numbers. */
export function poolWorkbook(records: readonly PoolRecord[], language: Language): WorkbookSheet[] {
  const t = translator(language);
  const h = (key: string) => bold(t(keyFromData(`benchmark.excel.columns.${key}`)));
  const blocks = Array.from({ length: BLOCK_COUNT }, (_, b) => `B${b + 1}`);
  const header: Row = [
    h('recordId'),
    bold(t('benchmark.excel.framework')),
    h('sector'),
    h('sizeBand'),
    h('country'),
    h('year'),
    ...blocks.map((b) => bold(b)),
    h('synthetic'),
  ];
  const sorted = [...records].sort((a, b) => (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0));
  const rows = sorted.map((r): Row => [
    text(r.recordId),
    text(r.framework),
    text(sectorLabel(t, r.sector)),
    text(r.sizeBand),
    text(`${r.country} — ${poolCountryName(t, r.country, language)}`),
    num(r.year, '0'),
    // Scores are kept in hundredths: shown with the two decimals they have.
    ...blocks.map((_, b) => {
      const hundredths = r.scores[b] ?? null;
      return hundredths === null ? null : num(hundredths / 100);
    }),
    text(r.synthetic ? t('benchmark.excel.yes') : t('benchmark.excel.no')),
  ]);
  return [
    {
      sheet: t('benchmark.excel.poolSheet'),
      data: [header, ...rows],
      stickyRowsCount: 1,
      columns: [
        { width: 38 },
        { width: 12 },
        { width: 30 },
        { width: 11 },
        { width: 20 },
        { width: 7 },
        ...blocks.map(() => ({ width: 7 })),
        { width: 10 },
      ],
    },
  ];
}
