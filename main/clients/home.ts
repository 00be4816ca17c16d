import { calendarDate } from '../../shared/domain/calendar';
import type { z } from 'zod';
import { nextStep } from '../../shared/clients/nextStep';
import type { HomeBadge, HomeQuery, HomeSummary } from '../../shared/clients/schemas';
import { countClients } from './clientsRepository';
import { countEngagements } from './engagementsRepository';
import { countInProgress, inProgressPage } from './homeRepository';
import type { ServiceContext } from '../api/context';

/**
 * Engagements the consultant is working on, a page at a time, each with the step that moves it forward
 * (shared/clients/nextStep.ts). A page, not the whole list: a firm with years of work has tens of thousands.
 */
export function homeSummary(ctx: ServiceContext, query: z.output<typeof HomeQuery>): HomeSummary {
  const today = calendarDate(ctx.now());
  const inProgress = inProgressPage(ctx.db, query).map(({ engagement, latestRound }) => ({
    engagement,
    nextStep: nextStep({ status: engagement.status, endsOn: engagement.endsOn, latestRound }, today),
    round: latestRound ? { id: latestRound.id, label: latestRound.round, mode: latestRound.mode } : null,
  }));
  return {
    inProgress,
    inProgressTotal: countInProgress(ctx.db),
    offset: query.offset,
    ...homeBadge(ctx),
  };
}

/** Demo data or not, and how much there is: two counts, whatever the size of the database. */
export function homeBadge(ctx: ServiceContext): HomeBadge {
  const clients = countClients(ctx.db);
  return {
    demo: clients.total > 0 && clients.real === 0,
    clientCount: clients.total,
    engagementCount: countEngagements(ctx.db),
  };
}
