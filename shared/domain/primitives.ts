import { z } from 'zod';
import { inPlausibleYears } from './dates';
import { COUNTRIES, LANGUAGES, SECTORS, SIZE_BANDS } from './identifiers';

/**
 * The small schemas every feature's inputs are built from (ids, dates, optional text, the identifiers
 * that are contracts), so a date or an id is validated the same way in every operation, form and import.
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
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((s) => (s ? s : null));

/** Forms send '' for a cleared field; the API treats '', null and absent alike. */
export const blankToNull = (v: unknown) =>
  v === '' || v === undefined ? null : typeof v === 'string' && v.trim() === '' ? null : v;

/**
 * A date of the consultant's work — a round, an engagement's start or end — in PLAUSIBLE_YEARS
 * (shared/domain/dates.ts): 1999 or 9999 is a typo, not a date to print on a report's cover.
 */
export const WorkDate = IsoDate.refine(
  // Text that is no date at all is IsoDate's problem, said once.
  (s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || inPlausibleYears(s),
  'date_out_of_range',
);

export const optionalDate = z.preprocess(blankToNull, WorkDate.nullable());

export const Sector = z.enum(SECTORS);
export const SizeBand = z.enum(SIZE_BANDS);
export const Country = z.enum(COUNTRIES);
export const Language = z.enum(LANGUAGES);

/** Operations that take nothing accept `{}` or no input at all. */
export const Nothing = z.object({}).strict().default({});
export const ById = z.object({ id: Id });
