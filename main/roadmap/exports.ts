import { basename, dirname } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import { calendarDate } from '../../shared/domain/calendar';
import { translator } from '../../shared/i18n';
import type { ReportAssets } from '../../shared/reports/model';
import { buildRoadmapReport, type RoadmapReportInput, roadmapFileName } from '../../shared/reports/roadmap';
import type { RoadmapExport, RoadmapExportRequest, SavedRoadmapExport } from '../../shared/roadmap/schemas';
import type { ServiceContext } from '../api/context';
import { writeFileAtomically } from '../files/writeFileAtomically';
import type { ChartImageOptions } from '../reports/docx/chartImages';
import { documentBranding, reportBranding } from '../settings/branding';
import { roadmapBasis } from './basis';
import { getRoadmap } from './roadmap';

type Request = z.output<typeof RoadmapExportRequest>;

/** What an export is made from, read once from the store. */
export interface PreparedRoadmap {
  input: RoadmapReportInput;
  assets: ReportAssets;
}

export function prepareRoadmap(
  ctx: ServiceContext,
  request: Pick<Request, 'engagementId' | 'language'>,
): PreparedRoadmap {
  const basis = roadmapBasis(ctx, request.engagementId);
  const roadmap = getRoadmap(ctx, request.engagementId, basis);
  const branding = reportBranding(ctx);
  const brand = documentBranding(branding);
  const warnings: RoadmapReportInput['warnings'] = [];
  if (branding.logoProblem === 'corrupt') warnings.push('logo_unreadable');
  if (branding.logoProblem === 'unsupported_type') warnings.push('logo_unsupported_type');
  const { engagement } = basis;
  return {
    input: {
      language: request.language,
      generatedOn: calendarDate(ctx.now()),
      framework: basis.framework,
      roadmap,
      engagement: { title: engagement.title, clientName: engagement.clientName, lead: engagement.lead },
      branding: brand.branding,
      warnings,
    },
    assets: brand.assets,
  };
}

export interface RenderedRoadmap {
  fileName: string;
  bytes: Uint8Array;
  warnings: string[];
}

/** The Word document, rendered by the management report's renderer (charts drawn like the report's). */
export async function renderRoadmapDocx(
  ctx: ServiceContext,
  { input, assets }: PreparedRoadmap,
  charts: ChartImageOptions = {},
): Promise<RenderedRoadmap> {
  const model = buildRoadmapReport(input);
  const t = translator(input.language);
  // docx, ECharts and resvg load with the first export, not with every service that imports this one.
  const { renderReportDocx } = await import('../reports/docx/renderDocx');
  const rendered = await renderReportDocx(model, assets, { chartFailed: t('report.absent.chartFailed'), charts });
  if (rendered.details.length > 0) ctx.log('warn', 'Roadmap rendered with omissions', rendered.details);
  return {
    fileName: roadmapFileName(input, 'docx'),
    bytes: rendered.bytes,
    warnings: [...model.warnings, ...rendered.warnings.map((code) => t(`report.warnings.${code}`))],
  };
}

/** The Excel workbook (write-excel-file, loaded on first use). */
export async function renderRoadmapXlsx({ input }: PreparedRoadmap): Promise<RenderedRoadmap> {
  const [{ default: writeXlsxFile }, { roadmapWorkbook }] = await Promise.all([
    import('write-excel-file/node'),
    import('./workbook'),
  ]);
  const sheets = roadmapWorkbook(input.roadmap, input.framework, input.language);
  const buffer = await writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0], {
    fontFamily: 'Calibri',
    fontSize: 11,
  }).toBuffer();
  return {
    fileName: roadmapFileName(input, 'xlsx'),
    bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    warnings: [],
  };
}

function render(ctx: ServiceContext, prepared: PreparedRoadmap, format: Request['format']): Promise<RenderedRoadmap> {
  return format === 'docx' ? renderRoadmapDocx(ctx, prepared) : renderRoadmapXlsx(prepared);
}

/** For a download: the file as base64. */
export async function exportRoadmap(ctx: ServiceContext, request: Request): Promise<RoadmapExport> {
  const rendered = await render(ctx, prepareRoadmap(ctx, request), request.format);
  return {
    fileName: rendered.fileName,
    contentBase64: Buffer.from(rendered.bytes).toString('base64'),
    size: rendered.bytes.byteLength,
    warnings: rendered.warnings,
  };
}

const FILTERS = {
  docx: { name: 'Word', extensions: ['docx'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
} as const;

/**
 * For the desktop app: the Save dialog first, then the file rendered and written through a temporary file
 * beside it, so a locked or read-only target is reported and left as it was.
 */
export async function saveRoadmap(ctx: ServiceContext, request: Request): Promise<SavedRoadmapExport> {
  const desktop = ctx.desktop;
  if (!desktop) {
    throw new AppError('unavailable', 'Saving to a chosen file needs the desktop app; download the roadmap instead.');
  }
  const prepared = prepareRoadmap(ctx, request);
  const path = await desktop.chooseSavePath(roadmapFileName(prepared.input, request.format), {
    ...FILTERS[request.format],
    extensions: [...FILTERS[request.format].extensions],
  });
  if (path === null) return { saved: false };
  const rendered = await render(ctx, prepared, request.format);
  await writeFileAtomically(path, rendered.bytes);
  ctx.log('info', 'Roadmap saved', { folder: dirname(path), format: request.format });
  return { saved: true, path, fileName: basename(path), size: rendered.bytes.byteLength, warnings: rendered.warnings };
}
