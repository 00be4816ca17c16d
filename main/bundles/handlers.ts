import type { bundleOperations } from '../../shared/bundles/operations';
import type { HandlersOf } from '../api/handlers';
import { exportBundle } from './exportBundle';
import { importBundle, previewBundle } from './importBundle';

export const bundleHandlers: HandlersOf<typeof bundleOperations> = {
  'bundles.export': (input, ctx) => exportBundle(ctx, input),
  'bundles.preview': (input, ctx) => previewBundle(ctx, input),
  'bundles.import': (input, ctx) => importBundle(ctx, input),
};
