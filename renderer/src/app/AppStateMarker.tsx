import { useIsFetching, useIsMutating, useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * `<html data-app-state="ready">` once settings are loaded (this renders inside the settings gate) and no
 * query or save is under way, so end-to-end tests wait for the app instead of sleeping.
 *
 * - A navigation sets `loading` in the same commit that shows the new screen, so "the new heading is
 *   visible and the app is ready" never holds before the new screen's data is in.
 * - A screen that has just mounted starts its queries in effects that run after this component rendered,
 *   so `ready` is set a tick later and only after asking the cache itself; it never flashes early.
 */
export function AppStateMarker() {
  const location = useLocation();
  const fetching = useIsFetching();
  const mutating = useIsMutating();
  const queryClient = useQueryClient();

  useLayoutEffect(() => {
    document.documentElement.dataset.appState = 'loading';
  }, [location.key]);

  useEffect(() => {
    const root = document.documentElement;
    if (fetching > 0 || mutating > 0) {
      root.dataset.appState = 'loading';
      return;
    }
    const timer = setTimeout(() => {
      if (queryClient.isFetching() === 0 && queryClient.isMutating() === 0) root.dataset.appState = 'ready';
    }, 0);
    return () => clearTimeout(timer);
  }, [fetching, mutating, queryClient, location.key]);

  return null;
}
