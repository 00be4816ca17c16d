import { z } from 'zod';
import { RESPONDENT_ROLES } from '../domain/identifiers';
import { normalizeText } from './normalize';

/**
 * What a consultant tells the import about a file it did not recognise by itself, as the mapping screen
 * saves it and `sxw assessment import --mapping` reads it (docs/file-formats.md "Survey mapping"):
 * a column by its header to a question id, the role, the respondent id or `ignore`; an answer text to a
 * score or `n/a`; a role text to a role id. Keys are compared normalised (shared/surveys/normalize.ts).
 */
export const ColumnTarget = z.union([z.enum(['role', 'respondent', 'ignore']), z.string().trim().min(1).max(64)]);

export const SurveyMapping = z
  .object({
    columns: z.record(z.string().max(2000), ColumnTarget).default({}),
    values: z.record(z.string().max(500), z.union([z.number().int().min(1).max(5), z.literal('n/a')])).default({}),
    roles: z.record(z.string().max(500), z.enum(RESPONDENT_ROLES)).default({}),
  })
  .strict();
export type SurveyMapping = z.output<typeof SurveyMapping>;

export const EMPTY_MAPPING: SurveyMapping = { columns: {}, values: {}, roles: {} };

/** A mapping saved by name for the framework version of a round, to be offered at the next round's import. */
export interface SavedMapping {
  id: string;
  name: string;
  frameworkId: string;
  frameworkVersion: string;
  mapping: SurveyMapping;
  createdAt: string;
  updatedAt: string;
}

export const MappingName = z.string().trim().min(1).max(80);

export const SaveMappingInput = z.object({
  /** The round the mapping was made for: it is saved for that round's framework version. */
  assessmentId: z.string().trim().min(1).max(64),
  name: MappingName,
  mapping: SurveyMapping,
});

/**
 * Whether a saved mapping was made for a file with these headers: it names at least one column, and every
 * column it names is among the headers (compared normalised). Answer and role words do not decide: they
 * are offered with any file, but a mapping of columns the file does not have belongs to another form.
 */
export function mappingFits(mapping: SurveyMapping, headers: readonly string[]): boolean {
  const keys = Object.keys(mapping.columns).map(normalizeText);
  if (keys.length === 0) return false;
  const present = new Set(headers.map(normalizeText));
  return keys.every((k) => present.has(k));
}

/** The saved mappings that fit the file's headers, the one naming most of its columns first. */
export function fittingMappings<M extends Pick<SavedMapping, 'mapping' | 'updatedAt'>>(
  saved: readonly M[],
  headers: readonly string[],
): M[] {
  return saved
    .filter((s) => mappingFits(s.mapping, headers))
    .sort(
      (a, b) =>
        Object.keys(b.mapping.columns).length - Object.keys(a.mapping.columns).length ||
        b.updatedAt.localeCompare(a.updatedAt),
    );
}
