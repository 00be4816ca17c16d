import type { z } from 'zod';
import type { Language } from '../../shared/domain/identifiers';
import type { SchemeFile } from '../../shared/dossier/scheme';
import type { Dossier, DossierExport, DossierExportRequest, EvidenceFileState } from '../../shared/dossier/schemas';
import { translator } from '../../shared/i18n';
import type { ReportAssets } from '../../shared/reports/model';
import { buildDossierReport, type DossierReportInput, dossierFileName } from '../../shared/reports/dossier';
import type { ServiceContext } from '../api/context';
import { getEngagement } from '../clients/engagements';
import type { ChartImageOptions } from '../reports/docx/chartImages';
import { documentBranding, reportBranding } from '../settings/branding';
import { getDossier, schemeOf } from './dossier';

/** What a dossier export is made of, read once from the store. */
export interface PreparedDossier {
  input: DossierReportInput;
  assets: ReportAssets;
  dossier: Dossier;
  scheme: SchemeFile;
}

export function prepareDossier(
  ctx: ServiceContext,
  engagementId: string,
  language: Language,
  states?: ReadonlyMap<string, EvidenceFileState>,
): PreparedDossier {
  const engagement = getEngagement(ctx, engagementId);
  const dossier = getDossier(ctx, engagementId, { language, ...(states ? { states } : {}) });
  const scheme = schemeOf(ctx, engagementId);
  const branding = reportBranding(ctx);
  const brand = documentBranding(branding);
  const warnings: DossierReportInput['warnings'] = [];
  if (branding.logoProblem === 'corrupt') warnings.push('logo_unreadable');
  if (branding.logoProblem === 'unsupported_type') warnings.push('logo_unsupported_type');
  return {
    dossier,
    scheme,
    input: {
      language,
      // The last change, not the moment of export: the same dossier makes the same document.
      changedAt: dossier.updatedAt ?? ctx.now().toISOString(),
      scheme,
      dossier,
      engagement: { title: engagement.title, clientName: engagement.clientName, lead: engagement.lead },
      branding: brand.branding,
      warnings,
    },
    assets: brand.assets,
  };
}

export interface RenderedDossier {
  fileName: string;
  bytes: Uint8Array;
  warnings: string[];
}

/** The Word dossier, rendered by the management report's renderer (charts drawn like the report's). */
export async function renderDossierDocx(
  ctx: ServiceContext,
  { input, assets }: Pick<PreparedDossier, 'input' | 'assets'>,
  charts: ChartImageOptions = {},
): Promise<RenderedDossier> {
  const model = buildDossierReport(input);
  const t = translator(input.language);
  const { renderReportDocx } = await import('../reports/docx/renderDocx');
  const rendered = await renderReportDocx(model, assets, { chartFailed: t('report.absent.chartFailed'), charts });
  if (rendered.details.length > 0) ctx.log('warn', 'Dossier rendered with omissions', rendered.details);
  return {
    fileName: dossierFileName(input, 'docx'),
    bytes: rendered.bytes,
    warnings: [...model.warnings, ...rendered.warnings.map((code) => t(`report.warnings.${code}`))],
  };
}

export async function exportDossier(
  ctx: ServiceContext,
  request: z.output<typeof DossierExportRequest>,
): Promise<DossierExport> {
  const rendered = await renderDossierDocx(ctx, prepareDossier(ctx, request.engagementId, request.language));
  return {
    fileName: rendered.fileName,
    contentBase64: Buffer.from(rendered.bytes).toString('base64'),
    size: rendered.bytes.byteLength,
    warnings: rendered.warnings,
  };
}
