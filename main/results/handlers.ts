import type { resultOperations } from '../../shared/results/operations';
import type { HandlersOf } from '../api/handlers';
import { assessmentResults } from './results';

export const resultHandlers: HandlersOf<typeof resultOperations> = {
  'assessments.results': ({ id }, ctx) => assessmentResults(ctx, id),
};
