import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClientListQuery } from '../../shared/clients/schemas';
import { createTestBackend, type TestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedEngagement, setLanguage } from './seed';

const lastListQuery = (backend: TestBackend) => backend.callsOf('clients.list').at(-1) as ClientListQuery;

/** A backend with these clients (just names: the other fields are the seed's defaults). */
function withClients(...names: string[]): TestBackend {
  const backend = createTestBackend();
  for (const name of names) seedClient(backend, { name });
  return backend;
}

function manyClients(count: number): TestBackend {
  return withClients(...Array.from({ length: count }, (_, i) => `Client ${String(i + 1).padStart(4, '0')}`));
}

describe('client list', () => {
  it('lists clients with sector, size, country and engagement count, and the total', async () => {
    const backend = createTestBackend();
    const acme = seedClient(backend, { name: 'Acme Hotels', sector: 'I', sizeBand: '50-249', country: 'NL' });
    seedClient(backend, { name: 'Brouwerij Bosch', sector: 'C', sizeBand: '10-49', country: 'BE' });
    seedEngagement(backend, acme, { title: 'Diagnosis 2026' });
    renderApp('/clients', backend);
    await findPageTitle('Clients');
    const rows = await screen.findAllByTestId('client-row');
    expect(rows.map((row) => row.querySelector('[role="cell"]')?.textContent)).toEqual([
      'Acme Hotels',
      'Brouwerij Bosch',
    ]);
    expect(rows[0]?.textContent).toContain('I — Accommodation and food service');
    expect(rows[0]?.textContent).toContain('50–249 employees');
    expect(rows[0]?.textContent).toContain('Netherlands');
    expect(rows[1]?.textContent).toContain('Belgium');
    expect(screen.getByText('2 clients')).toBeTruthy();
  });

  it('formats the total in the UI language', async () => {
    const backend = manyClients(1234);
    setLanguage(backend, 'nl');
    renderApp('/clients', backend);
    expect(await screen.findByText('1.234 opdrachtgevers')).toBeTruthy();
  });

  it('sends the search text as the user types', async () => {
    const { backend, user } = renderApp('/clients', withClients('Acme Hotels', 'Brouwerij Bosch'));
    await screen.findAllByTestId('client-row');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'bro');
    await waitFor(() => expect(lastListQuery(backend).search).toBe('bro'));
    await waitFor(() => expect(screen.getAllByTestId('client-row')).toHaveLength(1));
    expect(screen.getByTestId('client-row').textContent).toContain('Brouwerij Bosch');
    // Debounced: not one request per keystroke.
    expect(
      backend.callsOf('clients.list').filter((q) => (q as ClientListQuery).search?.startsWith('b')).length,
    ).toBeLessThan(3);
  });

  it('focuses the search box with "/"', async () => {
    const { user } = renderApp('/clients', withClients('Acme'));
    await screen.findAllByTestId('client-row');
    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search' }));
  });

  it('invites to add the first client when there are none', async () => {
    renderApp('/clients');
    expect(await screen.findByText('No clients yet')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'New client' }).length).toBeGreaterThan(0);
  });

  it('says when nothing matches and clears the filters on request', async () => {
    const { backend, user } = renderApp('/clients', withClients('Acme'));
    await screen.findAllByTestId('client-row');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zzz');
    expect(await screen.findByText('No clients match this search or these filters.')).toBeTruthy();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clear.at(-1) as HTMLElement);
    await waitFor(() => expect(screen.getAllByTestId('client-row')).toHaveLength(1));
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('');
    expect(backend.callsOf('clients.list').some((q) => (q as ClientListQuery).search === 'zzz')).toBe(true);
  });

  it('filters on archived clients', async () => {
    const backend = withClients('Active Co');
    backend.run('clients.archive', { id: seedClient(backend, { name: 'Old Co' }) });
    const { user } = renderApp('/clients', backend);
    await screen.findAllByTestId('client-row');
    expect(screen.getByTestId('client-row').textContent).toContain('Active Co');
    await user.click(screen.getByRole('radio', { name: 'Archived' }));
    await waitFor(() => expect(lastListQuery(backend).archived).toBe('archived'));
    await waitFor(() => expect(screen.getByTestId('client-row').textContent).toContain('Old Co'));
    expect(screen.getByTestId('client-row').textContent).toContain('Archived');
  });

  it('sorts by a column when its header is clicked, then reverses', async () => {
    const backend = createTestBackend();
    seedClient(backend, { name: 'Acme', country: 'NL' });
    seedClient(backend, { name: 'Brasserie Liège', country: 'BE' });
    const { user } = renderApp('/clients', backend);
    const names = () =>
      screen.getAllByTestId('client-row').map((row) => row.querySelector('[role="cell"]')?.textContent);
    await waitFor(() => expect(names()).toEqual(['Acme', 'Brasserie Liège']));
    await user.click(screen.getByRole('button', { name: 'Country' }));
    await waitFor(() => expect(lastListQuery(backend)).toMatchObject({ sort: 'country', direction: 'asc' }));
    await waitFor(() => expect(names()).toEqual(['Brasserie Liège', 'Acme']));
    await user.click(screen.getByRole('button', { name: 'Country' }));
    await waitFor(() => expect(lastListQuery(backend)).toMatchObject({ sort: 'country', direction: 'desc' }));
    await waitFor(() => expect(names()).toEqual(['Acme', 'Brasserie Liège']));
  });

  it('opens a client with Enter and moves between rows with the arrow keys', async () => {
    const { user } = renderApp('/clients', withClients('Acme', 'Bosch'));
    const rows = await screen.findAllByTestId('client-row');
    (rows[0] as HTMLElement).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toContain('Bosch');
    await user.keyboard('{Enter}');
    await findPageTitle('Bosch');
  });

  it('pages in more rows as the list is scrolled', async () => {
    const { backend } = renderApp('/clients', manyClients(450));
    await screen.findAllByTestId('client-row');
    expect(screen.getByText('450 clients')).toBeTruthy();
    expect(backend.callsOf('clients.list')).toHaveLength(1);
    expect(lastListQuery(backend)).toMatchObject({ offset: 0, limit: 200 });

    const viewport = screen.getAllByRole('rowgroup')[0] as HTMLElement;
    viewport.scrollTop = 200 * 40 - 720;
    fireEvent.scroll(viewport);
    await waitFor(() => expect(lastListQuery(backend)).toMatchObject({ offset: 200, limit: 200 }));
    await waitFor(() => expect(screen.getByText('Client 0201')).toBeTruthy());
  });

  it('offers a retry when the next page cannot be loaded, instead of asking again and again', async () => {
    const { backend, user } = renderApp('/clients', manyClients(450));
    await screen.findAllByTestId('client-row');
    backend.failures.set('clients.list', { code: 'database_locked' });
    const viewport = screen.getAllByRole('rowgroup')[0] as HTMLElement;
    viewport.scrollTop = 200 * 40 - 720;
    fireEvent.scroll(viewport);
    expect(await screen.findByText('The database is busy in another program. Try again in a moment.')).toBeTruthy();
    const attempts = backend.callsOf('clients.list').length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(backend.callsOf('clients.list')).toHaveLength(attempts);

    backend.failures.delete('clients.list');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(lastListQuery(backend)).toMatchObject({ offset: 200 }));
    await waitFor(() => expect(screen.queryByText(/The database is busy/)).toBeNull());
  });
});
