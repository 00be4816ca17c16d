import {
  BorderStyle,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { ReportDocument } from '../../../shared/reports/model';
import { DRAFT_RED, GREY, reportFont, STYLE, wordColour } from './docxStyles';
import { textRuns } from './docxText';
import type { LogoPicture } from './logoImage';
import { TEXT_WIDTH } from './pageLayout';

/**
 * What frames the content: the cover page, and the running header and footer. The draft mark is in the
 * header of both sections (so on every page, the cover included), as a red label and as Word's own
 * diagonal watermark, which Word's Design > Watermark can remove once the round is final.
 */

const RIGHT_EDGE = [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }];

function draftMarks(model: ReportDocument) {
  if (!model.draft) return { label: [], watermark: [] };
  return {
    label: [new TextRun({ text: model.draft.label, bold: true, color: DRAFT_RED })],
    watermark: [
      new TextWatermark({
        text: model.draft.label,
        font: reportFont(model.branding),
        color: 'D0D0D0',
        opacity: 0.35,
      }),
    ],
  };
}

function header(model: ReportDocument, text: string): Header {
  const draft = draftMarks(model);
  const runs = [
    ...textRuns(text),
    ...(draft.label.length ? [new TextRun({ children: [new Tab()] }), ...draft.label] : []),
  ];
  return new Header({
    children: [new Paragraph({ style: STYLE.header, tabStops: RIGHT_EDGE, children: [...runs, ...draft.watermark] })],
  });
}

/** "Pagina 3 van 12" on the right, the firm on the left. */
function pageFooter(model: ReportDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        tabStops: RIGHT_EDGE,
        children: [
          ...textRuns(model.branding.firmName),
          new TextRun({
            children: [
              new Tab(),
              `${model.footer.page} `,
              PageNumber.CURRENT,
              ` ${model.footer.of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}

export function bodyHeaders(model: ReportDocument) {
  return { headers: { default: header(model, model.header) }, footers: { default: pageFooter(model) } };
}

/** The cover has no running title and no page number; its footer carries the confidentiality line. */
export function coverHeaders(model: ReportDocument) {
  return {
    headers: { default: header(model, '') },
    footers: {
      default: new Footer({
        children: [new Paragraph({ style: STYLE.footer, children: textRuns(model.cover.confidentiality) })],
      }),
    },
  };
}

/** Label and value side by side, without rules: a form, not a data table. */
function factsTable(facts: ReportDocument['cover']['facts']): Table {
  const widths = [Math.round(TEXT_WIDTH * 0.3), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.3)];
  const fact = (text: string, width: number, look: { color?: string; bold?: boolean }) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [new Paragraph({ style: STYLE.coverFact, children: textRuns(text, look) })],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 113 },
    rows: facts.map(
      (f) =>
        new TableRow({
          cantSplit: true,
          children: [
            fact(f.label, widths[0] ?? 0, { color: GREY.muted }),
            fact(f.value, widths[1] ?? 0, { color: GREY.text, bold: true }),
          ],
        }),
    ),
  });
}

export function coverContent(model: ReportDocument, logo: LogoPicture | null): (Paragraph | Table)[] {
  const accent = wordColour(model.branding.accent);
  return [
    ...(logo
      ? [
          new Paragraph({
            children: [
              new ImageRun({
                type: logo.type,
                data: logo.data,
                transformation: { width: logo.width, height: logo.height },
                altText: { name: 'logo', title: model.branding.firmName, description: model.branding.firmName },
              }),
            ],
          }),
        ]
      : []),
    new Paragraph({ style: STYLE.coverFirm, children: textRuns(model.branding.firmName) }),
    // The title sits about a third down the page, whether or not there is a logo above it.
    new Paragraph({ style: 'Title', spacing: { before: logo ? 3400 : 4400 }, children: textRuns(model.cover.title) }),
    new Paragraph({
      style: STYLE.subtitle,
      spacing: { after: 600 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: accent, space: 12 } },
      children: textRuns(model.cover.subtitle),
    }),
    ...(model.cover.facts.length ? [factsTable(model.cover.facts)] : []),
  ];
}
