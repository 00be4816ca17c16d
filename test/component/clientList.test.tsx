import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClientListQuery } from '../../shared/clients/schemas';
import type { FakeApi } from './fakeApi';
import { findPageTitle, renderApp } from './legacyRenderApp';

const lastListQuery = (api: FakeApi) => api.callsOf('clients.list').at(-1) as ClientListQuery;

function manyClients(count: number) {
  return Array.from({ length: count }, (_, i) => ({ name: `Client ${String(i + 1).padStart(4, '0')}` }));
}

describe('client list', () => {
  it('lists clients with sector, size, country and engagement count, and the total', async () => {
    renderApp('/clients', {
      clients: [
        { id: 'a', name: 'Acme Hotels', sector: 'I', sizeBand: '50-249', country: 'NL' },
        { id: 'b', name: 'Brouwerij Bosch', sector: 'C', sizeBand: '10-49', country: 'BE', archivedAt: null },
      ],
      engagements: [{ clientId: 'a', title: 'Diagnosis 2026' }],
    });
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
    renderApp('/clients', { language: 'nl', clients: manyClients(1234) });
    expect(await screen.findByText('1.234 opdrachtgevers')).toBeTruthy();
  });

  it('sends the search text as the user types', async () => {
    const { api, user } = renderApp('/clients', { clients: [{ name: 'Acme Hotels' }, { name: 'Brouwerij Bosch' }] });
    await screen.findAllByTestId('client-row');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'bro');
    await waitFor(() => expect(lastListQuery(api).search).toBe('bro'));
    await waitFor(() => expect(screen.getAllByTestId('client-row')).toHaveLength(1));
    expect(screen.getByTestId('client-row').textContent).toContain('Brouwerij Bosch');
    // Debounced: not one request per keystroke.
    expect(
      api.callsOf('clients.list').filter((q) => (q as ClientListQuery).search?.startsWith('b')).length,
    ).toBeLessThan(3);
  });

  it('focuses the search box with "/"', async () => {
    const { user } = renderApp('/clients', { clients: [{ name: 'Acme' }] });
    await screen.findAllByTestId('client-row');
    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search' }));
  });

  it('invites to add the first client when there are none', async () => {
    renderApp('/clients', {});
    expect(await screen.findByText('No clients yet')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'New client' }).length).toBeGreaterThan(0);
  });

  it('says when nothing matches and clears the filters on request', async () => {
    const { api, user } = renderApp('/clients', { clients: [{ name: 'Acme' }] });
    await screen.findAllByTestId('client-row');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zzz');
    expect(await screen.findByText('No clients match this search or these filters.')).toBeTruthy();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clear.at(-1) as HTMLElement);
    await waitFor(() => expect(screen.getAllByTestId('client-row')).toHaveLength(1));
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('');
    expect(api.callsOf('clients.list').some((q) => (q as ClientListQuery).search === 'zzz')).toBe(true);
  });

  it('filters on archived clients', async () => {
    const { api, user } = renderApp('/clients', {
      clients: [{ name: 'Active Co' }, { name: 'Old Co', archivedAt: '2025-01-01T00:00:00Z' }],
    });
    await screen.findAllByTestId('client-row');
    await user.click(screen.getByRole('radio', { name: 'Archived' }));
    await waitFor(() => expect(lastListQuery(api).archived).toBe('archived'));
    await waitFor(() => expect(screen.getByTestId('client-row').textContent).toContain('Old Co'));
    expect(screen.getByTestId('client-row').textContent).toContain('Archived');
  });

  it('sorts by a column when its header is clicked, then reverses', async () => {
    const { api, user } = renderApp('/clients', { clients: [{ name: 'Acme', country: 'NL' }] });
    await screen.findAllByTestId('client-row');
    await user.click(screen.getByRole('button', { name: 'Country' }));
    await waitFor(() => expect(lastListQuery(api)).toMatchObject({ sort: 'country', direction: 'asc' }));
    await user.click(screen.getByRole('button', { name: 'Country' }));
    await waitFor(() => expect(lastListQuery(api)).toMatchObject({ sort: 'country', direction: 'desc' }));
  });

  it('opens a client with Enter and moves between rows with the arrow keys', async () => {
    const { user } = renderApp('/clients', {
      clients: [
        { id: 'a', name: 'Acme' },
        { id: 'b', name: 'Bosch' },
      ],
    });
    const rows = await screen.findAllByTestId('client-row');
    (rows[0] as HTMLElement).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toContain('Bosch');
    await user.keyboard('{Enter}');
    await findPageTitle('Bosch');
  });

  it('pages in more rows as the list is scrolled', async () => {
    const { api } = renderApp('/clients', { clients: manyClients(450) });
    await screen.findAllByTestId('client-row');
    expect(screen.getByText('450 clients')).toBeTruthy();
    expect(api.callsOf('clients.list')).toHaveLength(1);
    expect(lastListQuery(api)).toMatchObject({ offset: 0, limit: 200 });

    const viewport = screen.getAllByRole('rowgroup')[0] as HTMLElement;
    viewport.scrollTop = 200 * 40 - 720;
    fireEvent.scroll(viewport);
    await waitFor(() => expect(lastListQuery(api)).toMatchObject({ offset: 200, limit: 200 }));
  });

  it('offers a retry when the next page cannot be loaded, instead of asking again and again', async () => {
    const { api, user } = renderApp('/clients', { clients: manyClients(450) });
    await screen.findAllByTestId('client-row');
    api.failures.set('clients.list', { code: 'database_locked' });
    const viewport = screen.getAllByRole('rowgroup')[0] as HTMLElement;
    viewport.scrollTop = 200 * 40 - 720;
    fireEvent.scroll(viewport);
    expect(await screen.findByText('The database is busy in another program. Try again in a moment.')).toBeTruthy();
    const attempts = api.callsOf('clients.list').length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.callsOf('clients.list')).toHaveLength(attempts);

    api.failures.delete('clients.list');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(lastListQuery(api)).toMatchObject({ offset: 200 }));
    await waitFor(() => expect(screen.queryByText(/The database is busy/)).toBeNull());
  });
});
