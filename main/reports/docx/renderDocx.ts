import { Document, type ISectionOptions, Packer, PageOrientation, Paragraph } from 'docx';
import { reportChartStyle } from '../../../shared/reports/chartOption';
import type { ReportAssets, ReportBlock, ReportDocument } from '../../../shared/reports/model';
import { type ChartImageOptions, type ChartRequest, type RenderedChart, renderChartImages } from './chartImages';
import { type BlockContext, docxBlock } from './docxBlocks';
import { bodyHeaders, coverContent, coverHeaders } from './docxPages';
import { reportStyles, reportTableStylesXml, tint, wordColour } from './docxStyles';
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
  const bytes = await Packer.toBuffer(document);
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), warnings, details };
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
  };
  const body = model.body.flatMap((block, i) => docxBlock(block, i, context));

  const document = new Document({
    title: model.title,
    subject: model.subject,
    creator: model.branding.firmName,
    lastModifiedBy: model.branding.firmName,
    description: model.cover.subtitle,
    externalStyles: reportTableStylesXml(model.branding),
    styles: reportStyles(model.branding, model.language),
    // Word fills in the table of contents' page numbers (and the page count) when it opens the file.
    features: { updateFields: true },
    sections: [
      { properties: { page }, ...coverHeaders(model), children: coverContent(model, logo.picture) },
      { properties: { page }, ...bodyHeaders(model), children: body.length ? body : [new Paragraph('')] },
    ],
  });
  return { document, warnings: [...warnings], details };
}
