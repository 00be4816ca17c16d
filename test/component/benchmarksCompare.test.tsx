import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { benchmarkWorld, poolSize, record } from './benchmarksFixture';
import { findPageTitle, renderApp } from './renderApp';

/** 2 peers in the client's own sector and size band (below k = 5), 20 in the sector at large. */
const thinPool = () => [
  ...Array.from({ length: 2 }, (_, i) => record('K', '250-999', 300 + i * 10, { synthetic: false })),
  ...Array.from({ length: 18 }, (_, i) => record('K', '1000+', 250 + i * 10, { synthetic: false })),
  ...Array.from({ length: 10 }, (_, i) => record('Q', '250-999', 320 + i * 5, { synthetic: false })),
];

/** 8 synthetic peers in the client's own sector and size band: a demo pool. */
const richPool = () => Array.from({ length: 8 }, (_, i) => record('K', '250-999', 250 + i * 25));

async function openResults(world: ReturnType<typeof benchmarkWorld>) {
  const app = renderApp(`/engagements/${world.engagementId}/results?round=${world.roundId}`, world.backend);
  await findPageTitle('Diagnosis 2026');
  const section = await screen.findByTestId('benchmark');
  return { ...app, section };
}

describe('the benchmark comparison on the results', () => {
  it('compares with the client’s own sector and size band, showing the group and its n', async () => {
    const world = benchmarkWorld({ pool: richPool() });
    const { section } = await openResults(world);
    const group = await within(section).findByTestId('benchmark-group');
    await waitFor(() => expect(group.textContent).toContain('n = 8'));
    expect(group.textContent).toContain('K — Financial and insurance activities');
    expect(group.textContent).toContain('250–999 employees');
    expect(group.textContent).toContain('all countries');
    expect(within(group).getByTestId('benchmark-synthetic').textContent).toContain(
      'synthetic demo records, not a real benchmark',
    );
    expect(world.backend.callsOf('pool.compare')[0]).toEqual({
      assessmentId: world.roundId,
      filters: { sector: ['K'], size: ['250-999'], country: [], from: null, to: null },
    });

    const table = within(section).getByTestId('benchmark-table');
    const b1 = within(table)
      .getAllByTestId('benchmark-row')
      .find((r) => r.dataset.blockId === 'B1') as HTMLElement;
    // Client 3.50 against 2.50, 2.75, …, 4.25 (PERCENTILE.INC): 4 below and 1 equal → (4 + 0.5) ÷ 8 = 56 %.
    const cells = within(b1)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(1, 6)).toEqual(['3.50', '3.38', '2.94 – 3.81', '4.08', '56']);
    expect(within(b1).getByTestId('better-than').textContent).toBe('Better than 56% of peers');
    expect(within(section).getByTestId('benchmark-radar')).toBeTruthy();
    expect(within(section).getByTestId('benchmark-bars')).toBeTruthy();
  });

  it('writes the reading in Dutch with Dutch numbers', async () => {
    const { section } = await openResults(benchmarkWorld({ pool: richPool(), language: 'nl' }));
    const b1 = (await within(section).findAllByTestId('benchmark-row')).find(
      (r) => r.dataset.blockId === 'B1',
    ) as HTMLElement;
    expect(within(b1).getByTestId('better-than').textContent).toBe('Beter dan 56% van de vergelijkbare organisaties');
    expect(within(b1).getAllByRole('cell')[1]?.textContent).toBe('3,50');
  });

  it('suppresses a group below k, without its n, and widens it to the suggested group', async () => {
    const world = benchmarkWorld({ pool: thinPool() });
    const { user, section } = await openResults(world);
    const suppressed = await within(section).findByTestId('benchmark-suppressed');
    expect(suppressed.textContent).toContain(
      'Fewer than 5 organisations in this group: neither its figures nor its size are shown',
    );
    expect(within(section).queryByTestId('benchmark-table')).toBeNull();
    expect(within(section).getByTestId('benchmark-group').textContent).toContain('fewer than 5 organisations');
    expect(section.textContent).not.toMatch(/n = 2\b/);

    const widen = await within(suppressed).findByRole('button', {
      name: 'Widen to: K — Financial and insurance activities · all sizes (n = 20)',
    });
    await user.click(widen);
    await waitFor(() => expect(within(section).getByTestId('benchmark-group').textContent).toContain('n = 20'));
    expect(within(section).getByTestId('benchmark-group').textContent).toContain('all sizes');
    expect(await within(section).findByTestId('benchmark-table')).toBeTruthy();
    expect(world.backend.callsOf('pool.compare').at(-1)).toEqual(
      expect.objectContaining({ filters: { sector: ['K'], size: [], country: [], from: null, to: null } }),
    );
    // Back to the client's own group.
    await user.click(within(section).getByRole('button', { name: 'Client’s own sector and size' }));
    expect(await within(section).findByTestId('benchmark-suppressed')).toBeTruthy();
  });

  it('adds a finalized round of a consenting client to the pool, and withdraws it', async () => {
    const world = benchmarkWorld({ pool: richPool() });
    const { user, section } = await openResults(world);
    const panel = await within(section).findByTestId('contribution');
    await waitFor(() => expect(panel.dataset.state).toBe('possible'));
    await user.click(within(panel).getByRole('button', { name: 'Add to benchmark pool' }));
    await waitFor(() => expect(within(section).getByTestId('contribution').dataset.state).toBe('contributed'));
    expect(poolSize(world)).toBe(9);
    const { recordId } = world.backend.run('pool.contribution', { assessmentId: world.roundId });
    expect(recordId).not.toBeNull();
    // Its own record never counts in its comparison.
    expect(within(section).getByTestId('benchmark-group').textContent).toContain('n = 8');

    await user.click(within(section).getByRole('button', { name: 'Withdraw from pool' }));
    const confirm = await screen.findByRole('dialog', { name: 'Withdraw this round from the pool?' });
    await user.click(within(confirm).getByRole('button', { name: 'Withdraw from pool' }));
    await waitFor(() => expect(within(section).getByTestId('contribution').dataset.state).toBe('possible'));
    expect(poolSize(world)).toBe(8);
    expect(world.backend.run('pool.contribution', { assessmentId: world.roundId })).toEqual({
      recordId: null,
      blocker: null,
    });
  });

  it('says why a round cannot join the pool', async () => {
    const noConsent = await openResults(benchmarkWorld({ consent: false }));
    const panel = await within(noConsent.section).findByTestId('contribution');
    await waitFor(() => expect(panel.dataset.state).toBe('no_consent'));
    expect(panel.textContent).toContain('consent to the benchmark pool is not recorded');
    expect(within(panel).queryByRole('button')).toBeNull();
    noConsent.view.unmount();

    const open = await openResults(benchmarkWorld({ status: 'open' }));
    const openPanel = await within(open.section).findByTestId('contribution');
    await waitFor(() => expect(openPanel.dataset.state).toBe('not_finalized'));
    expect(openPanel.textContent).toContain('Only a finalized round can join the benchmark pool.');
  });
});
