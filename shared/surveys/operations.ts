import { z } from 'zod';
import { command, query } from '../api/operation';
import { Id } from '../domain/primitives';
import { SaveMappingInput, type SavedMapping } from './mapping';
import {
  type BuiltFile,
  ResultsExportInput,
  SurveyImportInput,
  type SurveyImportReport,
  SurveyKitInput,
  type SurveyRecognition,
} from './schemas';

export const surveyOperations = {
  /**
   * A survey tool's export (Microsoft Forms, Google Forms, SurveyMonkey, Qualtrics, LimeSurvey, a Responses
   * CSV) into a round, all or nothing: read and matched before the transaction, written in it.
   */
  'surveys.import': command<SurveyImportReport>()({
    input: SurveyImportInput,
    writes: ['respondents', 'answers'],
    audit: 'assessment',
    errors: ['not_found', 'conflict', 'cancelled'],
    async: true,
    // Off the UI's thread where a job host runs (the desktop app, serve), with progress and Stop.
    job: true,
  }),
  /** What the import would recognise in a file, with every problem; nothing is written (the mapping screen). */
  'surveys.preview': query<SurveyRecognition>()({
    input: SurveyImportInput,
    reads: ['assessments', 'respondents', 'frameworks'],
    errors: ['not_found'],
    async: true,
  }),
  /** The questionnaire to build a form from: Word, Excel or JSON (docs/file-formats.md "Survey kit"). */
  'surveys.kit': query<BuiltFile>()({
    input: SurveyKitInput,
    reads: ['assessments', 'frameworks'],
    errors: ['not_found'],
    async: true,
  }),
  /** A round's results as an Excel workbook for the client's analysts. */
  'surveys.exportResults': query<BuiltFile>()({
    input: ResultsExportInput,
    reads: ['assessments', 'respondents', 'answers', 'shifts', 'frameworks', 'settings'],
    errors: ['not_found'],
    async: true,
  }),
  /** The mappings saved for the framework version of this round, newest first. */
  'surveys.mappings': query<SavedMapping[]>()({
    input: z.object({ assessmentId: Id }),
    reads: ['mappings', 'assessments'],
    errors: ['not_found'],
  }),
  /**
   * Saves a mapping under a name for the round's framework version; a mapping of that name (in any case)
   * is replaced, so saving again after fixing one more column keeps one entry.
   */
  'surveys.saveMapping': command<SavedMapping>()({
    input: SaveMappingInput,
    writes: ['mappings'],
    audit: 'surveyMapping',
    errors: ['not_found'],
  }),
  'surveys.deleteMapping': command<{ id: string }>()({
    input: z.object({ id: Id }),
    writes: ['mappings'],
    audit: 'surveyMapping',
    errors: ['not_found'],
  }),
};
