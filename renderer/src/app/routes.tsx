import { Navigate, type RouteObject } from 'react-router';
import { HomePage } from '../pages/home/HomePage';
import { ClientListPage } from '../pages/clients/ClientListPage';
import { ClientPage } from '../pages/clients/ClientPage';
import { EngagementPage } from '../pages/engagements/EngagementPage';
import { WorkshopPage } from '../pages/workshop/WorkshopPage';
import { BenchmarksPage } from '../pages/benchmarks/BenchmarksPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { AppLayout } from './AppLayout';
import { RouteCrash } from './RouteCrash';

/**
 * Hash routes (the app is loaded from file:// in Electron). The pathless route's error element keeps
 * the navigation on screen when one screen fails; the outer one covers the shell itself. The workshop
 * screen is a presentation mode and sits outside the shell: no navigation, nothing of other clients.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteCrash />,
    children: [
      {
        errorElement: <RouteCrash />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'clients', element: <ClientListPage /> },
          { path: 'clients/:clientId', element: <ClientPage /> },
          { path: 'engagements/:engagementId/:tab?', element: <EngagementPage /> },
          { path: 'benchmarks', element: <BenchmarksPage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: '*', element: <Navigate to="/" replace /> },
        ],
      },
    ],
  },
  {
    path: '/assessments/:assessmentId/workshop',
    element: <WorkshopPage />,
    errorElement: <RouteCrash />,
  },
];
