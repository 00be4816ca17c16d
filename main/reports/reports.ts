import { basename, dirname } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { Comparison, PoolFilters } from '../../shared/pool/schemas';
import type { RespondentRole } from '../../shared/domain/identifiers';
import { translator } from '../../shared/i18n';
import type { BuiltReport, ReportRequest, SavedReport } from '../../shared/reports/schemas';
import { calendarDate } from '../../shared/domain/calendar';
import {
  buildManagementReport,
  type ManagementReportInput,
  managementReportFileName,
} from '../../shared/reports/management';
import type { ReportAssets, ReportDocument } from '../../shared/reports/model';
import * as repo from '../assessments/repository';
import type { RenderDocxOptions } from './docx/renderDocx';
import { type JobControl, NO_JOB } from '../jobs/control';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { requireAssessment } from '../assessments/assessments';
import { documentBranding, reportBranding } from '../settings/branding';
import type { ServiceContext } from '../api/context';
import { getEngagement } from '../clients/engagements';
import { getFramework } from '../frameworks/frameworks';
import { compare } from '../pool/compare';
import { minimumGroupSize } from '../pool/minimumGroupSize';
import { assessmentResults } from '../results/results';
import { getRoadmap } from '../roadmap/roadmap';
import { invitedOf, notesOf } from './notesRepository';

type Request = z.output<typeof ReportRequest>;

export interface RenderedReport {
  fileName: string;
  bytes: Uint8Array;
  warnings: string[];
  model: ReportDocument;
}

/** What a report is made from, read once: the builder's input and the logo's bytes. */
export interface PreparedReport {
  input: ManagementReportInput;
  assets: ReportAssets;
}

/** Everything the report builder needs, read in one go from the store. */
export function prepareReport(ctx: ServiceContext, request: Request): PreparedReport {
  const assessment = requireAssessment(ctx, request.assessmentId);
  const engagement = getEngagement(ctx, assessment.engagementId);
  const framework = getFramework(ctx, assessment.frameworkId, assessment.frameworkVersion);
  const results = assessmentResults(ctx, assessment.id);

  const answered = repo.answeringRespondentIds(ctx.db, assessment.id);
  const respondentsByRole: Partial<Record<RespondentRole, number>> = {};
  for (const r of repo.respondentsOf(ctx.db, assessment.id)) {
    if (answered.has(r.id)) respondentsByRole[r.role] = (respondentsByRole[r.role] ?? 0) + 1;
  }

  let benchmark: ManagementReportInput['benchmark'] = { reason: 'notRequested' };
  if (request.benchmark) {
    const k = minimumGroupSize(ctx, request.benchmark.k, 'benchmark.k');
    const compareWith = (filters: PoolFilters): Comparison =>
      compare(ctx, { assessmentId: assessment.id, framework: assessment.frameworkId, filters, k });
    const comparison = compareWith(request.benchmark.filters);
    // Below k the report says only "fewer than k", of the group or, when even it is, of the whole pool.
    const poolBelowK =
      comparison.suppressed && compareWith({ sector: [], size: [], country: [], from: null, to: null }).suppressed;
    benchmark = poolBelowK ? { reason: 'poolBelowK', k } : { comparison };
  }

  const branding = reportBranding(ctx);
  const brand = documentBranding(branding);
  const warnings: ManagementReportInput['warnings'] = [];
  if (branding.logoProblem === 'corrupt') warnings.push('logo_unreadable');
  if (branding.logoProblem === 'unsupported_type') warnings.push('logo_unsupported_type');

  const input: ManagementReportInput = {
    language: request.language,
    generatedOn: calendarDate(ctx.now()),
    framework,
    results,
    assessment,
    engagement: { title: engagement.title, clientName: engagement.clientName, lead: engagement.lead },
    respondentsByRole,
    invitedByRole: invitedOf(ctx, assessment.id),
    notes: notesOf(ctx, assessment.id, request.language),
    benchmark,
    roadmap: roadmapOf(ctx, engagement.id),
    branding: brand.branding,
    warnings,
  };
  return { input, assets: brand.assets };
}

/** The engagement's roadmap for the report's short section; none while it holds no initiative. */
function roadmapOf(ctx: ServiceContext, engagementId: string): ManagementReportInput['roadmap'] {
  const roadmap = getRoadmap(ctx, engagementId);
  return roadmap.initiatives.length > 0 ? roadmap : null;
}

/** Builds and renders a report in memory, on this thread. */
export function renderReport(
  ctx: ServiceContext,
  prepared: PreparedReport,
  options: Pick<RenderDocxOptions, 'charts'> = {},
): Promise<RenderedReport> {
  return renderPreparedReport(prepared, options, ctx.log);
}

/**
 * Renders in a job worker where the context has a job host (the desktop app, `sxw serve`): drawing charts
 * and zipping the document takes the thread for a second or more, and the first report loads the chart
 * libraries. A cancel before the document is written discards it.
 */
async function renderForJob(ctx: ServiceContext, prepared: PreparedReport, job: JobControl): Promise<RenderedReport> {
  job.check();
  job.progress('rendering', 0, null);
  const report = ctx.jobs ? await ctx.jobs.renderReport(prepared, job) : await renderReport(ctx, prepared);
  job.check();
  return report;
}

/** The report of what was read for it: needs no database, so a worker thread can run it. */
export async function renderPreparedReport(
  { input, assets }: PreparedReport,
  options: Pick<RenderDocxOptions, 'charts'>,
  log: ServiceContext['log'],
): Promise<RenderedReport> {
  const model = buildManagementReport(input);
  const t = translator(model.language);
  // docx, ECharts and resvg are loaded with the first report, not with every service that imports this one.
  const { renderReportDocx } = await import('./docx/renderDocx');
  const rendered = await renderReportDocx(model, assets, {
    chartFailed: t('report.absent.chartFailed'),
    ...(options.charts ? { charts: options.charts } : {}),
  });
  if (rendered.details.length > 0) log('warn', 'Report rendered with omissions', rendered.details);
  return {
    fileName: managementReportFileName(input),
    bytes: rendered.bytes,
    warnings: [...model.warnings, ...rendered.warnings.map((code) => t(`report.warnings.${code}`))],
    model,
  };
}

/** For a download: the document as base64. */
export async function buildReport(
  ctx: ServiceContext,
  request: Request,
  job: JobControl = NO_JOB,
): Promise<BuiltReport> {
  const report = await renderForJob(ctx, prepareReport(ctx, request), job);
  return {
    fileName: report.fileName,
    contentBase64: Buffer.from(report.bytes).toString('base64'),
    size: report.bytes.byteLength,
    warnings: report.warnings,
  };
}

/**
 * For the desktop app: the Save dialog first (with the suggested name), then the document is rendered and
 * written through a temporary file, so a failure never leaves half a document under the chosen name.
 */
export async function saveReport(
  ctx: ServiceContext,
  request: Request,
  job: JobControl = NO_JOB,
): Promise<SavedReport> {
  const desktop = ctx.desktop;
  if (!desktop)
    throw new AppError('unavailable', 'Saving to a chosen file needs the desktop app; download the report instead.');
  const prepared = prepareReport(ctx, request);
  const suggested = managementReportFileName(prepared.input);
  const path = await desktop.chooseSavePath(suggested, { name: 'Word', extensions: ['docx'] });
  if (path === null) return { saved: false };
  const report = await renderForJob(ctx, prepared, job);
  job.progress('saving', 0, null);
  await writeFileAtomically(path, report.bytes);
  ctx.log('info', 'Report saved', { folder: dirname(path) });
  return { saved: true, path, fileName: basename(path), size: report.bytes.byteLength, warnings: report.warnings };
}

export function showInFolder(ctx: ServiceContext, path: string): { shown: boolean } {
  if (!ctx.desktop) throw new AppError('unavailable', 'Showing a file in its folder needs the desktop app.');
  return { shown: ctx.desktop.showInFolder(path) };
}
