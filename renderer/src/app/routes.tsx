import { Navigate, type RouteObject } from 'react-router';
import { ClientListPage } from '../pages/clients/ClientListPage';
import { HomePage } from '../pages/home/HomePage';
import { LoadingScreen } from '../ui/Loading';
import { AppLayout } from './AppLayout';
import { engagementTabRoutes } from './engagementTabs';
import { RouteCrash } from './RouteCrash';

/**
 * Hash routes (the app is loaded from file:// in Electron). The pathless route's error element keeps
 * the navigation on screen when one screen fails; the outer one covers the shell itself. The workshop
 * screen is a presentation mode and sits outside the shell: no navigation, nothing of other clients.
 *
 * The screens the app opens on (home, the client list) are in the first script; every other screen is
 * loaded by the router when first visited, so ECharts and the forms of a round are not read at start.
 * The router holds the old screen until the new one's code is in (see AppStateMarker).
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteCrash />,
    hydrateFallbackElement: <LoadingScreen />,
    children: [
      {
        errorElement: <RouteCrash />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'clients', element: <ClientListPage /> },
          {
            path: 'clients/:clientId',
            lazy: async () => ({ Component: (await import('../pages/clients/ClientPage')).ClientPage }),
          },
          {
            path: 'engagements/:engagementId',
            lazy: async () => ({ Component: (await import('../pages/engagements/EngagementPage')).EngagementPage }),
            children: engagementTabRoutes,
          },
          {
            path: 'benchmarks',
            lazy: async () => ({ Component: (await import('../pages/benchmarks/BenchmarksPage')).BenchmarksPage }),
          },
          {
            path: 'settings',
            lazy: async () => ({ Component: (await import('../pages/settings/SettingsPage')).SettingsPage }),
          },
          { path: '*', element: <Navigate to="/" replace /> },
        ],
      },
    ],
  },
  {
    path: '/assessments/:assessmentId/workshop',
    lazy: async () => ({ Component: (await import('../pages/workshop/WorkshopPage')).WorkshopPage }),
    errorElement: <RouteCrash />,
    hydrateFallbackElement: <LoadingScreen />,
  },
];
