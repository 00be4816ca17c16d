import type { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../renderer/src/app/App';
import { createQueryClient } from '../../renderer/src/app/queryClient';
import { createI18n } from '../../shared/i18n';
import { createTestBackend, type TestBackend } from './backend';

/**
 * The whole renderer on a memory router and the real backend (in-memory SQLite), in Mantine's test
 * environment (no transitions, no portals). Returns the backend so a test can seed it, write beside the
 * screens as another window would, and look at the calls the screens made.
 */
export function renderApp(
  path = '/',
  backend: TestBackend = createTestBackend(),
  queryClient: QueryClient = createQueryClient(),
) {
  const user = userEvent.setup({ delay: null });
  const language = backend.run('settings.get', {}).effectiveLanguage;
  const view = render(
    <App
      transport={backend}
      env="test"
      queryClient={queryClient}
      i18n={createI18n(language)}
      createRouter={(routes) => createMemoryRouter(routes, { initialEntries: [path] })}
    />,
  );
  return { backend, user, queryClient, view };
}

/** Waits for the first screen's heading: settings loaded, language applied, route rendered. */
export async function findPageTitle(name: string | RegExp) {
  return screen.findByRole('heading', { level: 1, name });
}
