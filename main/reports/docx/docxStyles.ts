import { type IStylesOptions, LineRuleType } from 'docx';
import type { Language } from '../../../shared/domain/identifiers';
import type { ReportBranding } from '../../../shared/reports/model';

/**
 * The report's look as Word styles rather than formatting on each paragraph, so a firm can restyle a
 * delivered report (or its house template) through Word's Styles pane: Normal in the firm's font, Title and
 * Heading 1–3 in its accent colour, Caption, and a few styles of our own for lead text, notes, table text,
 * the table of contents' hint, running header and footer. Tables share one table style, `ReportTable`.
 */

export const STYLE = {
  lead: 'Lead',
  note: 'Note',
  subtitle: 'Subtitle',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  tableNote: 'TableNote',
  tocHeading: 'TOCHeading',
  header: 'Header',
  footer: 'Footer',
  coverFirm: 'CoverFirm',
  coverFact: 'CoverFact',
  table: 'ReportTable',
  caption: 'Caption',
} as const;

/** Print greys (Open Color's gray scale, as on screen). */
export const GREY = { text: '212529', dark: '343A40', subtle: '495057', muted: '6C757D', light: '868E96' } as const;
export const BAND_FILL = 'F1F3F5';
const RULE = 'CED4DA';
export const DRAFT_RED = 'C92A2A';

const FALLBACK_ACCENT = '1A4D8F';
const FALLBACK_FONT = 'Calibri';

/** `#rrggbb` → `RRGGBB` as Word writes colours; anything else gets a sober blue. */
export function wordColour(hex: string): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  return match?.[1] ? match[1].toUpperCase() : FALLBACK_ACCENT;
}

/** The accent mixed with white: the background of a client's own table row, light enough for black text. */
export function tint(colour: string, amount = 0.14): string {
  const channel = (i: number) => {
    const value = parseInt(colour.slice(i, i + 2), 16);
    return Math.round(255 - (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}

export function reportFont(branding: Pick<ReportBranding, 'font'>): string {
  return branding.font.trim() || FALLBACK_FONT;
}

export const LANGUAGE_TAGS: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const NAMESPACES =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"';

/**
 * The table style, as a styles part of its own that docx merges with its default styles (its `externalStyles`;
 * docx has no options for table styles): a rule in the accent colour above and below, light rules between
 * rows, a heavier accent rule under the header row, roomy cell margins. Elements in the schema's order.
 */
export function reportTableStylesXml(branding: Pick<ReportBranding, 'accent'>): string {
  const accent = wordColour(branding.accent);
  const border = (side: string, size: number, colour: string) =>
    `<w:${side} w:val="single" w:sz="${size}" w:space="0" w:color="${colour}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NAMESPACES}>` +
    `<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.table}">` +
    '<w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>' +
    '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
    '<w:tblPr><w:tblBorders>' +
    border('top', 8, accent) +
    border('bottom', 8, accent) +
    border('insideH', 4, RULE) +
    '</w:tblBorders><w:tblCellMar>' +
    '<w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>' +
    '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>' +
    '</w:tblCellMar></w:tblPr>' +
    '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr>' +
    `<w:tcPr><w:tcBorders>${border('bottom', 12, accent)}</w:tcBorders><w:vAlign w:val="bottom"/></w:tcPr>` +
    '</w:tblStylePr></w:style></w:styles>'
  );
}

export function reportStyles(branding: Pick<ReportBranding, 'accent' | 'font'>, language: Language): IStylesOptions {
  const accent = wordColour(branding.accent);
  const font = reportFont(branding);
  // The outline level makes them headings for the navigation pane even where the style is not recognised by name.
  const heading = (level: number, size: number, before: number, after: number) => ({
    run: { font, size, bold: true, color: accent },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel: level },
  });
  const small = (size: number, colour: string) => ({ run: { size, color: colour } });

  return {
    default: {
      document: {
        run: { font, size: 21, color: GREY.text, language: { value: LANGUAGE_TAGS[language] } },
        paragraph: { spacing: { after: 140, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font, size: 52, bold: true, color: accent }, paragraph: { spacing: { before: 0, after: 160 } } },
      heading1: heading(0, 34, 0, 240),
      heading2: heading(1, 27, 360, 120),
      heading3: heading(2, 23, 280, 80),
      caption: {
        run: { font, size: 18, bold: true, italics: false, color: GREY.subtle },
        paragraph: { spacing: { before: 100, after: 200 } },
      },
      listParagraph: { paragraph: { spacing: { after: 80 } } },
    },
    // docx's own character styles (Hyperlink, footnote references) are based on Word's default paragraph
    // font; without it in the file they would be based on a style that does not exist.
    characterStyles: [
      {
        id: 'DefaultParagraphFont',
        name: 'Default Paragraph Font',
        uiPriority: 1,
        semiHidden: true,
        unhideWhenUsed: true,
      },
    ],
    paragraphStyles: [
      { id: STYLE.subtitle, name: 'Subtitle', basedOn: 'Normal', quickFormat: true, ...small(30, GREY.subtle) },
      {
        id: STYLE.lead,
        name: 'Lead',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 24, color: GREY.dark },
        paragraph: { spacing: { after: 200 } },
      },
      { id: STYLE.note, name: 'Note', basedOn: 'Normal', quickFormat: true, ...small(18, GREY.muted) },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 18 },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.tableHeading,
        name: 'Table Heading',
        basedOn: STYLE.tableText,
        quickFormat: true,
        run: { bold: true, color: accent },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.tableNote,
        name: 'Table Note',
        basedOn: STYLE.note,
        run: { size: 16 },
        paragraph: { spacing: { before: 80, after: 240 } },
      },
      {
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, size: 34, bold: true, color: accent },
        paragraph: { spacing: { before: 0, after: 240 } },
      },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true },
        paragraph: { spacing: { before: 160, after: 60 } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: { after: 40 }, indent: { left: 280 } },
      },
      {
        id: 'TOC3',
        name: 'toc 3',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 19, color: GREY.subtle },
        paragraph: { spacing: { after: 40 }, indent: { left: 560 } },
      },
      {
        id: STYLE.header,
        name: 'header',
        basedOn: 'Normal',
        ...small(16, GREY.muted),
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: 'Normal',
        ...small(16, GREY.muted),
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: STYLE.coverFirm,
        name: 'Cover Firm',
        basedOn: 'Normal',
        run: { size: 26, bold: true, color: GREY.dark },
        paragraph: { spacing: { before: 240, after: 0 } },
      },
      {
        id: STYLE.coverFact,
        name: 'Cover Fact',
        basedOn: 'Normal',
        run: { size: 21 },
        paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      },
    ],
  };
}
