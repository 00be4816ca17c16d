import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findPageTitle, renderApp } from './legacyRenderApp';

describe('home', () => {
  it('lists the engagements in progress with their next step', async () => {
    renderApp('/', {
      demo: true,
      clients: [{ id: 'c1', name: 'Acme Hotels' }],
      engagements: [
        {
          clientId: 'c1',
          title: 'Diagnosis 2026',
          purpose: 'diagnosis',
          status: 'active',
          startsOn: '2026-01-15',
          endsOn: '2026-06-30',
        },
        { clientId: 'c1', title: 'Old work', status: 'completed' },
      ],
    });
    await findPageTitle('Home');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    const cells = within(rows[0] as HTMLElement)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      'Acme Hotels',
      'Diagnosis 2026',
      'Diagnosis',
      'Active',
      'Jan 15, 2026 – Jun 30, 2026',
      'Next: prepare the assessment round',
    ]);
    expect(screen.getByText('1 client · 2 engagements')).toBeTruthy();
    expect(screen.getAllByText('Demo data').length).toBeGreaterThan(0);
  });

  it('invites to add the first client on a fresh workbench', async () => {
    const { user } = renderApp('/', {});
    expect(await screen.findByText('Welcome to SX Workbench')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'New client' }));
    expect(await screen.findByRole('dialog', { name: 'New client' })).toBeTruthy();
  });

  it('writes dates the Dutch way in Dutch', async () => {
    renderApp('/', {
      language: 'nl',
      clients: [{ id: 'c1', name: 'Acme' }],
      engagements: [{ clientId: 'c1', title: 'Diagnose', status: 'planned', startsOn: '2026-03-02' }],
    });
    await findPageTitle('Start');
    expect(await screen.findByText('2 mrt 2026 – …')).toBeTruthy();
    expect(screen.getByText('Volgende stap: data vastleggen en actief maken')).toBeTruthy();
  });
});
