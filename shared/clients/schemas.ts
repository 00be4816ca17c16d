import { z } from 'zod';
import {
  COUNTRIES,
  ENGAGEMENT_PURPOSES,
  ENGAGEMENT_STATUSES,
  LANGUAGES,
  SECTORS,
  SIZE_BANDS,
} from '../domain/identifiers';

/**
 * Schemas for what crosses a boundary (API, CLI, forms). One schema serves the form's per-field
 * messages and the handler's validation, so the two can never disagree.
 */

export const Id = z.string().trim().min(1).max(64);

/** Calendar date `YYYY-MM-DD` that exists (2026-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'invalid_date');

/** Optional free text: empty strings become null so "cleared" and "never set" look the same. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((s) => (s ? s : null));

/** Forms send '' for a cleared field; the API treats '', null and absent alike. */
const blankToNull = (v: unknown) =>
  v === '' || v === undefined ? null : typeof v === 'string' && v.trim() === '' ? null : v;

const optionalDate = z.preprocess(blankToNull, IsoDate.nullable());

export const Sector = z.enum(SECTORS);
export const SizeBand = z.enum(SIZE_BANDS);
export const Country = z.enum(COUNTRIES);
export const EngagementPurpose = z.enum(ENGAGEMENT_PURPOSES);
export const EngagementStatus = z.enum(ENGAGEMENT_STATUSES);
export const Language = z.enum(LANGUAGES);

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

export const CLIENT_SORTS = ['name', 'sector', 'sizeBand', 'country', 'updatedAt'] as const;

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

export interface HomeEngagement {
  engagement: Engagement;
  /** What to do next, as an i18n key under `home.next`. */
  nextStep: 'planEngagement' | 'startAssessment' | 'closeEngagement';
}

export interface HomeSummary {
  inProgress: HomeEngagement[];
  clientCount: number;
  engagementCount: number;
  demo: boolean;
}

export interface AppInfo {
  version: string;
  databasePath: string;
  transport: 'ipc' | 'bridge';
  osLanguage: z.output<typeof Language>;
}
