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

/** Column widths in twips from the model's weights, summing exactly to the text width. */
export function columnWidths(weights: number[], total = TEXT_WIDTH): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = safe.reduce((a, b) => a + b, 0);
  const widths = safe.map((w) => Math.floor((w / sum) * total));
  // Rounding leftovers go to the widest column, where a few twips show least.
  const widest = safe.indexOf(Math.max(...safe));
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
  const widths = columnWidths(block.columns.map((c) => c.weight));
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

  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        // A short row is padded with empty cells: Word repairs (and LibreOffice misdraws) ragged tables.
        children: block.columns.map((_, i) => {
          const data: ModelCell = row[i] ?? { text: '' };
          const fill = data.shade === 'accent' ? accentTint : data.shade === 'band' ? BAND_FILL : null;
          const runs = textRuns(data.text, { bold: data.bold, color: data.muted ? GREY.light : undefined });
          return cell(
            [new Paragraph({ style: STYLE.tableText, alignment: alignOf(data.align, i), children: runs })],
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
