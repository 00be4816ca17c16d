import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createHashRouter, type RouteObject, RouterProvider } from 'react-router';
import type { ApiTransport } from '../../../shared/api/operations';
import { ApiProvider, useChangeEvents } from '../api/client';
import { watchNavigations } from './AppStateMarker';
import { CrashBoundary } from './CrashBoundary';
import { LabelledCloseButtons } from './LabelledCloseButtons';
import { createQueryClient } from './queryClient';
import { routes } from './routes';
import { SettingsGate } from './SettingsGate';
import { sessionColorSchemeManager } from './colorScheme';
import { cssVariablesResolver, theme } from './theme';

type Router = ReturnType<typeof createHashRouter>;

export interface AppProps {
  /** The API transport; by default the preload bridge or the loopback bridge. Tests pass a fake. */
  transport?: ApiTransport;
  /** Hash routing in the app; tests pass a memory router. */
  createRouter?: (routes: RouteObject[]) => Router;
  queryClient?: QueryClient;
  /** The window's i18next instance, its first language loaded (`startUiI18n`). */
  i18n: I18n;
  /** Mantine's `test` environment switches off transitions and portals. */
  env?: 'default' | 'test';
}

export function App({ transport, createRouter = createHashRouter, queryClient, i18n, env = 'default' }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [router] = useState(() => createRouter(routes));
  const [colorSchemeManager] = useState(sessionColorSchemeManager);
  useEffect(() => watchNavigations(router), [router]);

  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
      env={env}
    >
      <I18nextProvider i18n={i18n}>
        <LabelledCloseButtons>
          <CrashBoundary>
            <ApiProvider transport={transport}>
              <QueryClientProvider client={client}>
                <ChangeEvents client={client} />
                <Notifications position="bottom-right" limit={4} />
                <SettingsGate>
                  <RouterProvider router={router} />
                </SettingsGate>
              </QueryClientProvider>
            </ApiProvider>
          </CrashBoundary>
        </LabelledCloseButtons>
      </I18nextProvider>
    </MantineProvider>
  );
}

/** Keeps every screen's data in step with the database: each change event refreshes what it touched. */
function ChangeEvents({ client }: { client: QueryClient }) {
  useChangeEvents(client);
  return null;
}
