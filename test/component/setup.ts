import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

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

afterEach(() => {
  cleanup();
  // Toasts live in a module-level store; one test's toasts must not leak into the next.
  notifications.clean();
  notifications.cleanQueue();
  delete document.documentElement.dataset.appState;
  window.sessionStorage.clear();
});
