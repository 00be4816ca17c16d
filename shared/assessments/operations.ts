import { z } from 'zod';
import { fileContent, IMPORT_LIMITS, oneFileContent } from '../api/limits';
import { command, query } from '../api/operation';
import { jobInput } from '../jobs/schemas';
import { ById, Id } from '../domain/primitives';
import {
  AnswerInput,
  AssessmentInput,
  type AssessmentSummary,
  AssessmentUpdate,
  type AssessmentWorkspace,
  RespondentInput,
  type ResponsesImportReport,
  ShiftPositionsInput,
} from './schemas';

/** A round's own data: deleting it, or reopening a contributed one, also changes the benchmark pool. */
const ROUND_AND_BELOW = ['assessments', 'respondents', 'answers', 'shifts', 'pool', 'notes'] as const;

export const assessmentOperations = {
  'assessments.list': query<AssessmentSummary[]>()({
    input: z.object({ engagementId: Id }),
    reads: ['assessments', 'respondents', 'answers', 'frameworks'],
    errors: ['not_found'],
  }),
  'assessments.workspace': query<AssessmentWorkspace>()({
    input: ById,
    reads: ['assessments', 'respondents', 'answers', 'shifts', 'engagements', 'clients', 'frameworks'],
    errors: ['not_found'],
  }),
  'assessments.create': command<{ id: string }>()({
    input: AssessmentInput,
    // The first round on a built-in framework stores that framework's version with it.
    writes: ['assessments', 'frameworks'],
    audit: 'assessment',
    errors: ['not_found'],
  }),
  'assessments.update': command<{ id: string }>()({
    input: AssessmentUpdate,
    writes: ['assessments'],
    audit: 'assessment',
    errors: ['not_found', 'conflict'],
  }),
  'assessments.open': command<{ id: string }>()({
    input: ById,
    writes: ['assessments'],
    audit: 'assessment',
    errors: ['not_found', 'conflict'],
  }),
  'assessments.finalize': command<{ id: string }>()({
    input: ById,
    writes: ['assessments'],
    audit: 'assessment',
    errors: ['not_found', 'conflict'],
  }),
  /** A finalized round opens again; a contributed round leaves the benchmark pool with it. */
  'assessments.reopen': command<{ id: string }>()({
    input: z.object({ id: Id, reason: z.string().trim().min(3).max(1000) }),
    writes: ['assessments', 'pool'],
    audit: 'assessment',
    errors: ['not_found', 'conflict'],
  }),
  'assessments.delete': command<{ id: string }>()({
    input: z.object({ id: Id, confirm: z.literal(true) }),
    writes: ROUND_AND_BELOW,
    audit: 'assessment',
    errors: ['not_found'],
  }),
  /** A Responses CSV, all or nothing. A job: progress and cancel. */
  'assessments.importResponses': command<ResponsesImportReport>()({
    input: z
      .object({
        assessmentId: Id,
        ...fileContent(IMPORT_LIMITS.surveyFileBytes),
        fileName: z.string().max(260).default('responses.csv'),
        replace: z.boolean().default(false),
        ...jobInput,
      })
      .refine(oneFileContent.check, oneFileContent.params),
    writes: ['respondents', 'answers'],
    audit: 'assessment',
    errors: ['not_found', 'conflict', 'cancelled'],
    job: true,
  }),
  'assessments.template': query<{ fileName: string; csv: string }>()({
    input: z.object({ assessmentId: Id, delimiter: z.enum([',', ';']).default(',') }),
    reads: ['assessments', 'frameworks'],
    errors: ['not_found'],
  }),
  'assessments.setShifts': command<{ id: string }>()({
    input: ShiftPositionsInput,
    writes: ['shifts'],
    audit: 'assessment',
    errors: ['not_found', 'conflict'],
  }),

  'respondents.create': command<{ id: string }>()({
    input: RespondentInput,
    writes: ['respondents'],
    audit: 'respondent',
    errors: ['not_found', 'conflict'],
  }),
  'respondents.update': command<{ id: string }>()({
    input: RespondentInput.extend({ id: Id }),
    writes: ['respondents'],
    audit: 'respondent',
    errors: ['not_found', 'conflict'],
  }),
  /** Removes a respondent and every answer they gave (a client may ask for it). */
  'respondents.delete': command<{ id: string }>()({
    input: ById,
    writes: ['respondents', 'answers'],
    audit: 'respondent',
    errors: ['not_found', 'conflict'],
  }),

  /** One answer of the workshop screen; committed when the call returns. */
  'answers.set': command<{ updatedAt: string }>()({
    input: AnswerInput,
    writes: ['answers'],
    audit: false,
    errors: ['not_found', 'conflict'],
  }),
};
