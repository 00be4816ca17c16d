import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { prefetchFirstScreen, settledWithin } from '../../renderer/src/app/firstScreen';
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

    await Promise.all([prefetchFirstScreen(queryClient, '#/settings'), prefetchFirstScreen(createQueryClient(), '')]);

    expect(backend.callsOf('settings.get')).toHaveLength(2);
    expect(backend.callsOf('clients.list')).toHaveLength(0);
  });

  it('resolves as soon as every answer is in', async () => {
    const backend = createTestBackend();
    setTransport(backend);
    const queryClient = createQueryClient();

    await prefetchFirstScreen(queryClient, '#/clients');

    expect(
      queryClient.getQueryData(['clients.list', { archived: 'active', sort: 'name', direction: 'asc' }, 'pages']),
    ).toMatchObject({ pages: [{ total: 0 }] });
    expect(queryClient.isFetching()).toBe(0);
  });
});

describe('waiting for the first screen’s data', () => {
  afterEach(() => vi.useRealTimers());

  it('stops waiting after the limit when the answers take longer', async () => {
    vi.useFakeTimers();
    let settled = false;
    void settledWithin(new Promise(() => {}), 400).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(399);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it('stops waiting as soon as the answers are in', async () => {
    vi.useFakeTimers();
    let settled = false;
    void settledWithin(Promise.resolve(), 400).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });
});
