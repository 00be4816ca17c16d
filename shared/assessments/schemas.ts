import { z } from 'zod';
import type { FrameworkFile } from '../frameworks/schema';
import { RESPONDENT_ROLES } from '../domain/identifiers';
import { Id, WorkDate } from '../domain/primitives';

export const ASSESSMENT_MODES = ['workshop', 'survey'] as const;
export type AssessmentMode = (typeof ASSESSMENT_MODES)[number];
export const ASSESSMENT_STATUSES = ['draft', 'open', 'finalized'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const AssessmentMode = z.enum(ASSESSMENT_MODES);
export const RespondentRole = z.enum(RESPONDENT_ROLES);

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : (v ?? null));

export const AssessmentInput = z.object({
  engagementId: Id,
  mode: AssessmentMode,
  /** "Baseline", "Follow-up 2027" … defaults to baseline for the first round, follow-up after. */
  round: z.string().trim().min(1).max(100).optional(),
  heldOn: z.preprocess(blankToNull, WorkDate.nullable()).optional(),
  frameworkId: Id.default('sx-default'),
  frameworkVersion: z.string().trim().min(1).max(32).optional(),
  /** Language of the default round label ("Nulmeting" / "Baseline"); the OS language when absent. */
  language: z.enum(['nl', 'en']).optional(),
});
export type AssessmentInput = z.input<typeof AssessmentInput>;

export const AssessmentUpdate = z.object({
  id: Id,
  round: z.string().trim().min(1).max(100),
  heldOn: z.preprocess(blankToNull, WorkDate.nullable()),
});

/** A respondent's code is what appears in tables and heatmaps; names stay out of shared views. */
export const RespondentCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[^\s,;"]+( [^\s,;"]+)*$/, 'respondent_code')
  // A code starting like a formula would run in the spreadsheet a client's analyst opens the results in.
  .refine((code) => !/^[=+\-@]/.test(code), 'respondent_code');

export const RespondentInput = z.object({
  assessmentId: Id,
  code: RespondentCode,
  role: RespondentRole,
  name: z.preprocess(blankToNull, z.string().trim().max(200).nullable()).optional(),
});

/**
 * One keystroke of the workshop screen: a score 1–5, not applicable, or cleared (both empty), with an
 * optional note. `comment` undefined leaves the note as it is.
 */
export const AnswerInput = z
  .object({
    assessmentId: Id,
    respondentId: Id,
    questionId: z.string().min(1).max(64),
    score: z.number().int().min(1).max(5).nullable(),
    notApplicable: z.boolean().default(false),
    /** A blank note is stored as none (the service trims); undefined leaves the note unchanged. */
    comment: z.string().max(2000).nullable().optional(),
  })
  .refine((a) => !(a.score !== null && a.notApplicable), { path: ['notApplicable'], message: 'score_and_na' });

export const ShiftValue = z.number().min(0).max(10).nullable();
export const ShiftPositionsInput = z.object({
  assessmentId: Id,
  positions: z.record(z.string().min(1).max(16), z.object({ now: ShiftValue, desired: ShiftValue })),
});

export interface Assessment {
  id: string;
  engagementId: string;
  frameworkId: string;
  frameworkVersion: string;
  round: string;
  mode: AssessmentMode;
  status: AssessmentStatus;
  heldOn: string | null;
  createdAt: string;
  updatedAt: string;
  finalizedAt: string | null;
}

export interface AssessmentSummary extends Assessment {
  respondentCount: number;
  /** Questions with a score or n/a, over respondents × questions. */
  answeredCount: number;
  questionCount: number;
}

export interface Respondent {
  id: string;
  assessmentId: string;
  code: string;
  role: z.output<typeof RespondentRole>;
  name: string | null;
}

export interface Answer {
  respondentId: string;
  questionId: string;
  score: number | null;
  notApplicable: boolean;
  comment: string | null;
  updatedAt: string;
}

/** Everything a scoring screen needs in one call: the round, its exact framework, who answered what. */
export interface AssessmentWorkspace {
  assessment: Assessment;
  engagement: { id: string; title: string; clientId: string; clientName: string };
  framework: FrameworkFile;
  respondents: Respondent[];
  answers: Answer[];
  shifts: { id: string; now: number | null; desired: number | null }[];
}

export type { FileProblem } from '../files/fileProblem';

export interface ResponsesImportReport {
  added: number;
  replaced: number;
  answers: number;
  notApplicable: number;
  skipped: number;
}
