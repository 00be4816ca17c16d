import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { prefetchFirstScreen } from '../../renderer/src/app/firstScreen';
import { createQueryClient } from '../../renderer/src/app/queryClient';
import type { ClientListQuery } from '../../shared/clients/schemas';
import { createTestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient } from './seed';

afterEach(() => setTransport(null));

describe('the first screen, asked for before the first render', () => {
  it('shows the client list from the page asked at start, with the link’s search and order, without asking again', async () => {
    const backend = createTestBackend();
    for (const name of ['Acme Hotels', 'Brouwerij Bosch', 'Bakkerij Brood']) seedClient(backend, { name });
    setTransport(backend);
    const queryClient = createQueryClient();

    prefetchFirstScreen(queryClient, '#/clients?q=b&dir=desc');
    renderApp('/clients?q=b&dir=desc', backend, queryClient);

    await findPageTitle('Clients');
    const rows = await screen.findAllByTestId('client-row');
    expect(rows.map((row) => row.querySelector('[role="cell"]')?.textContent)).toEqual([
      'Brouwerij Bosch',
      'Bakkerij Brood',
    ]);
    const asked = backend.callsOf('clients.list') as ClientListQuery[];
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ search: 'b', sort: 'name', direction: 'desc', offset: 0 });
    expect(backend.callsOf('settings.get')).toHaveLength(1);
    expect(backend.callsOf('home.badge')).toHaveLength(1);
  });

  it('asks for no client list when the window opens on another screen', async () => {
    const backend = createTestBackend();
    seedClient(backend, { name: 'Acme Hotels' });
    setTransport(backend);
    const queryClient = createQueryClient();

    prefetchFirstScreen(queryClient, '#/settings');
    prefetchFirstScreen(createQueryClient(), '');

    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(backend.callsOf('settings.get')).toHaveLength(2);
    expect(backend.callsOf('clients.list')).toHaveLength(0);
  });
});
