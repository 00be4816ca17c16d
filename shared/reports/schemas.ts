import { z } from 'zod';
import { jobInput } from '../jobs/schemas';
import { MinimumGroupSize, PoolFilters } from '../pool/schemas';
import { Id, Language } from '../domain/primitives';
import type { RespondentRole } from '../domain/identifiers';

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

/**
 * The longest key messages and recommendations a round keeps, per language: a summary page and a half, not a
 * second report. Longer text is refused on its field, nothing saved.
 */
export const NOTES_MAX_CHARS = 4000;

/** How many of a role were invited: at least one, and never fewer than the respondents of that role imported. */
const Invited = z.number().int().min(1, 'at_least_one').max(100_000).nullable();

/** The consultant's layer of a round in one report language, and the invited counts (`reports.saveNotes`). */
export const RoundNotesInput = z.object({
  assessmentId: Id,
  language: Language,
  /** Paragraphs separated by a blank line; a line starting with "- ", "* " or "• " is a bullet. */
  keyMessages: z.string().max(NOTES_MAX_CHARS),
  recommendations: z.string().max(NOTES_MAX_CHARS),
  /** Per role; null or left out: not known (the report gives no response rate for it). */
  invited: z.object({
    management: Invited.optional(),
    staff: Invited.optional(),
    frontline: Invited.optional(),
    customer: Invited.optional(),
    other: Invited.optional(),
  }),
});
export type RoundNotesInput = z.input<typeof RoundNotesInput>;

export interface NotesText {
  keyMessages: string;
  recommendations: string;
}

/** What `reports.notes` answers: what was saved, what the numbers suggest, and who was asked. */
export interface RoundNotes {
  assessmentId: string;
  notes: Record<'nl' | 'en', (NotesText & { updatedAt: string }) | null>;
  /** Drafts from the round's results, in each language (shared/reports/management/suggestions.ts). */
  suggestions: Record<'nl' | 'en', NotesText>;
  invited: Partial<Record<RespondentRole, number>>;
  /** Respondents imported or entered per role: the least an invited count may be. */
  respondents: Partial<Record<RespondentRole, number>>;
}
