import { z } from 'zod';
import { command, query } from '../api/operation';
import { Id, Nothing } from '../domain/primitives';
import type { FrameworkFile, FrameworkSummary } from './schema';

export const frameworkOperations = {
  // The list counts the rounds that use each version.
  'frameworks.list': query<FrameworkSummary[]>()({ input: Nothing, reads: ['frameworks', 'assessments'] }),
  'frameworks.get': query<FrameworkFile>()({
    input: z.object({ id: Id, version: z.string().max(32).optional() }),
    reads: ['frameworks'],
    errors: ['not_found'],
  }),
  /** A framework file's JSON text; refused with every problem's path when it does not validate. */
  'frameworks.import': command<{ id: string; version: string; added: boolean }>()({
    input: z.object({ content: z.string().max(20_000_000), fileName: z.string().max(260).optional() }),
    writes: ['frameworks'],
    audit: 'framework',
    errors: ['conflict'],
  }),
};
