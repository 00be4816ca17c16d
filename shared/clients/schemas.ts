import { z } from 'zod';
import type { AssessmentMode } from '../assessments/schemas';
import { ENGAGEMENT_PURPOSES, ENGAGEMENT_STATUSES } from '../domain/identifiers';
import { blankToNull, Country, Id, optionalDate, optionalText, Sector, SizeBand } from '../domain/primitives';
import { CLIENT_SORTS, HOME_PAGE_SIZE } from './listing';
import type { NextStep } from './nextStep';

export { CLIENT_SORTS, HOME_PAGE_SIZE };

/**
 * Schemas for what crosses a boundary (API, CLI, forms). One schema serves the form's per-field
 * messages and the handler's validation, so the two can never disagree.
 */

export const EngagementPurpose = z.enum(ENGAGEMENT_PURPOSES);
export const EngagementStatus = z.enum(ENGAGEMENT_STATUSES);

export const ClientInput = z.object({
  name: z.string().trim().min(1).max(200),
  sector: Sector,
  sizeBand: SizeBand,
  country: Country,
  notes: optionalText(5000),
});
export type ClientInput = z.input<typeof ClientInput>;

export const ContactInput = z.object({
  clientId: Id,
  name: z.string().trim().min(1).max(200),
  role: optionalText(200),
  email: z.preprocess((v) => (typeof v === 'string' ? blankToNull(v.trim()) : blankToNull(v)), z.email().nullable()),
  phone: optionalText(50),
});
export type ContactInput = z.input<typeof ContactInput>;

const EngagementFields = z.object({
  clientId: Id,
  title: z.string().trim().min(1).max(200),
  purpose: EngagementPurpose,
  status: EngagementStatus.default('planned'),
  startsOn: optionalDate,
  endsOn: optionalDate,
  lead: optionalText(200),
  notes: optionalText(5000),
  benchmarkConsent: z.boolean().default(false),
});

const endsAfterStart = (e: { startsOn: string | null; endsOn: string | null }) =>
  !e.startsOn || !e.endsOn || e.endsOn >= e.startsOn;
const endsAfterStartIssue = { path: ['endsOn'], message: 'ends_before_start' };

export const EngagementInput = EngagementFields.refine(endsAfterStart, endsAfterStartIssue);
export type EngagementInput = z.input<typeof EngagementInput>;

export const EngagementUpdate = EngagementFields.extend({ id: Id }).refine(endsAfterStart, endsAfterStartIssue);
export type EngagementUpdate = z.input<typeof EngagementUpdate>;

export interface Client {
  id: string;
  name: string;
  sector: z.output<typeof Sector>;
  sizeBand: z.output<typeof SizeBand>;
  country: z.output<typeof Country>;
  notes: string | null;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export interface ClientRow extends Client {
  engagementCount: number;
  activeEngagementCount: number;
}

export interface Contact {
  id: string;
  clientId: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export interface Engagement {
  id: string;
  clientId: string;
  clientName: string;
  title: string;
  purpose: z.output<typeof EngagementPurpose>;
  status: z.output<typeof EngagementStatus>;
  startsOn: string | null;
  endsOn: string | null;
  lead: string | null;
  notes: string | null;
  benchmarkConsent: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ClientDetail {
  client: Client;
  contacts: Contact[];
  engagements: Engagement[];
}

export const ClientListQuery = z.object({
  search: z.string().max(200).optional(),
  sectors: z.array(Sector).optional(),
  sizeBands: z.array(SizeBand).optional(),
  /** Clients that have at least one engagement in one of these statuses. */
  engagementStatuses: z.array(EngagementStatus).optional(),
  archived: z.enum(['active', 'archived', 'all']).default('active'),
  sort: z.enum(CLIENT_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ClientListQuery = z.input<typeof ClientListQuery>;

export interface ClientPage {
  total: number;
  offset: number;
  rows: ClientRow[];
}

export const HomeQuery = z
  .object({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(HOME_PAGE_SIZE),
  })
  .default({ offset: 0, limit: HOME_PAGE_SIZE });
export type HomeQuery = z.input<typeof HomeQuery>;

export interface HomeEngagement {
  engagement: Engagement;
  /** What to do next (shared/clients/nextStep.ts), an i18n key under `home.next`. */
  nextStep: NextStep;
  /** The round the step is about (the latest round), null before the first. */
  round: { id: string; label: string; mode: AssessmentMode } | null;
}

export interface HomeSummary {
  /** One page of the engagements in progress (active and planned), most recently worked on first. */
  inProgress: HomeEngagement[];
  /** How many engagements are in progress in all. */
  inProgressTotal: number;
  offset: number;
  clientCount: number;
  engagementCount: number;
  demo: boolean;
}

/** What the app's frame shows on every screen: whether the data is the demo's, and how much there is. */
export interface HomeBadge {
  demo: boolean;
  clientCount: number;
  engagementCount: number;
}
