import { query } from '../api/operation';
import { ById } from '../domain/primitives';
import type { ResultsWithHistory } from './schemas';

export const resultOperations = {
  'assessments.results': query<ResultsWithHistory>()({
    input: ById,
    reads: ['assessments', 'respondents', 'answers', 'shifts', 'frameworks'],
    errors: ['not_found'],
  }),
};
