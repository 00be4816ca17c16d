import type { z } from 'zod';
import type { ComparisonExportInput, PoolWorkbook } from '../../shared/pool/schemas';
import type { ServiceContext } from '../api/context';
import { requireAssessment } from '../assessments/assessments';
import { getFramework } from '../frameworks/frameworks';
import { getSettings } from '../settings/settings';
import { compare } from './compare';
import { comparisonWorkbook } from './workbooks';
import { xlsxBase64 } from './xlsx';

/**
 * The comparison of a round (or given scores) with its group as an Excel workbook: the same figures
 * `pool.compare` gives the screen, so the suppression below k is the screen's (docs/anonymity.md).
 */
export async function exportComparison(
  ctx: ServiceContext,
  input: z.output<typeof ComparisonExportInput>,
): Promise<PoolWorkbook> {
  const language = input.language ?? getSettings(ctx).effectiveLanguage;
  const comparison = compare(ctx, input);
  const assessment = input.assessmentId ? requireAssessment(ctx, input.assessmentId) : null;
  // The names of the round's own framework version; for given scores, the newest version of the framework.
  const framework = getFramework(ctx, comparison.framework, assessment?.frameworkVersion);
  const names = new Map(framework.blocks.map((b) => [b.id, b.name[language]]));
  const sheets = comparisonWorkbook(comparison, names, language);
  const stem = assessment ? assessment.round.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') : 'scores';
  return { fileName: `benchmark-comparison-${stem || 'round'}.xlsx`, contentBase64: await xlsxBase64(sheets) };
}
