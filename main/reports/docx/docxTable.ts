import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Align, ReportBlock, TableCell as ModelCell } from '../../../shared/reports/model';
import { BAND_FILL, GREY, STYLE } from './docxStyles';
import { TEXT_WIDTH } from './pageLayout';
import { textRuns } from './docxText';

type TableBlock = Extract<ReportBlock, { kind: 'table' }>;

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/** Tables of at most this many rows are never split across pages. */
export const SMALL_TABLE_ROWS = 15;

/** Table text is 9 pt; 20 twips to the point. */
const TABLE_FONT_TWIPS = 9 * 20;
/**
 * A generous average advance of one character, in ems: DejaVu Sans (LibreOffice's stand-in for Calibri on
 * Linux) runs to about 0.6 em, bold to about 0.72; Calibri itself to about 0.5. Measured this wide, a word
 * that fits here fits in every font the report meets.
 */
const CHAR_EM = { regular: 0.62, bold: 0.74 } as const;
/** The cell's left and right margins (the ReportTable style: 85 twips each) and a little air. */
const CELL_PADDING = 2 * 85 + 40;

/** The width the longest word of `texts` needs, so that no word is ever broken inside a cell. */
export function longestWordWidth(texts: string[], weight: keyof typeof CHAR_EM = 'regular'): number {
  const longest = Math.max(0, ...texts.flatMap((t) => t.split(/[\s–-]+/)).map((w) => [...w].length));
  return Math.ceil(longest * CHAR_EM[weight] * TABLE_FONT_TWIPS) + CELL_PADDING;
}

/**
 * Column widths in twips from the model's weights, summing exactly to the text width. A column is never
 * narrower than `minimums` (its longest word): the columns that share out by weight above their minimum give
 * up the difference, widest first, so a header never breaks inside a word ("Consens|us").
 */
export function columnWidths(weights: number[], total = TEXT_WIDTH, minimums: number[] = []): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = safe.reduce((a, b) => a + b, 0);
  const widths = safe.map((w, i) => Math.max(minimums[i] ?? 0, Math.floor((w / sum) * total)));
  let excess = widths.reduce((a, b) => a + b, 0) - total;
  while (excess > 0) {
    const slack = widths.map((w, i) => w - (minimums[i] ?? 0));
    const donor = slack.indexOf(Math.max(...slack));
    const give = Math.min(excess, slack[donor] ?? 0);
    if (give <= 0) break;
    widths[donor] = (widths[donor] ?? 0) - give;
    excess -= give;
  }
  // Rounding leftovers go to the widest column, where a few twips show least.
  const widest = widths.indexOf(Math.max(...widths));
  if (widths.length) widths[widest] = (widths[widest] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cell(children: Paragraph[], width: number, fill: string | null): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
  });
}

/**
 * A table block: its caption above (kept with the table), a header row repeated on every page, rows that
 * never split across pages, and the note under it. Borders and cell margins come from the `ReportTable`
 * style; a client's own row (`accent`) and a benchmark band (`band`) are shaded cell by cell.
 */
export function docxTable(block: TableBlock, accentTint: string): (Paragraph | Table)[] {
  // Close to the table it names, which follows.
  const caption = new Paragraph({
    style: STYLE.caption,
    keepNext: true,
    spacing: { after: 80 },
    children: textRuns(block.caption),
  });
  // Word cannot open a table without a column; such a table is its caption alone.
  if (block.columns.length === 0) return [caption];
  const widths = columnWidths(
    block.columns.map((c) => c.weight),
    TEXT_WIDTH,
    block.columns.map((c, i) =>
      Math.max(
        longestWordWidth([c.header, ...block.rows.flatMap((r) => (r[i]?.bold ? [r[i]?.text ?? ''] : []))], 'bold'),
        longestWordWidth(block.rows.map((r) => r[i]?.text ?? '')),
      ),
    ),
  );
  const alignOf = (align: Align | undefined, column: number) => ALIGN[align ?? block.columns[column]?.align ?? 'left'];

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column, i) =>
      cell(
        [
          new Paragraph({
            style: STYLE.tableHeading,
            alignment: ALIGN[column.align],
            children: textRuns(column.header),
          }),
        ],
        widths[i] ?? 0,
        null,
      ),
    ),
  });

  // A small table is kept whole: every row's text keeps with the next row, so Word and LibreOffice move the
  // table to the next page rather than split it. A long one may break between rows (the header repeats).
  const keepWhole = block.rows.length <= SMALL_TABLE_ROWS;
  const rows = block.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        // A short row is padded with empty cells: Word repairs (and LibreOffice misdraws) ragged tables.
        children: block.columns.map((_, i) => {
          const data: ModelCell = row[i] ?? { text: '' };
          const fill = data.shade === 'accent' ? accentTint : data.shade === 'band' ? BAND_FILL : null;
          const runs = textRuns(data.text, { bold: data.bold, color: data.muted ? GREY.light : undefined });
          return cell(
            [
              new Paragraph({
                style: STYLE.tableText,
                alignment: alignOf(data.align, i),
                keepNext: keepWhole && r < block.rows.length - 1,
                children: runs,
              }),
            ],
            widths[i] ?? 0,
            fill,
          );
        }),
      }),
  );

  return [
    caption,
    new Table({
      style: STYLE.table,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [header, ...rows],
    }),
    block.note
      ? new Paragraph({ style: STYLE.tableNote, children: textRuns(block.note) })
      : // Word glues a table to whatever follows; an empty small paragraph keeps the next block clear of it.
        new Paragraph({ style: STYLE.tableNote, children: [new TextRun('')] }),
  ];
}
