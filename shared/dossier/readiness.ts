import { countText } from './count';
import type { LengthUnit, SchemeFile } from './scheme';

/**
 * The readiness check (docs/dossiers.md "Readiness"): whether a dossier meets its scheme before it is sent.
 * Pure: the service reads the dossier, the evidence files' state and the reference date, this decides.
 *
 * Every rule is a check that passes or fails; the readiness is the share that passes (100 only when none
 * fails), and each failed check is one entry of `missing` with a stable reason code and the place it
 * leads to (`part`: a part id, or an element's id for its rating). Warnings do not count against it.
 */

export const READINESS_REASONS = [
  /** A required part has no text. */
  'part_missing',
  /** A part's text is longer than the scheme allows. */
  'part_too_long',
  /** A part that claims something has no evidence linked. */
  'evidence_missing',
  /** Linked evidence is dated before the scheme's window. */
  'evidence_outside_window',
  /** Linked evidence is no longer valid on the reference date. */
  'evidence_expired',
  /** A linked file is gone from the evidence store. */
  'evidence_file_missing',
  /** A linked file's bytes are no longer those that were added. */
  'evidence_file_changed',
  /** An element has no self-rating. */
  'rating_missing',
  /** A self-rating has no justification. */
  'justification_missing',
  /** Fewer key results than the scheme asks. */
  'key_results_missing',
  /** A key result's series has too few points for a trend. */
  'key_result_points',
  /** A key result has no target. */
  'key_result_target',
  /** A key result has neither a comparison nor an explanation why there is none. */
  'key_result_comparison',
] as const;
export type ReadinessReason = (typeof READINESS_REASONS)[number];

export const READINESS_WARNINGS = [
  /** Evidence linked to no part: it will not be in the package. */
  'evidence_unlinked',
  /** Evidence that expires within three months of the reference date. */
  'evidence_expiring',
  /** Evidence dated after the reference date. */
  'evidence_dated_ahead',
] as const;
export type ReadinessWarningCode = (typeof READINESS_WARNINGS)[number];

export interface MissingEntry {
  /** The part it leads to; for a rating, the element's id. */
  part: string;
  reason: ReadinessReason;
  evidenceId?: string;
  keyResultId?: string;
  /** Numbers for the message: the count and the limit, the points and the minimum. */
  params?: Record<string, string | number>;
}

export interface ReadinessWarning {
  reason: ReadinessWarningCode;
  evidenceId: string;
  part?: string;
}

export interface Readiness {
  /** 0–100, whole: the share of checks that pass; 100 only when nothing is missing. */
  readiness: number;
  missing: MissingEntry[];
  warnings: ReadinessWarning[];
  checks: { passed: number; total: number };
  /** The evidence window's first day and the reference date it counts from. */
  window: { from: string; referenceDate: string };
}

export interface ReadinessInput {
  scheme: Pick<SchemeFile, 'parts' | 'elements' | 'rules'>;
  texts: ReadonlyMap<string, string>;
  ratings: ReadonlyMap<string, { score: number; justification: string }>;
  evidence: readonly {
    id: string;
    date: string;
    validUntil: string | null;
    parts: readonly string[];
    file: 'ok' | 'missing' | 'changed';
  }[];
  keyResults: readonly {
    id: string;
    points: readonly unknown[];
    target: number | null;
    comparison: unknown;
    explanation: string | null;
  }[];
  /** `YYYY-MM-DD`: the submission date, or today when none is set. */
  referenceDate: string;
}

/** `YYYY-MM-DD` moved by whole months; the day is kept where the month has it, else the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const WARN_BEFORE_EXPIRY_MONTHS = 3;

export function checkReadiness(input: ReadinessInput): Readiness {
  const { scheme, referenceDate } = input;
  const windowFrom = addMonths(referenceDate, -scheme.rules.evidenceWindowMonths);
  const checks: { ok: boolean; entry: MissingEntry }[] = [];
  const check = (ok: boolean, entry: MissingEntry) => checks.push({ ok, entry });
  const warnings: ReadinessWarning[] = [];

  const linked = new Map<string, ReadinessInput['evidence'][number][]>();
  for (const e of input.evidence) for (const p of e.parts) linked.set(p, [...(linked.get(p) ?? []), e]);

  for (const part of scheme.parts) {
    const text = input.texts.get(part.id) ?? '';
    const written = text.trim() !== '';
    const files = linked.get(part.id) ?? [];
    if (part.required || written) check(written, { part: part.id, reason: 'part_missing' });
    if (written && part.limit) {
      const count = countText(text, part.limit.unit);
      check(count <= part.limit.max, {
        part: part.id,
        reason: 'part_too_long',
        params: { count, limit: part.limit.max, unit: part.limit.unit satisfies LengthUnit },
      });
    }
    if (written && part.needsEvidence) check(files.length > 0, { part: part.id, reason: 'evidence_missing' });
    // Linked evidence goes into the package whether or not the part is written yet: always checked.
    for (const e of files) {
      const at = { part: part.id, evidenceId: e.id };
      check(e.file !== 'missing', { ...at, reason: 'evidence_file_missing' });
      check(e.file !== 'changed', { ...at, reason: 'evidence_file_changed' });
      check(e.date >= windowFrom, {
        ...at,
        reason: 'evidence_outside_window',
        params: { date: e.date, from: windowFrom },
      });
      check(e.validUntil === null || e.validUntil >= referenceDate, {
        ...at,
        reason: 'evidence_expired',
        params: { validUntil: e.validUntil ?? '' },
      });
    }
  }

  for (const element of scheme.elements) {
    const rating = input.ratings.get(element.id);
    check(rating !== undefined, { part: element.id, reason: 'rating_missing' });
    if (rating && scheme.rules.justificationRequired) {
      check(rating.justification.trim() !== '', { part: element.id, reason: 'justification_missing' });
    }
  }

  const keyResultsPart = scheme.parts.find((p) => p.aspect === 'keyResults')?.id ?? 'keyResults';
  const { keyResultsMin, keyResultMinPoints } = scheme.rules;
  if (keyResultsMin > 0) {
    check(input.keyResults.length >= keyResultsMin, {
      part: keyResultsPart,
      reason: 'key_results_missing',
      params: { count: input.keyResults.length, min: keyResultsMin },
    });
  }
  for (const k of input.keyResults) {
    const at = { part: keyResultsPart, keyResultId: k.id };
    check(k.points.length >= keyResultMinPoints, {
      ...at,
      reason: 'key_result_points',
      params: { count: k.points.length, min: keyResultMinPoints },
    });
    check(k.target !== null, { ...at, reason: 'key_result_target' });
    check(k.comparison !== null || (k.explanation ?? '').trim() !== '', { ...at, reason: 'key_result_comparison' });
  }

  const partIds = new Set(scheme.parts.map((p) => p.id));
  const expiringBy = addMonths(referenceDate, WARN_BEFORE_EXPIRY_MONTHS);
  for (const e of input.evidence) {
    if (!e.parts.some((p) => partIds.has(p))) warnings.push({ reason: 'evidence_unlinked', evidenceId: e.id });
    if (e.validUntil !== null && e.validUntil >= referenceDate && e.validUntil < expiringBy) {
      warnings.push({ reason: 'evidence_expiring', evidenceId: e.id });
    }
    if (e.date > referenceDate) warnings.push({ reason: 'evidence_dated_ahead', evidenceId: e.id });
  }

  const missing = checks.filter((c) => !c.ok).map((c) => c.entry);
  const total = checks.length;
  const passed = total - missing.length;
  const readiness = missing.length === 0 ? 100 : Math.min(99, Math.floor((100 * passed) / total));
  return { readiness, missing, warnings, checks: { passed, total }, window: { from: windowFrom, referenceDate } };
}
