import { z } from 'zod';
import type { ChangeDirection } from '../results/change';
import { Id, IsoDate, Language, optionalText } from '../domain/primitives';
import { type Quarter, QuarterSchema } from './quarter';

/**
 * The roadmap's API inputs and results (docs/roadmap.md "The model"). A roadmap belongs to an engagement:
 * a horizon of quarters, targets per building block, and initiatives that close the gaps the diagnosis
 * found. Ids of blocks, elements and shifts are the framework's; the services check them against the
 * framework of the engagement's rounds.
 */

export const INITIATIVE_STATUSES = ['idea', 'planned', 'in-progress', 'done', 'on-hold', 'dropped'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export const InitiativeStatusSchema = z.enum(INITIATIVE_STATUSES);

/** A horizon shorter than a year says little; longer than five years is no longer a roadmap. */
export const MIN_HORIZON = 2;
export const MAX_HORIZON = 20;
export const DEFAULT_HORIZON = 8;

const FrameworkRef = z.string().trim().min(1).max(64);
const Rating = z.number().int().min(1).max(5);
const Score = z.number().min(1).max(5);
const Title = z.string().trim().min(1).max(200);
const Person = optionalText(200);
const ContactRef = z.preprocess((v) => (v === '' ? null : v), Id.nullable());

export const KpiInput = z.object({
  name: z.string().trim().min(1).max(200),
  unit: optionalText(40),
  baseline: z.number().finite().nullable().default(null),
  target: z.number().finite().nullable().default(null),
});

export const MilestoneInput = z.object({
  title: Title,
  due: IsoDate,
  done: z.boolean().default(false),
});

/** Every field an initiative has that a consultant sets; the create and update inputs are made from it. */
const initiativeFields = {
  title: Title,
  description: optionalText(5000),
  blocks: z.array(FrameworkRef).min(1).max(20),
  elements: z.array(FrameworkRef).max(60),
  shifts: z.array(FrameworkRef).max(20),
  /** The round the initiative starts from; the latest finalized round when left out. */
  baselineAssessmentId: Id.nullable(),
  /** The score the first block should reach; the roadmap's target for that block when left out. */
  gapTarget: Score.nullable(),
  ownerContactId: ContactRef,
  ownerName: Person,
  sponsorContactId: ContactRef,
  sponsorName: Person,
  start: QuarterSchema,
  end: QuarterSchema,
  status: InitiativeStatusSchema,
  impact: Rating,
  effort: Rating,
  /** A place in the priority order chosen by the consultant (1 = first); null follows the computed score. */
  rank: z.number().int().min(1).max(999).nullable(),
  kpi: KpiInput.nullable(),
  milestones: z.array(MilestoneInput).max(50),
  dependsOn: z.array(Id).max(50),
  progress: z.number().int().min(0).max(100),
  notes: optionalText(5000),
};

const endNotBeforeStart = (i: { start?: Quarter | undefined; end?: Quarter | undefined }) =>
  i.start === undefined || i.end === undefined || i.end >= i.start;
const endIssue = { path: ['end'], message: 'ends_before_start' };

export const InitiativeInput = z
  .object({
    engagementId: Id,
    ...initiativeFields,
    elements: initiativeFields.elements.default([]),
    shifts: initiativeFields.shifts.default([]),
    baselineAssessmentId: initiativeFields.baselineAssessmentId.optional(),
    gapTarget: initiativeFields.gapTarget.optional(),
    ownerContactId: initiativeFields.ownerContactId.default(null),
    sponsorContactId: initiativeFields.sponsorContactId.default(null),
    status: initiativeFields.status.default('planned'),
    impact: initiativeFields.impact.default(3),
    effort: initiativeFields.effort.default(3),
    rank: initiativeFields.rank.default(null),
    kpi: initiativeFields.kpi.default(null),
    milestones: initiativeFields.milestones.default([]),
    dependsOn: initiativeFields.dependsOn.default([]),
    progress: initiativeFields.progress.default(0),
    /** The suggestion it was accepted from, so that suggestion is no longer offered. */
    fromSuggestion: z.string().trim().min(1).max(120).nullable().default(null),
  })
  .refine(endNotBeforeStart, endIssue);
export type InitiativeInput = z.input<typeof InitiativeInput>;

/** Only the fields given change; the rules are checked on the initiative as it will be. */
export const InitiativeUpdate = z
  .object({
    id: Id,
    title: initiativeFields.title.optional(),
    description: initiativeFields.description.optional(),
    blocks: initiativeFields.blocks.optional(),
    elements: initiativeFields.elements.optional(),
    shifts: initiativeFields.shifts.optional(),
    gapTarget: initiativeFields.gapTarget.optional(),
    ownerContactId: initiativeFields.ownerContactId.optional(),
    ownerName: initiativeFields.ownerName.optional(),
    sponsorContactId: initiativeFields.sponsorContactId.optional(),
    sponsorName: initiativeFields.sponsorName.optional(),
    start: initiativeFields.start.optional(),
    end: initiativeFields.end.optional(),
    status: initiativeFields.status.optional(),
    impact: initiativeFields.impact.optional(),
    effort: initiativeFields.effort.optional(),
    rank: initiativeFields.rank.optional(),
    kpi: initiativeFields.kpi.optional(),
    milestones: initiativeFields.milestones.optional(),
    dependsOn: initiativeFields.dependsOn.optional(),
    progress: initiativeFields.progress.optional(),
    notes: initiativeFields.notes.optional(),
  })
  .refine(endNotBeforeStart, endIssue);
export type InitiativeUpdate = z.input<typeof InitiativeUpdate>;

export const HorizonInput = z.object({
  engagementId: Id,
  first: QuarterSchema,
  quarters: z.number().int().min(MIN_HORIZON).max(MAX_HORIZON),
});

export const TargetInput = z.object({
  engagementId: Id,
  block: FrameworkRef,
  target: Score,
  by: QuarterSchema,
});

export const SuggestionRequest = z.object({
  assessmentId: Id,
  language: Language,
});

export const SuggestionKeyInput = z.object({
  engagementId: Id,
  key: z.string().trim().min(1).max(120),
});

export const AcceptSuggestionInput = z.object({
  assessmentId: Id,
  key: z.string().trim().min(1).max(120),
  language: Language,
});

export const ROADMAP_EXPORT_FORMATS = ['docx', 'xlsx'] as const;
export type RoadmapExportFormat = (typeof ROADMAP_EXPORT_FORMATS)[number];

export const RoadmapExportRequest = z.object({
  engagementId: Id,
  format: z.enum(ROADMAP_EXPORT_FORMATS),
  language: Language,
});
export type RoadmapExportRequest = z.input<typeof RoadmapExportRequest>;

// ---- Results ----

export interface PersonRef {
  contactId: string | null;
  name: string;
}

export interface Milestone {
  id: string;
  title: string;
  due: string;
  done: boolean;
}

export interface Kpi {
  name: string;
  unit: string | null;
  baseline: number | null;
  target: number | null;
}

export interface HistoryEntry {
  at: string;
  field: 'created' | 'status' | 'start' | 'end';
  from: string | null;
  to: string | null;
}

export interface RoundRef {
  assessmentId: string;
  round: string;
  heldOn: string | null;
}

/**
 * A block an initiative addresses, followed across rounds: its score in the round the initiative started
 * from, in the latest finalized round, and the target; `change` by the noise rule of the results screen.
 */
export interface BlockMovement {
  block: string;
  start: (RoundRef & { score: number | null }) | null;
  now: (RoundRef & { score: number | null }) | null;
  target: number | null;
  delta: number | null;
  change: ChangeDirection | null;
  /** Whether the latest score reaches the target; null without a target or a score. */
  met: boolean | null;
}

export type Quadrant = 'quickWin' | 'bigBet' | 'fillIn' | 'reconsider';

export interface Initiative {
  id: string;
  engagementId: string;
  title: string;
  description: string | null;
  blocks: string[];
  elements: string[];
  shifts: string[];
  /** The gap it starts from: the first block's score in the baseline round, and the score to reach. */
  gap: {
    assessmentId: string;
    round: string | null;
    block: string;
    score: number | null;
    target: number | null;
  } | null;
  owner: PersonRef | null;
  sponsor: PersonRef | null;
  start: Quarter;
  end: Quarter;
  status: InitiativeStatus;
  impact: number;
  effort: number;
  rank: number | null;
  /** Place in the priority order (1 = first), after ranks chosen by the consultant. */
  priority: number;
  /** The computed score the order follows where no rank is chosen (docs/roadmap.md "Priority"). */
  priorityScore: number;
  quadrant: Quadrant;
  kpi: Kpi | null;
  milestones: Milestone[];
  dependsOn: string[];
  progress: number;
  notes: string | null;
  fromSuggestion: string | null;
  history: HistoryEntry[];
  createdAt: string;
  updatedAt: string;
  /** Rule findings that are warnings, not refusals. */
  flags: { outsideHorizon: boolean; startsBeforeDependencyEnds: string[] };
  movement: BlockMovement[];
}

export interface BlockTarget {
  block: string;
  /** The score when the target was set (the latest finalized round then), if there was one. */
  from: number | null;
  fromRound: RoundRef | null;
  target: number;
  by: Quarter;
  /** The latest finalized round's score. */
  now: number | null;
  met: boolean | null;
}

export interface Roadmap {
  engagementId: string;
  framework: { id: string; version: string };
  horizon: { first: Quarter; quarters: number; last: Quarter; saved: boolean };
  /** The quarter and calendar date of today, for the timeline's today line. */
  today: { date: string; quarter: Quarter };
  /** The engagement's latest finalized round on the roadmap's framework, which suggestions start from. */
  latestRound: RoundRef | null;
  targets: BlockTarget[];
  /** In priority order. */
  initiatives: Initiative[];
  /** Suggestion keys the consultant dismissed (restorable). */
  dismissed: string[];
}

export interface SuggestionEvidence {
  block: string;
  score: number;
  /** The lowest scored block (`tied` when another block scores the same). */
  lowest: boolean;
  lowestTied: boolean;
  /** The block's median in the benchmark group, when the group is large enough. */
  median: number | null;
  /** The element the suggestion is for; `weakest` when no element of the block scores lower. */
  element: { id: string; score: number; weakest: boolean } | null;
  /** Management minus staff and frontline, when both groups may be shown and the gap is large. */
  perceptionGap: number | null;
  /** The pyramid level not yet reached that this block's questions evidence. */
  pyramidLevel: string | null;
  shift: { id: string; now: number; desired: number } | null;
}

export interface Suggestion {
  /** Stable within a framework: the template's id, or `block:<id>` / `element:<id>` when there is none. */
  key: string;
  templateId: string | null;
  blocks: string[];
  elements: string[];
  shifts: string[];
  title: string;
  description: string;
  /** The evidence in the consultant's language, with the numbers. */
  reason: string;
  impact: number;
  effort: number;
  quarters: number;
  kpi: { name: string; unit: string } | null;
  gap: { assessmentId: string; block: string; score: number; target: number };
  evidence: SuggestionEvidence;
  status: 'open' | 'dismissed' | 'accepted';
}

export interface RoadmapExport {
  fileName: string;
  contentBase64: string;
  size: number;
  warnings: string[];
}

export type SavedRoadmapExport =
  { saved: true; path: string; fileName: string; size: number; warnings: string[] } | { saved: false };
