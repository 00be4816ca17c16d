import type { surveyOperations } from '../../shared/surveys/operations';
import type { HandlersOf } from '../api/handlers';
import { exportResults, buildKit } from './exports';
import { importSurvey, previewSurvey } from './import';

export const surveyHandlers: HandlersOf<typeof surveyOperations> = {
  'surveys.import': (input, ctx, job) => importSurvey(ctx, input, job),
  'surveys.preview': (input, ctx) => previewSurvey(ctx, input),
  'surveys.kit': (input, ctx) => buildKit(ctx, input),
  'surveys.exportResults': (input, ctx) => exportResults(ctx, input),
};
