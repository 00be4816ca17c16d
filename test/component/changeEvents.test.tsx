import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedEngagement } from './seed';

describe('screens follow the change stream', () => {
  it('shows a client added by another window or the CLI, through the change event alone', async () => {
    const backend = createTestBackend();
    seedClient(backend, { name: 'Acme Hotels' });
    renderApp('/clients', backend);
    await findPageTitle('Clients');
    await screen.findByText('Acme Hotels');
    const listCalls = backend.callsOf('clients.list').length;

    // Not through the screen: directly on the backend, as the CLI beside the app would.
    backend.run('clients.create', { name: 'Brouwerij Bosch', sector: 'C', sizeBand: '10-49', country: 'NL' });

    expect(await screen.findByText('Brouwerij Bosch')).toBeTruthy();
    expect(backend.callsOf('clients.list').length).toBeGreaterThan(listCalls);
  });

  it('refreshes a client page when an engagement is added elsewhere, and leaves unrelated screens alone', async () => {
    const backend = createTestBackend();
    const clientId = seedClient(backend, { name: 'Acme Hotels' });
    renderApp(`/clients/${clientId}`, backend);
    await findPageTitle('Acme Hotels');
    const settingsCalls = backend.callsOf('settings.get').length;

    seedEngagement(backend, clientId, { title: 'Baseline diagnosis 2027' });

    expect(await screen.findByText('Baseline diagnosis 2027')).toBeTruthy();
    // An engagement is not a setting: the settings query was not asked again.
    expect(backend.callsOf('settings.get').length).toBe(settingsCalls);
  });
});
