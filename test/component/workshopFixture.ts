import { createTestBackend, type TestBackend } from './backend';
import { respondentIds, type SeedRespondent, seedClient, seedEngagement, seedRound, setLanguage } from './seed';

/**
 * Acme Hotels with an engagement and a workshop round "Baseline" (open unless said otherwise), scored by
 * the groups "Table 1" and "Table 2" unless others are given; and another client, which the workshop
 * screen must not show.
 */
export function workshopWorld(
  options: { status?: 'draft' | 'open' | 'finalized'; language?: 'en' | 'nl'; groups?: SeedRespondent[] } = {},
) {
  const backend = createTestBackend();
  if (options.language) setLanguage(backend, options.language);
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
  return { backend, engagementId, roundId, groups: respondentIds(backend, roundId) };
}

/** A group's stored answer to a question, as the backend has it now. */
export function storedAnswer(backend: TestBackend, roundId: string, groupId: string | undefined, questionId: string) {
  return backend
    .run('assessments.workspace', { id: roundId })
    .answers.find((a) => a.respondentId === groupId && a.questionId === questionId);
}
