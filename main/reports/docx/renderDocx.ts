import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Document, type ISectionOptions, Packer, PageOrientation, Paragraph } from 'docx';
import { reportChartStyle } from '../../../shared/reports/chartOption';
import type { ReportAssets, ReportBlock, ReportDocument } from '../../../shared/reports/model';
import { type ChartImageOptions, type ChartRequest, type RenderedChart, renderChartImages } from './chartImages';
import { type BlockContext, docxBlock } from './docxBlocks';
import { bodyHeaders, coverContent, coverHeaders } from './docxPages';
import { LANGUAGE_TAGS, reportStyles, reportTableStylesXml, tint, wordColour } from './docxStyles';
import { type LogoProblem, prepareLogo } from './logoImage';
import { PAGE } from './pageLayout';
import { xmlSafeDeep } from './xmlText';

/**
 * A report model as a Word document (.docx bytes). Whatever can go wrong with one picture (a chart that
 * fails to draw, a damaged logo) is left out and listed in `warnings`, by code, for the caller to tell the
 * consultant in their language; the document itself is always complete and opens without repair.
 */

/** What was left out of the document: each code once, however many charts failed. */
export type ReportRenderWarning = LogoProblem | 'chart_failed';

export interface RenderDocxOptions {
  /** Printed in place of a chart that could not be drawn, in the report's language. */
  chartFailed?: string;
  charts?: ChartImageOptions;
}

export interface RenderedReport {
  bytes: Uint8Array;
  warnings: ReportRenderWarning[];
  /** The same problems in English with what exactly failed, for the log (never shown to the consultant). */
  details: string[];
}

const CHART_FAILED_FALLBACK = 'This figure could not be drawn.';

const page: NonNullable<ISectionOptions['properties']>['page'] = {
  size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
  margin: {
    top: PAGE.margin,
    right: PAGE.margin,
    bottom: PAGE.margin,
    left: PAGE.margin,
    header: PAGE.headerDistance,
    footer: PAGE.headerDistance,
  },
};

/** Chart requests keyed by the block's position, so two charts that share an id still get their own picture. */
export function chartRequests(body: ReportBlock[]): ChartRequest[] {
  return body.flatMap((block, i) =>
    block.kind === 'chart' ? [{ id: String(i), spec: block.chart, width: block.width, height: block.height }] : [],
  );
}

export async function renderReportDocx(
  input: ReportDocument,
  assets: ReportAssets,
  options: RenderDocxOptions = {},
): Promise<RenderedReport> {
  const model = xmlSafeDeep(input);
  const charts = await renderChartImages(
    chartRequests(model.body),
    reportChartStyle(model.branding, model.language),
    options.charts,
  );
  const { document, warnings, details } = composeReportDocument(model, assets, charts, options);
  const packed = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreXml(model) }]);
  const bytes = withoutStrayStyles(
    new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength),
    model.fixedDate ? new Date(model.fixedDate) : undefined,
  );
  return { bytes, warnings, details };
}

/**
 * The docx `Document` of a model whose charts are drawn: every paragraph, table and picture, not yet
 * zipped. Separate from `renderReportDocx` so the benchmark can time the docx Packer on the very same
 * document. `model` must already be XML-safe (`xmlSafeDeep`).
 */
export function composeReportDocument(
  model: ReportDocument,
  assets: ReportAssets,
  charts: Map<string, RenderedChart>,
  options: Pick<RenderDocxOptions, 'chartFailed'> = {},
): { document: Document; warnings: ReportRenderWarning[]; details: string[] } {
  const warnings = new Set<ReportRenderWarning>();
  const details: string[] = [];
  model.body.forEach((block, i) => {
    const rendered = charts.get(String(i));
    if (block.kind === 'chart' && rendered && !rendered.ok) {
      warnings.add('chart_failed');
      details.push(`Chart ${block.id} could not be drawn: ${rendered.error}`);
    }
  });

  const logo = prepareLogo(assets.logo, model.branding.logo);
  if (logo.problem) {
    warnings.add(logo.problem.code);
    details.push(logo.problem.detail);
  }

  const context: BlockContext = {
    charts,
    accentTint: tint(wordColour(model.branding.accent)),
    chartFailed: options.chartFailed ?? CHART_FAILED_FALLBACK,
    headings: model.body.flatMap((block, index) =>
      block.kind === 'heading' && block.level <= 2 ? [{ index, level: block.level as 1 | 2, text: block.text }] : [],
    ),
  };
  const body = model.body.flatMap((block, i) => docxBlock(block, i, context, model.body[i + 1]));

  const document = new Document({
    title: model.title,
    subject: model.subject,
    creator: authorOf(model),
    lastModifiedBy: authorOf(model),
    description: model.cover.subtitle,
    externalStyles: reportTableStylesXml(model.branding),
    styles: reportStyles(model.branding, model.language),
    sections: [
      { properties: { page }, ...coverHeaders(model), children: coverContent(model, logo.picture) },
      { properties: { page }, ...bodyHeaders(model), children: body.length ? body : [new Paragraph('')] },
    ],
  });
  return { document, warnings: [...warnings], details };
}

/** The document's author: the firm when its name is set, else the program that wrote it. */
function authorOf(model: ReportDocument): string {
  return model.branding.firmName.trim() || 'SX Workbench';
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The core properties with the report's language, which docx cannot write: Word's proofing and a screen
 * reader's voice follow `dc:language`.
 */
function coreXml(model: ReportDocument): string {
  const now = model.fixedDate
    ? new Date(model.fixedDate).toISOString().replace(/\.\d{3}Z$/, 'Z')
    : new Date().toISOString();
  const author = escapeXml(authorOf(model));
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(model.title)}</dc:title><dc:subject>${escapeXml(model.subject)}</dc:subject>` +
    `<dc:creator>${author}</dc:creator><dc:description>${escapeXml(model.cover.subtitle)}</dc:description>` +
    `<dc:language>${LANGUAGE_TAGS[model.language]}</dc:language>` +
    `<cp:lastModifiedBy>${author}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`
  );
}

/**
 * docx numbers bookmarks and drawings with counters that run on for the life of the process, so the second
 * document made in one session has other ids than the first. Numbered by first appearance instead, the same
 * model gives the same XML however many documents came before (a package must repeat byte for byte).
 */
function numberedFromOne(xml: string): string {
  const bookmarks = new Map<string, number>();
  const drawings = new Map<string, number>();
  return xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g, (_, head: string, id: string, tail: string) => {
      if (!bookmarks.has(id)) bookmarks.set(id, bookmarks.size + 1);
      return `${head}${bookmarks.get(id)}${tail}`;
    })
    .replace(/(<wp:docPr\b[^>]*?\bid=")(\d+)(")/g, (_, head: string, id: string, tail: string) => {
      if (!drawings.has(id)) drawings.set(id, drawings.size + 1);
      return `${head}${drawings.get(id)}${tail}`;
    });
}

/**
 * docx always writes a paragraph style named "Strong", which is Word's built-in character style: Word then
 * shows two "Strong" styles and may apply the wrong one. The report never uses it, so it is taken out of
 * word/styles.xml; the other parts are copied as they are (pictures stored, not compressed again). With a
 * fixed date every entry carries it and the ids are numbered from one, so the same model gives the same bytes.
 */
function withoutStrayStyles(docx: Uint8Array, fixedDate?: Date): Uint8Array {
  const files = unzipSync(docx);
  const styles = files['word/styles.xml'];
  if (!styles && !fixedDate) return docx;
  const xml = styles ? strFromU8(styles) : '';
  const cleaned = xml.replace(/<w:style w:type="paragraph" w:styleId="Strong">.*?<\/w:style>/s, '');
  if (cleaned === xml && !fixedDate) return docx;
  if (styles) files['word/styles.xml'] = strToU8(cleaned);
  const body = files['word/document.xml'];
  if (fixedDate && body) files['word/document.xml'] = strToU8(numberedFromOne(strFromU8(body)));
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([path, data]) => [
        path,
        [data, { level: path.startsWith('word/media/') ? 0 : 6, ...(fixedDate ? { mtime: fixedDate } : {}) }],
      ]),
    ),
  );
}
