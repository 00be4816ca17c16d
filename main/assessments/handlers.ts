import type { assessmentOperations } from '../../shared/assessments/operations';
import type { HandlersOf } from '../api/handlers';
import { fileBytes } from '../files/fileBytes';
import { setAnswer, setShiftPositions } from './answers';
import * as assessments from './assessments';
import * as respondents from './respondents';
import { importResponses, responsesTemplate } from './surveyImport';

export const assessmentHandlers: HandlersOf<typeof assessmentOperations> = {
  'assessments.list': ({ engagementId }, ctx) => assessments.listAssessments(ctx, engagementId),
  'assessments.workspace': ({ id }, ctx) => assessments.workspace(ctx, id),
  'assessments.create': (input, ctx) => assessments.createAssessment(ctx, input),
  'assessments.update': (input, ctx) => assessments.updateAssessment(ctx, input),
  'assessments.open': ({ id }, ctx) => assessments.openAssessment(ctx, id),
  'assessments.finalize': ({ id }, ctx) => assessments.finalizeAssessment(ctx, id),
  'assessments.reopen': ({ id, reason }, ctx) => assessments.reopenAssessment(ctx, id, reason),
  'assessments.delete': ({ id }, ctx) => assessments.deleteAssessment(ctx, id),
  'assessments.importResponses': (input, ctx, job) =>
    importResponses(
      ctx,
      { assessmentId: input.assessmentId, content: fileBytes(input), fileName: input.fileName, replace: input.replace },
      job,
    ),
  'assessments.template': ({ assessmentId, delimiter }, ctx) => responsesTemplate(ctx, assessmentId, delimiter),
  'assessments.setShifts': (input, ctx) => setShiftPositions(ctx, input),

  'respondents.create': (input, ctx) => respondents.createRespondent(ctx, input),
  'respondents.update': (input, ctx) => respondents.updateRespondent(ctx, input),
  'respondents.delete': ({ id }, ctx) => respondents.deleteRespondent(ctx, id),

  'answers.set': (input, ctx) => setAnswer(ctx, input),
};
