import { z } from 'zod';
import { fileContent, IMPORT_LIMITS, oneFileContent } from '../api/limits';
import { jobInput } from '../jobs/schemas';
import type { ResponsesImportReport } from '../assessments/schemas';
import { LANGUAGES } from '../domain/identifiers';
import { Id } from '../domain/primitives';
import type { ColumnRecognition, SurveyProblem } from './matching';
import { SurveyMapping } from './mapping';
import type { SurveyTool } from './shapes';

export const SurveyImportInput = z
  .object({
    assessmentId: Id,
    /** The file as bytes or as base64 (over the bridge), so a broken encoding reaches the reader intact. */
    ...fileContent(IMPORT_LIMITS.surveyFileBytes),
    fileName: z.string().max(260).default('responses.csv'),
    replace: z.boolean().default(false),
    mapping: SurveyMapping.optional(),
    ...jobInput,
  })
  .refine(oneFileContent.check, oneFileContent.params);

/** What was recognised in a file: shown on the mapping screen before anything is written. */
export interface SurveyRecognition {
  tool: SurveyTool;
  headerRows: number;
  respondents: number;
  skippedRows: number;
  columns: ColumnRecognition[];
  unmatchedValues: string[];
  unmatchedRoles: string[];
  problems: SurveyProblem[];
}

export interface SurveyImportReport extends ResponsesImportReport {
  tool: SurveyTool;
  headerRows: number;
  /** Rows the tool marks as not a response (a preview, an unfinished response), left out. */
  skippedRows: number;
}

export const SurveyKitInput = z.object({
  assessmentId: Id,
  language: z.enum(LANGUAGES),
  format: z.enum(['json', 'docx', 'xlsx']),
});

export const ResultsExportInput = z.object({
  assessmentId: Id,
  language: z.enum(LANGUAGES).optional(),
});

/** A file built in memory for a download or for the CLI to write. */
export interface BuiltFile {
  fileName: string;
  contentBase64: string;
}
