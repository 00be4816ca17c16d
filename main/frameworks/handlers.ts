import type { frameworkOperations } from '../../shared/frameworks/operations';
import type { HandlersOf } from '../api/handlers';
import * as frameworks from './frameworks';

export const frameworkHandlers: HandlersOf<typeof frameworkOperations> = {
  'frameworks.list': (_, ctx) => frameworks.listFrameworks(ctx),
  'frameworks.get': ({ id, version }, ctx) => frameworks.getFramework(ctx, id, version),
  'frameworks.import': ({ content, fileName }, ctx) => frameworks.importFramework(ctx, content, fileName),
};
