import type { DesktopShell } from '../../main/api/context';
import type { PoolRecord } from '../../shared/pool/benchmarkCsv';
import { createTestBackend } from './backend';
import { seedClient, seedEngagement, seedPool, seedRound, setLanguage } from './seed';

let serial = 0;

/** A pool record with a fresh UUID; `level` in hundredths for every block. */
export function record(sector: string, sizeBand: string, level: number, extra: Partial<PoolRecord> = {}): PoolRecord {
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

/** The file the pool's records came in (a pack named after it). */
export const POOL_FILE = 'peers-2025.csv';

/**
 * A survey round "Baseline" (finalized unless said otherwise) of Verzekeraar Noord, a client in sector K
 * with 250–999 employees, whose four staff respondents answered every question with 3 or 4 (or nothing at
 * all); the engagement's benchmark consent as given; the pool's records imported from one file.
 */
export function benchmarkWorld(
  options: {
    consent?: boolean;
    status?: 'finalized' | 'open';
    pool?: PoolRecord[];
    answered?: boolean;
    language?: 'en' | 'nl';
    desktop?: DesktopShell;
  } = {},
) {
  const { consent = true, status = 'finalized', pool = [], answered = true } = options;
  const backend = createTestBackend(options.desktop ? { desktop: options.desktop } : {});
  if (options.language) setLanguage(backend, options.language);
  const clientId = seedClient(backend, { name: 'Verzekeraar Noord', sector: 'K', sizeBand: '250-999', country: 'NL' });
  const engagementId = seedEngagement(backend, clientId, {
    title: 'Diagnosis 2026',
    status: 'active',
    benchmarkConsent: consent,
  });
  const roundId = seedRound(backend, engagementId, {
    mode: 'survey',
    label: 'Baseline',
    heldOn: '2026-03-02',
    status,
    respondents: ['R1', 'R2', 'R3', 'R4'].map((code, i) => ({
      code,
      role: 'staff' as const,
      ...(answered ? { scores: i % 2 === 0 ? 3 : 4 } : {}),
    })),
  });
  if (pool.length > 0) seedPool(backend, pool, POOL_FILE);
  return { backend, clientId, engagementId, roundId };
}

/** How many records the pool holds now. */
export const poolSize = (world: ReturnType<typeof benchmarkWorld>) => world.backend.run('pool.stats', {}).total;
