import { AppError } from '../../shared/api/result';
import type { ServiceContext } from '../api/context';
import { benchmarkK } from '../settings/settings';

/**
 * The k a comparison, a widening, an export or a report's benchmark works with. The `benchmarkK` setting is
 * the firm's policy (docs/anonymity.md "Benchmark groups and blocks: k"): a call may ask for a larger k,
 * never a smaller one. A smaller k is refused as invalid input naming the field rather than quietly raised,
 * so no caller reads figures believing they were judged on a k they were not.
 */
export function minimumGroupSize(ctx: ServiceContext, requested: number | undefined, field = 'k'): number {
  const policy = benchmarkK(ctx);
  if (requested === undefined) return policy;
  if (requested < policy) {
    throw new AppError(
      'invalid_input',
      `${field} ${requested} is below the firm's minimum group size (the benchmarkK setting, ${policy}); a call may raise k, never lower it.`,
      {
        fields: [{ path: field, code: 'below_setting', message: `must be at least ${policy}, the benchmarkK setting` }],
      },
    );
  }
  return requested;
}
