import type { QueryClient } from '@tanstack/react-query';
import { defaultTransport, prefetchApiQuery } from '../api/client';
import { parseListState, toListQuery } from '../pages/clients/clientListQuery';
import { prefetchClientPages } from '../pages/clients/useClientPages';

/**
 * Asks for what the window's first screen shows before React renders it, while the language's strings
 * load: the settings (the gate waits for them), the frame's version, demo badge and database health, and
 * the first page of the client list when the window opens on it. Each answer lands in the cache the
 * screen reads, so the first render has its data and shows it at once, instead of rendering, asking, and
 * rendering again a round trip later. A query a screen asks for itself joins the request in flight.
 *
 * `hash` is the window's hash route (`#/clients?q=…`), the same one the router is about to match.
 * Resolves once every answer is in (or failed).
 */
export function prefetchFirstScreen(queryClient: QueryClient, hash: string): Promise<void> {
  const asked = [
    prefetchApiQuery(queryClient, 'settings.get', {}),
    // AppLayout and DatabaseHealthBanner, on every screen of the frame.
    prefetchApiQuery(queryClient, 'app.info', {}),
    prefetchApiQuery(queryClient, 'home.badge', {}),
    prefetchApiQuery(queryClient, 'database.health', {}),
  ];
  const route = new URL(hash.replace(/^#/, '') || '/', 'http://route.invalid');
  if (route.pathname === '/clients') {
    const query = toListQuery(parseListState(route.searchParams));
    asked.push(prefetchClientPages(queryClient, defaultTransport(), query));
  }
  // A prefetch never rejects: a failure stays in the cache for the screen to show.
  return Promise.all(asked).then(() => undefined);
}

/**
 * How long the first render waits for the first screen's data once the strings are in. Data that arrives
 * just after the first render is not shown by it: the whole screen renders twice (a skeleton first), and the
 * answers wait behind that render to be read. A slow answer (a very large database) does not hold the
 * window blank for longer than this; its screen shows its own loading state.
 */
export const FIRST_SCREEN_WAIT_MS = 400;

/** Resolves when `asked` has, or after `ms`, whichever comes first. */
export function settledWithin(asked: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void asked.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
