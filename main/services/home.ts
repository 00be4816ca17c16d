import { calendarDate } from '../../shared/domain/calendar';
import type { Engagement, HomeEngagement, HomeSummary } from '../../shared/domain/schemas';
import { countClients } from '../db/repositories/clients';
import { countEngagements, listEngagements } from '../db/repositories/engagements';
import type { ServiceContext } from './context';

/** Engagements the consultant is working on, each with the step that moves it forward. */
export function homeSummary(ctx: ServiceContext): HomeSummary {
  const inProgress = listEngagements(ctx.db, { statuses: ['active', 'planned'] }).map((engagement): HomeEngagement => ({
    engagement,
    nextStep: nextStep(engagement, ctx.now()),
  }));
  const clients = countClients(ctx.db);
  return {
    inProgress,
    clientCount: clients.total,
    engagementCount: countEngagements(ctx.db),
    demo: clients.total > 0 && clients.real === 0,
  };
}

/** Until assessments exist, the next step follows from status and dates alone. */
export function nextStep(e: Pick<Engagement, 'status' | 'startsOn' | 'endsOn'>, now: Date): HomeEngagement['nextStep'] {
  if (e.status === 'planned') return 'planEngagement';
  const today = calendarDate(now);
  if (e.endsOn && e.endsOn < today) return 'closeEngagement';
  return 'startAssessment';
}
