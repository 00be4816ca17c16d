import { z } from 'zod';
import { RESPONDENT_ROLES } from '../domain/identifiers';

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
