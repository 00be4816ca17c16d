import { z } from 'zod';
import { fileContent } from '../api/limits';
import type { LocalText } from '../frameworks/schema';
import { Id, IsoDate, Language, optionalText } from '../domain/primitives';
import type { Readiness } from './readiness';
import type { LengthUnit, PartAspect, RatingScale, SchemeRules } from './scheme';

/**
 * The dossier's API inputs and results (docs/dossiers.md). A dossier belongs to an engagement: the texts of
 * the parts of its scheme, a self-rating per element with its justification, strengths and areas for
 * improvement, key results, and an evidence register of files kept content-addressed in the data folder.
 */

const MB = 1024 * 1024;

/**
 * How much evidence a dossier holds (docs/dossiers.md "Limits"). One file fits the loopback bridge's request
 * (as base64) with room to spare; a whole dossier stays a size a consultant can send and an assessor open.
 */
export const EVIDENCE_LIMITS = {
  fileBytes: 25 * MB,
  dossierBytes: 250 * MB,
  dossierFiles: 500,
} as const;

export const EVIDENCE_TYPES = [
  'policy',
  'procedure',
  'plan',
  'report',
  'minutes',
  'survey',
  'data',
  'presentation',
  'photo',
  'video',
  'other',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const CONFIDENTIALITY = ['public', 'internal', 'confidential'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY)[number];

/** A part or element id as a scheme has it; checked against the dossier's scheme by the service. */
export const PartRef = z.string().trim().min(1).max(64);

/** The longest text any part takes, whatever its limit: a scheme's own limit is checked by the service. */
export const MAX_PART_TEXT = 200_000;

const Title = z.string().trim().min(1).max(200);

export const DossierRef = z.object({ engagementId: Id });

export const DossierSetup = z.object({
  engagementId: Id,
  /** The scheme; `sx-recognition` when left out. Changing it keeps every text (parts it lacks are set aside). */
  schemeId: z.string().trim().min(1).max(64).optional(),
  schemeVersion: z.string().trim().min(1).max(32).optional(),
  /** The date the dossier is judged on (its submission); evidence windows and expiry count from it. */
  referenceDate: z.preprocess((v) => (v === '' ? null : v), IsoDate.nullable()).optional(),
  signatoryName: optionalText(200).optional(),
  signatoryRole: optionalText(200).optional(),
});
export type DossierSetup = z.input<typeof DossierSetup>;

export const PartRequest = z.object({ engagementId: Id, partId: PartRef });

export const SetTextInput = z.object({
  engagementId: Id,
  partId: PartRef,
  text: z.string().max(MAX_PART_TEXT),
});
export type SetTextInput = z.input<typeof SetTextInput>;

export const RateInput = z.object({
  engagementId: Id,
  element: PartRef,
  score: z.number().finite(),
  justification: z.string().trim().max(10_000),
});
export type RateInput = z.input<typeof RateInput>;

export const FindingsInput = z.object({
  engagementId: Id,
  element: PartRef,
  strengths: optionalText(10_000),
  improvements: optionalText(10_000),
});
export type FindingsInput = z.input<typeof FindingsInput>;

export const KeyResultPoint = z.object({
  /** A period as the organisation reports it: `2024`, `2024-Q3`, `2024-05`. */
  period: z.string().trim().min(1).max(20),
  value: z.number().finite(),
});

export const KeyResultInput = z
  .object({
    engagementId: Id,
    /** Present to change an existing key result. */
    id: Id.optional(),
    name: Title,
    unit: optionalText(40),
    points: z.array(KeyResultPoint).max(100).default([]),
    target: z.number().finite().nullable().default(null),
    comparison: z
      .object({
        /** `pool`: the workbench's benchmark pool (SX scores); `external`: a value from a named source. */
        kind: z.enum(['pool', 'external']),
        value: z.number().finite(),
        source: z.string().trim().min(1).max(300),
      })
      .nullable()
      .default(null),
    /** Why there is no comparison (or trend), when there is none. */
    explanation: optionalText(2000),
  })
  .refine((k) => new Set(k.points.map((p) => p.period)).size === k.points.length, {
    path: ['points'],
    message: 'period_twice',
  });
export type KeyResultInput = z.input<typeof KeyResultInput>;

const evidenceFields = {
  title: Title,
  type: z.enum(EVIDENCE_TYPES),
  owner: optionalText(200),
  date: IsoDate,
  validUntil: z.preprocess((v) => (v === '' ? null : v), IsoDate.nullable()),
  confidentiality: z.enum(CONFIDENTIALITY),
};

export const EvidenceAddInput = z
  .object({
    engagementId: Id,
    ...evidenceFields,
    validUntil: evidenceFields.validUntil.default(null),
    confidentiality: evidenceFields.confidentiality.default('internal'),
    owner: evidenceFields.owner.default(null),
    links: z.array(PartRef).max(200).default([]),
    /** The file's own name, for its extension and for the register. */
    fileName: z.string().trim().min(1).max(255),
    ...fileContent(EVIDENCE_LIMITS.fileBytes),
    /**
     * A file on this machine, read by the service: only from the CLI (another transport is refused), so
     * the renderer can never make the app read a path it names.
     */
    path: z.string().min(1).max(4096).optional(),
  })
  .refine((x) => [x.content, x.contentBase64, x.path].filter((v) => v !== undefined).length === 1, {
    path: ['contentBase64'],
    message: 'Give the file once: as contentBase64, as content or as path.',
  })
  .refine((x) => x.validUntil === null || x.validUntil >= x.date, { path: ['validUntil'], message: 'before_date' });
export type EvidenceAddInput = z.input<typeof EvidenceAddInput>;

export const EvidenceUpdateInput = z.object({
  id: Id,
  title: evidenceFields.title.optional(),
  type: evidenceFields.type.optional(),
  owner: evidenceFields.owner.optional(),
  date: evidenceFields.date.optional(),
  validUntil: evidenceFields.validUntil.optional(),
  confidentiality: evidenceFields.confidentiality.optional(),
});
export type EvidenceUpdateInput = z.input<typeof EvidenceUpdateInput>;

export const EvidenceLinkInput = z.object({ id: Id, partId: PartRef });

export const DossierExportRequest = z.object({ engagementId: Id, language: Language });
export type DossierExportRequest = z.input<typeof DossierExportRequest>;

export const DossierPackageRequest = z.object({
  engagementId: Id,
  language: Language,
  /** Where to write the .zip: only from the CLI; the desktop app asks with its Save dialog. */
  out: z.string().min(1).max(4096).optional(),
});
export type DossierPackageRequest = z.input<typeof DossierPackageRequest>;

export const SchemeImportInput = z.object({
  content: z.string().max(5_000_000),
  fileName: z.string().max(260).optional(),
});

// ---- Results ----

/** Where a part stands, for the outline's progress mark. */
export type PartStatus = 'empty' | 'over_limit' | 'needs_evidence' | 'complete';

export interface DossierPart {
  id: string;
  element: string | null;
  aspect: PartAspect;
  title: LocalText;
  guidance: LocalText;
  required: boolean;
  limit: { unit: LengthUnit; max: number } | null;
  needsEvidence: boolean;
  text: string;
  /** The text's length in the limit's unit (characters without one). */
  count: number;
  characters: number;
  words: number;
  status: PartStatus;
  /** Evidence linked to this part, by id. */
  evidence: string[];
  updatedAt: string | null;
}

export interface ElementRating {
  score: number;
  justification: string;
  updatedAt: string;
}

export interface DossierElement {
  id: string;
  name: LocalText;
  rating: ElementRating | null;
  /** As the consultant wrote them; null until written. */
  strengths: string | null;
  improvements: string | null;
  /** Drafted from the latest finalized round's element scores, for a start; null without a round. */
  draft: { strengths: string; improvements: string } | null;
  /** The scheme's parts of this element, in order. */
  parts: string[];
}

export interface KeyResult {
  id: string;
  name: string;
  unit: string | null;
  points: { period: string; value: number }[];
  target: number | null;
  comparison: { kind: 'pool' | 'external'; value: number; source: string } | null;
  explanation: string | null;
  position: number;
}

/** Whether a stored file is still what was added: `missing` or `changed` is flagged, never used. */
export type EvidenceFileState = 'ok' | 'missing' | 'changed';

export interface EvidenceItem {
  id: string;
  engagementId: string;
  /** Position in the register (E001, E002 …), by when it was added. */
  number: number;
  sha256: string;
  size: number;
  fileName: string;
  extension: string;
  title: string;
  type: EvidenceType;
  owner: string | null;
  date: string;
  validUntil: string | null;
  confidentiality: Confidentiality;
  parts: string[];
  addedAt: string;
  file: EvidenceFileState;
}

/** An initiative of the engagement's roadmap, as the dossier's improvement plan lists it. */
export interface PlanItem {
  id: string;
  title: string;
  blocks: string[];
  start: string;
  end: string;
  status: string;
  owner: string | null;
}

export interface SchemeRef {
  id: string;
  version: string;
  name: LocalText;
  rating: RatingScale;
  rules: SchemeRules;
}

export interface Dossier {
  engagementId: string;
  /** False until something was written; a dossier not started shows the default scheme. */
  started: boolean;
  scheme: SchemeRef;
  referenceDate: string | null;
  signatory: { name: string | null; role: string | null };
  parts: DossierPart[];
  elements: DossierElement[];
  keyResults: KeyResult[];
  evidence: EvidenceItem[];
  plan: PlanItem[];
  readiness: Readiness;
  /** Texts kept from a scheme the dossier no longer uses, by part id. */
  setAside: string[];
  updatedAt: string | null;
}

export interface EvidenceAdded {
  id: string;
  sha256: string;
  /** False when the store already held the same bytes (the same file once). */
  stored: boolean;
}

export interface DossierExport {
  fileName: string;
  contentBase64: string;
  size: number;
  warnings: string[];
}

export type SavedDossierPackage =
  | { saved: true; path: string; fileName: string; size: number; evidence: number; warnings: string[] }
  | { saved: false };
