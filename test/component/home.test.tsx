import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedEngagement, setLanguage } from './seed';

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('home', () => {
  it('lists the engagements in progress with their next step', async () => {
    const backend = createTestBackend();
    const acme = seedClient(backend, { name: 'Acme Hotels' });
    seedEngagement(backend, acme, {
      title: 'Diagnosis 2026',
      purpose: 'diagnosis',
      status: 'active',
      startsOn: '2026-09-15',
      endsOn: '2027-01-31',
    });
    // Active, but its end date (before today, 22 November 2026) has passed.
    seedEngagement(backend, acme, {
      title: 'Leadership track',
      purpose: 'management-development',
      status: 'active',
      startsOn: '2026-03-01',
      endsOn: '2026-10-31',
    });
    seedEngagement(backend, acme, { title: 'Old work', status: 'completed' });
    renderApp('/', backend);
    await findPageTitle('Home');
    const table = await screen.findByRole('table');
    expect(rowTexts(table)).toEqual([
      [
        'Acme Hotels',
        'Diagnosis 2026',
        'Diagnosis',
        'Active',
        'Sep 15, 2026 – Jan 31, 2027',
        'Next: prepare the assessment round',
      ],
      [
        'Acme Hotels',
        'Leadership track',
        'Management development',
        'Active',
        'Mar 1, 2026 – Oct 31, 2026',
        'Next: close the engagement',
      ],
    ]);
    expect(screen.getByText('1 client · 3 engagements')).toBeTruthy();
    expect(screen.queryByText('Demo data')).toBeNull();
  });

  it('labels a workbench that holds only the demo as demo data', async () => {
    const backend = createTestBackend();
    const demo = backend.run('demo.seed', {});
    renderApp('/', backend);
    await findPageTitle('Home');
    expect(await screen.findByText(`${demo.clients} clients · ${demo.engagements} engagements`)).toBeTruthy();
    expect(screen.getAllByText('Demo data').length).toBeGreaterThan(0);
    expect(rowTexts(screen.getByRole('table')).map((cells) => cells[0])).toContain('Zorggroep Rivierenland (demo)');
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
    seedEngagement(backend, seedClient(backend, { name: 'Acme' }), {
      title: 'Diagnose',
      status: 'planned',
      startsOn: '2027-03-02',
    });
    renderApp('/', backend);
    await findPageTitle('Start');
    expect(await screen.findByText('2 mrt 2027 – …')).toBeTruthy();
    expect(screen.getByText('Volgende stap: data vastleggen en actief maken')).toBeTruthy();
  });
});
