import { z } from 'zod';
import { command } from '../api/operation';

export const demoOperations = {
  /**
   * Fills an empty (or demo-only) database with clearly labelled demo clients, their engagements, two
   * finalized rounds with answers on one of them, and a synthetic benchmark pool; refused (`conflict`) when
   * the database holds real clients.
   */
  'demo.seed': command<{ clients: number; engagements: number; rounds: number; poolRecords: number }>()({
    input: z.object({}).strict().default({}),
    writes: [
      'clients',
      'contacts',
      'engagements',
      'frameworks',
      'assessments',
      'respondents',
      'answers',
      'shifts',
      'pool',
      'packs',
    ],
    audit: 'demo',
    errors: ['conflict'],
  }),
};
