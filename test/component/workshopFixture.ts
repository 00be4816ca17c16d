import { FakeApi, type FakeApiOptions } from './fakeApi';

/**
 * A client with an engagement and a workshop round, groups as given. The workshop settings are stated
 * explicitly (auto-advance on, as shipped, unless asked otherwise), so each test says which flow it drives.
 */
export function workshopApi(
  options: Partial<FakeApiOptions> & {
    status?: 'draft' | 'open' | 'finalized';
    autoAdvance?: boolean;
    projectorTheme?: boolean;
  } = {},
) {
  const { autoAdvance = true, projectorTheme = false, ...rest } = options;
  const api = new FakeApi({
    clients: [
      { id: 'c1', name: 'Acme Hotels' },
      { id: 'c2', name: 'Other Client BV' },
    ],
    engagements: [
      { id: 'e1', clientId: 'c1', title: 'Diagnosis 2026', status: 'active' },
      { id: 'e2', clientId: 'c2', title: 'Other engagement', status: 'active' },
    ],
    assessments: [{ id: 'a1', engagementId: 'e1', mode: 'workshop', round: 'Baseline', status: rest.status ?? 'open' }],
    respondents: rest.respondents ?? [
      { id: 'g1', assessmentId: 'a1', code: 'Table 1', role: 'management' },
      { id: 'g2', assessmentId: 'a1', code: 'Table 2', role: 'management' },
    ],
    ...rest,
  });
  api.settings = { ...api.settings, workshopAutoAdvance: autoAdvance, workshopProjectorTheme: projectorTheme };
  return api;
}
