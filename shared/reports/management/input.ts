import type { Comparison } from '../../pool/schemas';
import type { Assessment } from '../../assessments/schemas';
import type { ResultsWithHistory } from '../../results/schemas';
import type { Language, RespondentRole } from '../../domain/identifiers';
import type { FrameworkFile } from '../../frameworks/schema';
import type { Roadmap } from '../../roadmap/schemas';
import type { ReportBranding } from '../model';
import type { NotesText } from '../schemas';

/**
 * Why a report has no benchmark comparison; the section says so instead of drawing an empty chart. A
 * comparison group below k travels as its suppressed comparison (no n); `poolBelowK` says that even the
 * whole pool of the framework has fewer than k — never how many (docs/anonymity.md).
 */
export type BenchmarkAbsence = { reason: 'notRequested' } | { reason: 'poolBelowK'; k: number };

/** Everything the management report is made of; gathered by `main/reports/reports.ts`. */
export interface ManagementReportInput {
  language: Language;
  /** `YYYY-MM-DD`: the report date on the cover and in the file name. */
  generatedOn: string;
  framework: FrameworkFile;
  results: ResultsWithHistory;
  assessment: Pick<Assessment, 'round' | 'mode' | 'status' | 'heldOn'>;
  engagement: { title: string; clientName: string; lead: string | null };
  respondentsByRole: Partial<Record<RespondentRole, number>>;
  /** How many the consultant invited per role, where entered: the method section gives the response rate. */
  invitedByRole?: Partial<Record<RespondentRole, number>>;
  /** The consultant's key messages and recommendations in the report's language: they open the summary. */
  notes?: NotesText | null;
  benchmark: { comparison: Comparison } | BenchmarkAbsence;
  branding: ReportBranding;
  /** The engagement's roadmap, when it has one: the report gains a short section on it. */
  roadmap?: Roadmap | null;
  /** Warning codes found while gathering (e.g. an unreadable logo); translated into the report's language. */
  warnings: ('logo_unreadable' | 'logo_unsupported_type')[];
}
