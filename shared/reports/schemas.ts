import { z } from 'zod';
import { jobInput } from '../jobs/schemas';
import { MinimumGroupSize, PoolFilters } from '../pool/schemas';
import { Id, Language } from '../domain/primitives';

/** The report API's inputs and results (operations `reports.build`, `reports.save`, `files.showInFolder`). */

export const REPORT_KINDS = ['management'] as const;

export const ReportRequest = z.object({
  assessmentId: Id,
  kind: z.enum(REPORT_KINDS).default('management'),
  /** The report's language, chosen per export, independent of the UI's. */
  language: Language,
  /** The benchmark comparison, as on the results screen; leave it out for a report without one. */
  benchmark: z
    .object({ filters: PoolFilters, k: MinimumGroupSize })
    .nullable()
    .default({ filters: { sector: [], size: [], country: [], from: null, to: null } }),
  ...jobInput,
});
export type ReportRequest = z.input<typeof ReportRequest>;

/** A report built in memory, for a download (the browser over the bridge). */
export interface BuiltReport {
  fileName: string;
  contentBase64: string;
  /** Size in bytes of the .docx. */
  size: number;
  /** Why something is absent from the document (an unreadable logo …), in the report's language. */
  warnings: string[];
}

/** A report written to a file the user chose in the Save dialog (the desktop app); `saved: false` on cancel. */
export type SavedReport =
  { saved: true; path: string; fileName: string; size: number; warnings: string[] } | { saved: false };

/** A report of a round that went out: which kind and in which language (operation `reports.recordExport`). */
export const ReportExportInput = z.object({
  assessmentId: Id,
  kind: z.enum(REPORT_KINDS).default('management'),
  language: Language,
});

export const ShowInFolderInput = z.object({ path: z.string().min(1).max(4096) });
