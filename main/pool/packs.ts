import { AppError } from '../../shared/api/result';
import type { PackSummary, PoolStats } from '../../shared/pool/schemas';
import type { ServiceContext } from '../api/context';
import { auditDetails } from '../api/writeScope';
import { NOTE_LIMIT, notePoolRecords, poolIndex } from './indexCache';
import * as repo from './repository';

/** The pool's composition and the packs it was imported from. */

export function poolStats(ctx: ServiceContext): PoolStats {
  const index = poolIndex(ctx.db);
  const c = index.counts();
  const obj = <K extends string | number>(m: Map<K, number>) =>
    Object.fromEntries([...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([key, v]) => [String(key), v]));
  return {
    total: index.size,
    synthetic: c.synthetic,
    byFramework: obj(c.byFramework),
    bySector: obj(c.bySector),
    bySizeBand: obj(c.bySizeBand),
    byCountry: obj(c.byCountry),
    byYear: obj(c.byYear),
    bySource: obj(index.sourceCounts),
  };
}

export function listPacks(ctx: ServiceContext): PackSummary[] {
  return repo.listPacks(ctx.db);
}

/** Removes a pack and every record it brought. */
export function removePack(ctx: ServiceContext, packId: string): { id: string; removed: number } {
  const pack = repo.findPack(ctx.db, packId);
  if (!pack) {
    throw new AppError('not_found', `No benchmark pack with id ${packId}.`, { entity: 'pack', id: packId });
  }
  // A small pack's records are read first, so the in-memory index can drop them without a rebuild.
  const records = repo.poolRecordsOfSource(ctx.db, packId, NOTE_LIMIT);
  const removed = repo.deletePack(ctx.db, packId);
  notePoolRecords(ctx.db, records && records.map((record) => ({ sign: -1, record, source: packId })));
  auditDetails(ctx.db, { removed });
  return { id: packId, removed };
}
