import { command, query } from '../api/operation';
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
};
