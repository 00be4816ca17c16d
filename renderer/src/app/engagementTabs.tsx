import { Navigate, type RouteObject, useOutletContext, useSearchParams } from 'react-router';
import type { Engagement } from '../../../shared/clients/schemas';
import type { EngagementTabHandle } from './paths';

/**
 * The tabs of the engagement hub, composed here so the hub and the results screen never import each
 * other: the hub shows its engagement's header and passes the engagement down through its `<Outlet>`.
 * Each tab's code loads on first use, alongside the hub's (results bring ECharts).
 */

function useEngagement(): Engagement {
  return useOutletContext<Engagement>();
}

export const engagementTabRoutes: RouteObject[] = [
  {
    index: true,
    handle: { engagementTab: 'overview' } satisfies EngagementTabHandle,
    lazy: async () => {
      const { EngagementOverview } = await import('../pages/engagements/EngagementOverview');
      return {
        Component: function OverviewRoute() {
          return <EngagementOverview engagement={useEngagement()} />;
        },
      };
    },
  },
  {
    path: 'rounds',
    handle: { engagementTab: 'rounds' } satisfies EngagementTabHandle,
    lazy: async () => {
      const { RoundsTab } = await import('../pages/engagements/RoundsTab');
      return {
        Component: function RoundsRoute() {
          return <RoundsTab engagement={useEngagement()} />;
        },
      };
    },
  },
  {
    path: 'results',
    handle: { engagementTab: 'results' } satisfies EngagementTabHandle,
    lazy: async () => {
      const { ResultsTab } = await import('../pages/results/ResultsTab');
      return {
        Component: function ResultsRoute() {
          const [search] = useSearchParams();
          return <ResultsTab engagement={useEngagement()} roundId={search.get('round')} />;
        },
      };
    },
  },
  {
    path: 'roadmap',
    handle: { engagementTab: 'roadmap' } satisfies EngagementTabHandle,
    lazy: async () => {
      const { RoadmapTab } = await import('../pages/roadmap/RoadmapTab');
      return {
        Component: function RoadmapRoute() {
          return <RoadmapTab engagement={useEngagement()} />;
        },
      };
    },
  },
  {
    path: 'dossier',
    handle: { engagementTab: 'dossier' } satisfies EngagementTabHandle,
    lazy: async () => {
      const { DossierTab } = await import('../pages/dossier/DossierTab');
      return {
        Component: function DossierRoute() {
          return <DossierTab engagement={useEngagement()} />;
        },
      };
    },
  },
  // A tab that does not exist (an old link): the hub's overview.
  { path: '*', element: <Navigate to=".." relative="path" replace /> },
];
