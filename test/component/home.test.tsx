import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HOME_PAGE_SIZE } from '../../shared/clients/schemas';
import { createTestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedEngagement, seedRound, setLanguage } from './seed';

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('home', () => {
  it('lists the engagements in progress with their next step, linked to where it is taken', async () => {
    const backend = createTestBackend();
    const clientId = seedClient(backend, { name: 'Acme Hotels' });
    seedEngagement(backend, clientId, {
      title: 'Diagnosis 2026',
      status: 'active',
      startsOn: '2026-01-15',
      endsOn: '2026-12-30',
    });
    // Active, but its end date (before today, 22 November 2026) has passed.
    seedEngagement(backend, clientId, {
      title: 'Leadership track',
      purpose: 'management-development',
      status: 'active',
      startsOn: '2026-03-01',
      endsOn: '2026-10-31',
    });
    seedEngagement(backend, clientId, { title: 'Old work', status: 'completed' });
    renderApp('/', backend);
    await findPageTitle('Home');
    const rows = await screen.findAllByTestId('home-row');
    expect(rows.map(cellsOf)).toEqual([
      [
        'Acme Hotels',
        'Diagnosis 2026',
        'Diagnosis',
        'Active',
        '15 Jan 2026 – 30 Dec 2026',
        'Next: prepare the first assessment round',
      ],
      [
        'Acme Hotels',
        'Leadership track',
        'Management development',
        'Active',
        '1 Mar 2026 – 31 Oct 2026',
        'Next: close the engagement',
      ],
    ]);
    expect(
      within(rows[0] as HTMLElement)
        .getByRole('link', { name: /prepare the first/ })
        .getAttribute('href'),
    ).toMatch(/\/engagements\/[^/]+\/rounds$/);
    expect(screen.getByText('1 client · 3 engagements')).toBeTruthy();
  });

  it('asks to finalize the second round, not to prepare one, when the first is finalized', async () => {
    const backend = createTestBackend();
    const clientId = seedClient(backend, { name: 'Zorg Zuid' });
    const engagementId = seedEngagement(backend, clientId, { title: 'Programma', status: 'active' });
    seedRound(backend, engagementId, {
      status: 'finalized',
      respondents: [{ code: 'R1', role: 'staff', scores: 3 }],
    });
    seedRound(backend, engagementId, {
      label: 'Follow-up 2027',
      status: 'open',
      respondents: [{ code: 'R1', role: 'staff', scores: 4 }],
    });
    renderApp('/', backend);
    const row = await screen.findByTestId('home-row');
    expect(row.dataset.nextStep).toBe('finalizeRound');
    expect(within(row).getByRole('link', { name: 'Next: finalize the round (Follow-up 2027)' })).toBeTruthy();
  });

  it('shows the demo badge in the frame from the cheap badge query, not from the list', async () => {
    const backend = createTestBackend();
    backend.run('demo.seed', {});
    renderApp('/clients', backend);
    await findPageTitle('Clients');
    expect(await screen.findByText('Demo data')).toBeTruthy();
    expect(backend.callsOf('home.badge')).toHaveLength(1);
    expect(backend.callsOf('home.summary')).toHaveLength(0);
  });

  it('pages through many engagements instead of listing them all', async () => {
    const backend = createTestBackend();
    const clientId = seedClient(backend, { name: 'Groot Bureau' });
    for (let i = 1; i <= HOME_PAGE_SIZE + 5; i++)
      seedEngagement(backend, clientId, { title: `Opdracht ${i}`, status: 'active' });
    const { user } = renderApp('/', backend);
    expect(await screen.findAllByTestId('home-row')).toHaveLength(HOME_PAGE_SIZE);
    const pages = screen.getByTestId('home-pages');
    expect(within(pages).getByText(`1–${HOME_PAGE_SIZE} of ${HOME_PAGE_SIZE + 5}`)).toBeTruthy();
    await user.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(
      await within(pages).findByText(`${HOME_PAGE_SIZE + 1}–${HOME_PAGE_SIZE + 5} of ${HOME_PAGE_SIZE + 5}`),
    ).toBeTruthy();
    expect(screen.getAllByTestId('home-row')).toHaveLength(5);
    expect(backend.callsOf('home.summary').at(-1)).toEqual({ offset: HOME_PAGE_SIZE, limit: HOME_PAGE_SIZE });
  });

  it('invites to add the first client on a fresh workbench', async () => {
    const { user } = renderApp('/');
    expect(await screen.findByText('Welcome to SX Workbench')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'New client' }));
    expect(await screen.findByRole('dialog', { name: 'New client' })).toBeTruthy();
  });

  it('writes dates the Dutch way in Dutch', async () => {
    const backend = createTestBackend();
    setLanguage(backend, 'nl');
    const clientId = seedClient(backend, { name: 'Acme' });
    seedEngagement(backend, clientId, { title: 'Diagnose', status: 'planned', startsOn: '2026-03-02' });
    renderApp('/', backend);
    await findPageTitle('Start');
    expect(await screen.findByText('2 mrt 2026 – …')).toBeTruthy();
    expect(screen.getByText('Volgende stap: data vastleggen en actief maken')).toBeTruthy();
  });
});
