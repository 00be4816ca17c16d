/** Where an engagement and its rounds live in the hash routes. */

/**
 * The engagement tabs that work today (docs/domain.md, "The workbench's places"); Benchmark and Reports
 * join with their features.
 */
export const ENGAGEMENT_TABS = ['overview', 'rounds', 'results', 'roadmap', 'dossier'] as const;
export type EngagementTab = (typeof ENGAGEMENT_TABS)[number];

/** What a tab's route carries (see engagementTabs.tsx); the hub reads it to mark the active tab. */
export interface EngagementTabHandle {
  engagementTab: EngagementTab;
}

export function isEngagementTabHandle(handle: unknown): handle is EngagementTabHandle {
  return typeof handle === 'object' && handle !== null && 'engagementTab' in handle;
}

export function engagementPath(id: string, tab: EngagementTab = 'overview', round?: string): string {
  const base = `/engagements/${encodeURIComponent(id)}${tab === 'overview' ? '' : `/${tab}`}`;
  return round ? `${base}?round=${encodeURIComponent(round)}` : base;
}

export function workshopPath(assessmentId: string): string {
  return `/assessments/${encodeURIComponent(assessmentId)}/workshop`;
}
