import { calendarDate } from '../../shared/domain/calendar';
import type { Engagement, HomeEngagement, HomeSummary } from '../../shared/clients/schemas';
import { countClients } from './clientsRepository';
import { countEngagements, listEngagements } from './engagementsRepository';
import type { ServiceContext } from '../api/context';

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
