import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { POOL_BLOCKS, type PoolRecord } from '../../shared/pool/benchmarkCsv';
import { createTestBackend, type TestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedEngagement, seedPool, seedRound, setLanguage } from './seed';

let serial = 0;
function record(sizeBand: string, level: number, synthetic = false): PoolRecord {
  serial += 1;
  return {
    recordId: `44444444-5555-4666-8777-${String(serial).padStart(12, '0')}`,
    framework: 'sx-default',
    sector: 'K',
    sizeBand,
    country: 'NL',
    year: 2025,
    scores: POOL_BLOCKS.map((_, b) => level + b * 5),
    synthetic,
  };
}

/**
 * A client in K / 250–999 with a finalized round, and a pool where its own group holds three real peers and a
 * hundred synthetic ones, and the sector forty real ones of 1,000 or more.
 */
function world(language: 'en' | 'nl' = 'en') {
  const backend = createTestBackend();
  setLanguage(backend, language);
  const clientId = seedClient(backend, { name: 'Verzekeraar Noord', sector: 'K', sizeBand: '250-999' });
  const engagementId = seedEngagement(backend, clientId, { title: 'Diagnosis 2026', benchmarkConsent: true });
  const roundId = seedRound(backend, engagementId, {
    label: 'Baseline',
    status: 'finalized',
    respondents: [{ code: 'R1', role: 'staff', scores: 3 }],
  });
  seedPool(backend, [
    ...Array.from({ length: 3 }, (_, i) => record('250-999', 300 + i * 10)),
    ...Array.from({ length: 100 }, (_, i) => record('250-999', 200 + i * 2, true)),
    ...Array.from({ length: 40 }, (_, i) => record('1000+', 250 + i * 5)),
  ]);
  return { backend, path: `/engagements/${engagementId}/results?round=${roundId}` };
}

async function openBenchmark(backend: TestBackend, path: string) {
  const app = renderApp(path, backend);
  await findPageTitle('Diagnosis 2026');
  return { ...app, section: await screen.findByTestId('benchmark') };
}

describe('benchmark anonymity on the results screen', () => {
  it('says only "fewer than k" for a group of three real peers padded with synthetic ones, and widens to real ones', async () => {
    const { backend, path } = world();
    const { user, section } = await openBenchmark(backend, path);
    const suppressed = await within(section).findByTestId('benchmark-suppressed');
    expect(suppressed.textContent).toContain(
      'Fewer than 5 organisations in this group: neither its figures nor its size are shown, so no organisation can be recognised.',
    );
    const group = within(section).getByTestId('benchmark-group');
    expect(within(group).getByTestId('benchmark-n').textContent).toBe('fewer than 5 organisations');
    expect(group.dataset.n).toBeUndefined();
    expect(section.textContent).not.toMatch(/n = (3|103)\b/);
    expect(within(section).queryByTestId('benchmark-synthetic')).toBeNull();

    // The wider group counts real records only: forty and the three.
    const widen = await within(suppressed).findByRole('button', {
      name: 'Widen to: K — Financial and insurance activities · all sizes (n = 43)',
    });
    await user.click(widen);
    await waitFor(() => expect(within(section).getByTestId('benchmark-n').textContent).toBe('n = 43'));
    expect(await within(section).findByTestId('benchmark-table')).toBeTruthy();
    expect(within(section).queryByTestId('benchmark-synthetic')).toBeNull();
  });

  it('says so in Dutch, and in the report export dialog without the n', async () => {
    const { backend, path } = world('nl');
    const { user, section } = await openBenchmark(backend, path);
    await within(section).findByTestId('benchmark-suppressed');
    expect(within(section).getByTestId('benchmark-n').textContent).toBe('minder dan 5 organisaties');

    await user.click(screen.getByTestId('report-export-button'));
    const modal = await screen.findByTestId('report-export-modal');
    const line = await within(modal).findByTestId('report-export-group');
    await waitFor(() => expect(line.dataset.suppressed).toBe('true'));
    expect(line.dataset.n).toBeUndefined();
    expect(line.textContent).toBe(
      'Deze groep telt minder dan 5 metingen: het rapport vermeldt dat in plaats van een vergelijking te tonen.',
    );
  });

  it('labels a comparison drawn from synthetic records while the pool has fewer than k real ones', async () => {
    const backend = createTestBackend();
    const clientId = seedClient(backend, { name: 'Verzekeraar Noord', sector: 'K', sizeBand: '250-999' });
    const engagementId = seedEngagement(backend, clientId, { title: 'Diagnosis 2026', benchmarkConsent: true });
    const roundId = seedRound(backend, engagementId, {
      status: 'finalized',
      respondents: [{ code: 'R1', role: 'staff', scores: 3 }],
    });
    seedPool(
      backend,
      Array.from({ length: 30 }, (_, i) => record('250-999', 200 + i * 5, true)),
    );
    const { section } = await openBenchmark(backend, `/engagements/${engagementId}/results?round=${roundId}`);
    await within(section).findByTestId('benchmark-table');
    expect(within(section).getByTestId('benchmark-n').textContent).toBe('n = 30');
    expect(within(section).getByTestId('benchmark-synthetic').textContent).toBe(
      ' (synthetic demo records, not a real benchmark)',
    );
  });
});
