import type { z } from 'zod';
import type { ReportExportInput } from '../../shared/reports/schemas';
import { stmt } from '../db/statements';
import { auditDetails, auditSubject } from '../api/writeScope';
import type { ServiceContext } from '../api/context';
import { requireAssessment } from '../assessments/assessments';

/**
 * Notes that a report of a round went out (downloaded in the browser, saved by the desktop app, written by
 * `sxw report`), so Home stops asking for it. Called once the file exists, not when the document was built:
 * a build that was never saved is not an export.
 */
export function recordReportExport(
  ctx: ServiceContext,
  input: z.output<typeof ReportExportInput>,
): { exportedAt: string } {
  const assessment = requireAssessment(ctx, input.assessmentId);
  const exportedAt = ctx.now().toISOString();
  stmt(
    ctx.db,
    `INSERT INTO report_exports (assessment_id, kind, language, exported_at)
     VALUES (@assessmentId, @kind, @language, @exportedAt)`,
  ).run({ ...input, exportedAt });
  auditSubject(ctx.db, assessment.id);
  auditDetails(ctx.db, { kind: input.kind, language: input.language, status: assessment.status });
  return { exportedAt };
}
