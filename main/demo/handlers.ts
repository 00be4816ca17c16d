import type { demoOperations } from '../../shared/demo/operations';
import type { HandlersOf } from '../api/handlers';
import { seedDemo } from './demo';

export const demoHandlers: HandlersOf<typeof demoOperations> = {
  'demo.seed': (_, ctx) => seedDemo(ctx),
};
