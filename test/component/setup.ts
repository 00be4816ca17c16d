import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { afterEach, beforeAll } from 'vitest';
import { routes } from '../../renderer/src/app/routes';

/**
 * happy-dom does no layout: every element measures 0×0, and a virtualised list with no height renders
 * no rows. Component tests give elements a window-sized box instead; nothing here asserts on layout.
 */
for (const [property, size] of [
  ['clientHeight', 720],
  ['clientWidth', 1200],
  ['offsetHeight', 720],
  ['offsetWidth', 1200],
] as const) {
  Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => size });
}

// A busy machine (CI's two cores, a build beside the tests) renders a screen in seconds, not milliseconds;
// waiting longer for an element costs nothing when it comes at once.
configure({ asyncUtilTimeout: 5000 });

// Mantine's combobox scrolls the selected option into view.
HTMLElement.prototype.scrollIntoView ??= () => {};

/**
 * Most screens are loaded by the router on first visit (routes.tsx). In the app that is a file read; here
 * the first visit also compiles the screen, which can outlast a query's one-second wait. Loading them once
 * up front keeps the tests about behaviour; the router still goes through each route's `lazy`.
 */
async function loadLazyScreens(list: readonly RouteObject[]): Promise<void> {
  for (const route of list) {
    if (typeof route.lazy === 'function') await route.lazy();
    if (route.children) await loadLazyScreens(route.children);
  }
}
beforeAll(() => loadLazyScreens(routes), 120_000);

afterEach(() => {
  cleanup();
  // Toasts live in a module-level store; one test's toasts must not leak into the next.
  notifications.clean();
  notifications.cleanQueue();
  delete document.documentElement.dataset.appState;
  window.sessionStorage.clear();
});
