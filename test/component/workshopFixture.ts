import { createTestBackend, type TestBackend } from './backend';
import { respondentIds, type SeedRespondent, seedClient, seedEngagement, seedRound, setLanguage } from './seed';

/**
 * Acme Hotels with an engagement and a workshop round "Baseline" (open unless said otherwise), scored by
 * the groups "Table 1" and "Table 2" unless others are given; and another client, which the workshop
 * screen must not show.
 */
export function workshopWorld(
  options: {
    status?: 'draft' | 'open' | 'finalized';
    language?: 'en' | 'nl';
    groups?: SeedRespondent[];
    /** Answers already given, by group code; a null score is "not applicable". */
    answers?: { group: string; questionId: string; score: number | null }[];
    /** The workshop settings, stated so each test says which flow it drives (shipped: on, off). */
    autoAdvance?: boolean;
    projectorTheme?: boolean;
  } = {},
) {
  const backend = createTestBackend();
  if (options.language) setLanguage(backend, options.language);
  backend.run('settings.update', {
    workshopAutoAdvance: options.autoAdvance ?? true,
    workshopProjectorTheme: options.projectorTheme ?? false,
  });
  const acme = seedClient(backend, { name: 'Acme Hotels' });
  const engagementId = seedEngagement(backend, acme, { title: 'Diagnosis 2026', status: 'active' });
  seedEngagement(backend, seedClient(backend, { name: 'Other Client BV' }), {
    title: 'Other engagement',
    status: 'active',
  });
  const roundId = seedRound(backend, engagementId, {
    mode: 'workshop',
    label: 'Baseline',
    status: options.status ?? 'open',
    respondents: options.groups ?? [
      { code: 'Table 1', role: 'management' },
      { code: 'Table 2', role: 'management' },
    ],
  });
  const groups = respondentIds(backend, roundId);
  const answers = options.answers ?? [];
  if (answers.length > 0) {
    const finalized = options.status === 'finalized';
    if (finalized) backend.run('assessments.reopen', { id: roundId, reason: 'seeding answers' });
    for (const a of answers) {
      backend.run('answers.set', {
        assessmentId: roundId,
        respondentId: groups[a.group] as string,
        questionId: a.questionId,
        score: a.score,
        notApplicable: a.score === null,
      });
    }
    if (finalized) backend.run('assessments.finalize', { id: roundId });
  }
  return {
    backend,
    engagementId,
    roundId,
    groups,
    /** A group's stored answer, by its code. */
    answerOf: (group: string, questionId: string) => storedAnswer(backend, roundId, groups[group], questionId),
    /** Every stored answer of the round. */
    answers: () => backend.run('assessments.workspace', { id: roundId }).answers,
  };
}

/** A group's stored answer to a question, as the backend has it now. */
export function storedAnswer(backend: TestBackend, roundId: string, groupId: string | undefined, questionId: string) {
  return backend
    .run('assessments.workspace', { id: roundId })
    .answers.find((a) => a.respondentId === groupId && a.questionId === questionId);
}
