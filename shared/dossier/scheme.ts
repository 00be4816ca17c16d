import { z } from 'zod';
import { LocalText } from '../frameworks/schema';

/**
 * A recognition scheme file: what an award or certification asks of an applicant, as data (docs/dossiers.md
 * "Schemes"). Its parts (the questions of the entry form) with their guidance in Dutch and English, whether
 * each is required, how long its answer may be and whether it claims something evidence must back; the
 * elements an applicant rates itself on and the scale; and the rules the readiness check applies. The
 * default `sx-recognition` ships with the app (sxRecognition.ts); a firm imports its own (an EFQM-like or a
 * CSE-like scheme) without code. A dossier stores the exact id and version it was written against.
 */

export const SCHEME_FORMAT = 'sxw-recognition-scheme';

const Ident = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, 'an id: a letter, then letters, digits, . _ -');

/** What kind of answer a part asks: the SX-default aspects, or anything else a scheme asks. */
export const PART_ASPECTS = ['profile', 'approach', 'deployment', 'review', 'results', 'keyResults', 'other'] as const;
export type PartAspect = (typeof PART_ASPECTS)[number];

export const LENGTH_UNITS = ['characters', 'words'] as const;
export type LengthUnit = (typeof LENGTH_UNITS)[number];

export const SchemePart = z.object({
  id: Ident,
  /** The element the part belongs to (its rating's element); null for the dossier as a whole. */
  element: Ident.nullable(),
  aspect: z.enum(PART_ASPECTS),
  title: LocalText,
  guidance: LocalText,
  required: z.boolean(),
  /** The longest answer the scheme accepts; null when it sets none. */
  limit: z.object({ unit: z.enum(LENGTH_UNITS), max: z.number().int().min(1).max(1_000_000) }).nullable(),
  /** Whether an answer makes claims an assessor will ask evidence for: then at least one linked file. */
  needsEvidence: z.boolean(),
});
export type SchemePart = z.output<typeof SchemePart>;

export const SchemeElement = z.object({
  id: Ident,
  name: LocalText,
});
export type SchemeElement = z.output<typeof SchemeElement>;

/** A rating scale: whole steps from `min` to `max` (1–5 maturity, or 0–100 % in steps of 5). */
export const RatingScale = z
  .object({
    min: z.number().int().min(0),
    max: z.number().int().max(1000),
    step: z.number().int().min(1),
    unit: z.enum(['level', 'percent']),
    /** Names of some or all steps (the maturity levels); a scale of percentages may have none. */
    labels: z.array(z.object({ value: z.number().int(), label: LocalText })).default([]),
  })
  .refine((s) => s.max > s.min && (s.max - s.min) % s.step === 0, {
    message: 'max above min, and reached from min in whole steps',
    path: ['max'],
  });
export type RatingScale = z.output<typeof RatingScale>;

export const SchemeRules = z.object({
  /** Evidence dated more than this many months before the reference date is outside the window. */
  evidenceWindowMonths: z.number().int().min(1).max(240),
  /** The fewest key results a dossier reports. */
  keyResultsMin: z.number().int().min(0).max(100),
  /** The fewest points a key result's series needs to show a trend. */
  keyResultMinPoints: z.number().int().min(1).max(100),
  /** Whether every rating needs its justification. */
  justificationRequired: z.boolean(),
});
export type SchemeRules = z.output<typeof SchemeRules>;

export const SchemeFile = z
  .object({
    format: z.literal(SCHEME_FORMAT),
    formatVersion: z.literal(1),
    id: Ident,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version like 1.0.0'),
    name: LocalText,
    description: LocalText,
    /** The framework whose building blocks the elements are, when the scheme follows one. */
    framework: Ident.nullable(),
    elements: z.array(SchemeElement).min(1).max(100),
    parts: z.array(SchemePart).min(1).max(2000),
    rating: RatingScale,
    rules: SchemeRules,
  })
  .superRefine((s, ctx) => {
    const twice = (ids: string[], path: string) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id ${id}` });
        seen.add(id);
      });
      return seen;
    };
    const elements = twice(
      s.elements.map((e) => e.id),
      'elements',
    );
    const parts = twice(
      s.parts.map((p) => p.id),
      'parts',
    );
    s.parts.forEach((p, i) => {
      if (p.element !== null && !elements.has(p.element)) {
        ctx.addIssue({ code: 'custom', path: ['parts', i, 'element'], message: `unknown element ${p.element}` });
      }
      if (elements.has(p.id)) {
        ctx.addIssue({ code: 'custom', path: ['parts', i, 'id'], message: `${p.id} is an element's id` });
      }
    });
    s.rating.labels.forEach((l, i) => {
      const { min, max, step } = s.rating;
      if (l.value < min || l.value > max || (l.value - min) % step !== 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['rating', 'labels', i, 'value'],
          message: `${l.value} is not on the scale`,
        });
      }
    });
    if (parts.size === 0) ctx.addIssue({ code: 'custom', path: ['parts'], message: 'no parts' });
  });
export type SchemeFile = z.output<typeof SchemeFile>;

/** Whether a score is a step of the scale. */
export function onScale(scale: RatingScale, score: number): boolean {
  return Number.isInteger(score) && score >= scale.min && score <= scale.max && (score - scale.min) % scale.step === 0;
}

/** A stored scheme version as the scheme list shows it. */
export interface SchemeSummary {
  id: string;
  version: string;
  name: { nl: string; en: string };
  builtin: boolean;
  /** Dossiers written against this version. */
  dossiers: number;
  parts: number;
  elements: number;
}
