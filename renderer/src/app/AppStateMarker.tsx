import { useIsFetching, useIsMutating, useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect } from 'react';
import { type DataRouter, useLocation, useNavigation } from 'react-router';

/**
 * `<html data-app-state="ready">` once settings are loaded (this renders inside the settings gate) and no
 * query or save is under way, so end-to-end tests wait for the app instead of sleeping.
 *
 * - A navigation sets `loading` as soon as the router starts it (see `watchNavigations`), and again in the
 *   commit that shows the new screen, so "the new heading is visible and the app is ready" never holds
 *   before the new screen's data is in.
 * - A screen that has just mounted starts its queries in effects that run after this component rendered,
 *   so `ready` is set a tick later and only after asking the cache itself; it never flashes early.
 * - A screen the router loads on first use (see routes.tsx) keeps the navigation pending until its code is
 *   in; the app is not ready meanwhile, even when no query is running.
 */
export function AppStateMarker() {
  const location = useLocation();
  const fetching = useIsFetching();
  const mutating = useIsMutating();
  const queryClient = useQueryClient();
  const navigating = useNavigation().state !== 'idle';

  useLayoutEffect(() => {
    document.documentElement.dataset.appState = 'loading';
  }, [location.key]);

  useEffect(() => {
    const root = document.documentElement;
    if (fetching > 0 || mutating > 0 || navigating) {
      root.dataset.appState = 'loading';
      return;
    }
    const timer = setTimeout(() => {
      if (queryClient.isFetching() === 0 && queryClient.isMutating() === 0) root.dataset.appState = 'ready';
    }, 0);
    return () => clearTimeout(timer);
  }, [fetching, mutating, navigating, queryClient, location.key]);

  return null;
}

/**
 * The router renders a navigation in a React transition: the URL changes at once, but the old screen stays
 * up, clickable, until the new one has rendered (a heavy screen takes a moment). Meanwhile the app is not
 * ready: a click that waited for `ready` would land on the screen being left, and that screen (a dialog it
 * just opened included) would vanish when the new one commits. `AppStateMarker` sets `ready` again once the
 * new screen is up and its data is in. Returns the unsubscribe function.
 */
export function watchNavigations(router: Pick<DataRouter, 'state' | 'subscribe'>): () => void {
  let key = router.state.location.key;
  return router.subscribe((state) => {
    // A screen loaded on first use: the URL is still the old one while its code arrives.
    const pending = state.navigation.state !== 'idle';
    if (state.location.key === key && !pending) return;
    key = state.location.key;
    document.documentElement.dataset.appState = 'loading';
  });
}
