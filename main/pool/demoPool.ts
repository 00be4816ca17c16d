import { syntheticRecords } from '../../shared/pool/synthetic';
import type { ServiceContext } from '../api/context';
import * as repo from './repository';

export const DEMO_PACK_ID = 'pk_demo';

/**
 * A synthetic pool for the demo (`sxw demo`): records marked `synthetic`, as the pack "Synthetic demo pool",
 * so they show as synthetic everywhere and go with one removePack. Runs inside the caller's write.
 */
export function seedSyntheticPool(ctx: ServiceContext, count = 3000, seed = 20_260_101): number {
  const at = ctx.now().toISOString();
  repo.deletePack(ctx.db, DEMO_PACK_ID);
  repo.insertPack(ctx.db, {
    id: DEMO_PACK_ID,
    name: 'Synthetic demo pool (demo)',
    format: 'demo',
    framework: 'sx-default',
    sha256: `demo-${seed}-${count}`,
    at,
  });
  for (const r of syntheticRecords(count, { seed })) repo.insertPoolRecord(ctx.db, r, DEMO_PACK_ID);
  repo.addToPackCount(ctx.db, DEMO_PACK_ID, count);
  return count;
}
