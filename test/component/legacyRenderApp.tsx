import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../renderer/src/app/App';
import { createQueryClient } from '../../renderer/src/app/queryClient';
import { createUiI18n } from '../../renderer/src/i18n/i18n';
import { FakeApi, type FakeApiOptions } from './fakeApi';

/**
 * Being replaced by renderApp.tsx (the real backend); kept only until every component test has moved.
 * The whole renderer on a memory router and a fake API, in Mantine's test environment (no transitions,
 * no portals). Returns the fake so a test can look at the calls the screens made.
 */
export function renderApp(path = '/', options: FakeApiOptions | FakeApi = {}) {
  const api = options instanceof FakeApi ? options : new FakeApi(options);
  const queryClient = createQueryClient();
  const user = userEvent.setup({ delay: null });
  const view = render(
    <App
      transport={api}
      env="test"
      queryClient={queryClient}
      i18n={createUiI18n('en')}
      createRouter={(routes) => createMemoryRouter(routes, { initialEntries: [path] })}
    />,
  );
  return { api, user, queryClient, view };
}

/** Waits for the first screen's heading: settings loaded, language applied, route rendered. */
export async function findPageTitle(name: string | RegExp) {
  return screen.findByRole('heading', { level: 1, name });
}
