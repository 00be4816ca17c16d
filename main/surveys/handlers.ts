import type { surveyOperations } from '../../shared/surveys/operations';
import type { HandlersOf } from '../api/handlers';
import { exportResults, buildKit } from './exports';
import { importSurvey, previewSurvey } from './import';
import { deleteMapping, listMappings, saveMapping } from './savedMappings';

export const surveyHandlers: HandlersOf<typeof surveyOperations> = {
  'surveys.import': (input, ctx, job) => importSurvey(ctx, input, job),
  'surveys.preview': (input, ctx) => previewSurvey(ctx, input),
  'surveys.kit': (input, ctx) => buildKit(ctx, input),
  'surveys.exportResults': (input, ctx) => exportResults(ctx, input),
  'surveys.mappings': ({ assessmentId }, ctx) => listMappings(ctx, assessmentId),
  'surveys.saveMapping': (input, ctx) => saveMapping(ctx, input),
  'surveys.deleteMapping': ({ id }, ctx) => deleteMapping(ctx, id),
};
