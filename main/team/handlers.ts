import type { teamOperations } from '../../shared/team/operations';
import type { HandlersOf } from '../api/handlers';
import { addTeamConsultant, initTeamServer, removeTeamConsultant } from './administration';
import { connectServer, sync, teamStatus, testConnection } from './sync';

export const teamHandlers: HandlersOf<typeof teamOperations> = {
  'team.status': (_, ctx) => teamStatus(ctx),
  'team.test': (input, ctx) => testConnection(ctx, input),
  'team.connect': (input, ctx) => connectServer(ctx, input),
  'team.sync': (input, ctx) => sync(ctx, input),
  'team.init': (input, ctx) => initTeamServer(ctx, input),
  'team.addConsultant': (input, ctx) => addTeamConsultant(ctx, input),
  'team.removeConsultant': (input, ctx) => removeTeamConsultant(ctx, input),
};
