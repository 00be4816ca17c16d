import type { QueryClient } from '@tanstack/react-query';
import { defaultTransport, prefetchApiQuery } from '../api/client';
import { parseListState, toListQuery } from '../pages/clients/clientListState';
import { prefetchClientPages } from '../pages/clients/useClientPages';

/**
 * Asks for what the window's first screen shows before React renders it, while the language's strings
 * load: the settings (the gate waits for them), the frame's version, demo badge and database health, and
 * the first page of the client list when the window opens on it. Each answer lands in the cache the
 * screen reads, so the first render has its data and shows it at once, instead of rendering, asking, and
 * rendering again a round trip later. A query a screen asks for itself joins the request in flight.
 *
 * `hash` is the window's hash route (`#/clients?q=…`), the same one the router is about to match.
 */
export function prefetchFirstScreen(queryClient: QueryClient, hash: string): void {
  void prefetchApiQuery(queryClient, 'settings.get', {});
  // AppLayout and DatabaseHealthBanner, on every screen of the frame.
  void prefetchApiQuery(queryClient, 'app.info', {});
  void prefetchApiQuery(queryClient, 'home.badge', {});
  void prefetchApiQuery(queryClient, 'database.health', {});

  const route = new URL(hash.replace(/^#/, '') || '/', 'http://route.invalid');
  if (route.pathname === '/clients') {
    const query = toListQuery(parseListState(route.searchParams));
    void prefetchClientPages(queryClient, defaultTransport(), query);
  }
}
