import type { roadmapOperations } from '../../shared/roadmap/operations';
import type { HandlersOf } from '../api/handlers';
import * as exports from './exports';
import * as initiatives from './initiatives';
import * as roadmap from './roadmap';
import * as suggestions from './suggestions';

export const roadmapHandlers: HandlersOf<typeof roadmapOperations> = {
  'roadmap.get': ({ engagementId }, ctx) => roadmap.getRoadmap(ctx, engagementId),
  'roadmap.setHorizon': (input, ctx) => roadmap.setHorizon(ctx, input),
  'roadmap.setTarget': (input, ctx) => roadmap.setTarget(ctx, input),
  'roadmap.removeTarget': ({ engagementId, block }, ctx) => roadmap.removeTarget(ctx, engagementId, block),
  'roadmap.suggest': (input, ctx) => suggestions.suggest(ctx, input),
  'roadmap.acceptSuggestion': (input, ctx) => suggestions.acceptSuggestion(ctx, input),
  'roadmap.dismissSuggestion': ({ engagementId, key }, ctx) => roadmap.dismissSuggestion(ctx, engagementId, key),
  'roadmap.restoreSuggestion': ({ engagementId, key }, ctx) => roadmap.restoreSuggestion(ctx, engagementId, key),
  'initiatives.create': (input, ctx) => initiatives.createInitiative(ctx, input),
  'initiatives.update': (input, ctx) => initiatives.updateInitiative(ctx, input),
  'initiatives.delete': ({ id }, ctx) => initiatives.deleteInitiative(ctx, id),
  'roadmap.export': (input, ctx) => exports.exportRoadmap(ctx, input),
  'roadmap.save': (input, ctx) => exports.saveRoadmap(ctx, input),
};
