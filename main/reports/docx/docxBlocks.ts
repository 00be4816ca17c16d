import { AlignmentType, Bookmark, HeadingLevel, ImageRun, InternalHyperlink, Paragraph, type Table } from 'docx';
import type { ReportBlock } from '../../../shared/reports/model';
import type { RenderedChart } from './chartImages';
import { STYLE } from './docxStyles';
import { docxTable } from './docxTable';
import { inlineRuns, textRuns } from './docxText';
import { fitFigure } from './pageLayout';

type BodyElement = Paragraph | Table;
type ChartBlock = Extract<ReportBlock, { kind: 'chart' }>;

export interface BlockContext {
  /** The pictures of the chart blocks, by the block's position in the body. */
  charts: Map<string, RenderedChart>;
  accentTint: string;
  /** The reason printed in place of a chart that could not be drawn, in the report's language. */
  chartFailed: string;
  /** The body's headings of levels 1 and 2 by position, for the contents. */
  headings: { index: number; level: 1 | 2; text: string }[];
}

/** The bookmark of the heading at `index` of the body: what a line of the contents links to. */
export const headingAnchor = (index: number) => `sx_heading_${index}`;

/**
 * The contents as links to the headings, without page numbers. A Word TOC field would need Word to
 * repaginate (and to ask to update fields on opening); LibreOffice keeps a field's cached text as it finds
 * it, so numbers written by us would be guesses and dot leaders would end in nothing. Linked titles read
 * right in Word, in LibreOffice and in a PDF made by either (docs/architecture.md, "Reports and charts").
 */
function contents(title: string, context: BlockContext): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.tocHeading, children: textRuns(title) }),
    ...context.headings.map(
      (h) =>
        new Paragraph({
          style: h.level === 1 ? 'TOC1' : 'TOC2',
          children: [new InternalHyperlink({ anchor: headingAnchor(h.index), children: textRuns(h.text) })],
        }),
    ),
  ];
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const PARAGRAPH_STYLE = { body: undefined, lead: STYLE.lead, note: STYLE.note } as const;

/** A figure that is not there: its caption, then why, in grey italics. */
function absent(caption: string, reason: string): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.caption, keepNext: true, children: textRuns(caption) }),
    new Paragraph({ style: STYLE.note, children: textRuns(reason, { italics: true }) }),
  ];
}

function chart(block: ChartBlock, index: number, context: BlockContext): Paragraph[] {
  const image = context.charts.get(String(index));
  if (!image?.ok) return absent(block.caption, context.chartFailed);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 0 },
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: fitFigure(image.width, image.height),
          altText: { name: block.id, title: block.caption, description: block.alt },
        }),
      ],
    }),
    new Paragraph({ style: STYLE.caption, children: textRuns(block.caption) }),
  ];
}

/** A paragraph that introduces the figure or table after it stays on its page, so it is never stranded. */
const INTRODUCED = new Set<ReportBlock['kind']>(['chart', 'table', 'absent']);

/**
 * The block at `index` of the body as Word content. A chapter starts a page, except as the body's first
 * block: the section already starts one, and a break there would leave a blank page. `next` is the block
 * that follows, if any.
 */
export function docxBlock(block: ReportBlock, index: number, context: BlockContext, next?: ReportBlock): BodyElement[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADING[block.level],
          pageBreakBefore: block.level === 1 && index > 0,
          keepNext: true,
          children: [new Bookmark({ id: headingAnchor(index), children: textRuns(block.text) })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          style: PARAGRAPH_STYLE[block.variant ?? 'body'],
          ...(next && INTRODUCED.has(next.kind) ? { keepNext: true, keepLines: true } : {}),
          children: inlineRuns(block.content),
        }),
      ];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: inlineRuns(item) }));
    case 'table':
      return docxTable(block, context.accentTint);
    case 'chart':
      return chart(block, index, context);
    case 'absent':
      return absent(block.caption, block.reason);
    case 'toc':
      return contents(block.title, context);
  }
}
