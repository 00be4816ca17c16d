import type { PoolRecord } from '../../shared/pool/benchmarkCsv';
import { sxDefault } from '../../shared/frameworks/sxDefault';
import { FakeApi, type FakeApiOptions } from './fakeApi';

let serial = 0;

/** A pool record with a fresh UUID; `level` in hundredths for every block. */
export function record(
  sector: string,
  sizeBand: string,
  level: number,
  extra: Partial<PoolRecord> & { source?: string } = {},
): PoolRecord & { source?: string } {
  serial += 1;
  return {
    recordId: `11111111-2222-4333-8444-${String(serial).padStart(12, '0')}`,
    framework: 'sx-default',
    sector,
    sizeBand,
    country: 'NL',
    year: 2025,
    scores: Array.from({ length: 9 }, (_, b) => level + b * 5),
    synthetic: true,
    ...extra,
  };
}

export const DEMO_PACK = {
  id: 'pk_demo',
  name: 'Synthetic demo pool (demo)',
  format: 'demo' as const,
  framework: 'sx-default',
  sha256: 'demo-20260101-3000',
  importedAt: '2026-02-01T09:00:00.000Z',
  added: 0,
};

/**
 * A finalized survey round of a client in sector K (250–999 employees) whose every answer is 3 or 4, with
 * the engagement's benchmark consent as given.
 */
export function benchmarkWorld(
  options: {
    consent?: boolean;
    status?: 'finalized' | 'open';
    pool?: FakeApiOptions['pool'];
  } & Partial<FakeApiOptions> = {},
): FakeApi {
  const respondents = ['R1', 'R2', 'R3', 'R4'].map((code, i) => ({
    id: `r${i}`,
    assessmentId: 'a1',
    code,
    role: 'staff' as const,
  }));
  const answers = respondents.flatMap((r, i) =>
    sxDefault.questions.map((q) => ({ respondentId: r.id, questionId: q.id, score: i % 2 === 0 ? 3 : 4 })),
  );
  const { consent = true, status = 'finalized', pool = [], ...rest } = options;
  return new FakeApi({
    clients: [{ id: 'c1', name: 'Verzekeraar Noord', sector: 'K', sizeBand: '250-999', country: 'NL' }],
    engagements: [{ id: 'e1', clientId: 'c1', title: 'Diagnosis 2026', status: 'active', benchmarkConsent: consent }],
    assessments: [{ id: 'a1', engagementId: 'e1', mode: 'survey', round: 'Baseline', status, heldOn: '2026-03-02' }],
    respondents,
    answers,
    pool,
    packs: [DEMO_PACK],
    ...rest,
  });
}
