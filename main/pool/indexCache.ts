import type { Database } from 'better-sqlite3';
import { changeHub, lastPoolChangeSeq, poolChangedBetween } from '../api/changes';
import { noteChange } from '../api/writeScope';
import { buildPoolIndex, OVERLAY_LIMIT, type PoolChange, type PoolIndex } from './poolIndex';

/**
 * Keeps each connection's pool index in step with the pool by following the change stream alone:
 * - after a write of this process that touched the pool, the index takes the records the write noted
 *   (`notePoolRecords`) into its overlay — provided no other pool change happened between the index's
 *   position and that write; otherwise, or without a note, it is dropped and rebuilt on the next query;
 * - before every query it compares its position with the newest pool change in the change log (one read of
 *   a partial index), so a write by another process (the CLI beside the app) is seen at the next query.
 */

interface Cached {
  /** The change-log seq the index reflects: the newest pool change when built, or the last applied. */
  seq: number;
  index: PoolIndex;
}

const cache = new WeakMap<Database, Cached | null>();
const NOTE = 'pool.records';

/**
 * For a writing operation that adds or removes pool records: lets the index follow without a rebuild.
 * `null`, or more than the overlay carries, makes the next query rebuild instead. Optional: leaving it out
 * costs a rebuild, never a wrong number.
 */
export function notePoolRecords(db: Database, changes: PoolChange[] | null): void {
  noteChange(db, NOTE, changes && changes.length <= OVERLAY_LIMIT ? changes : null);
}

/** Too many records for the overlay: the caller need not read them (see `notePoolRecords`). */
export const NOTE_LIMIT = OVERLAY_LIMIT;

export function poolIndex(db: Database): PoolIndex {
  if (!cache.has(db)) follow(db);
  const head = lastPoolChangeSeq(db);
  const cached = cache.get(db);
  if (cached && cached.seq === head) return cached.index;
  // The position and the rows are read in one read transaction, so the two always belong together.
  const fresh = db.transaction(() => ({ seq: lastPoolChangeSeq(db), index: buildPoolIndex(db) }))();
  cache.set(db, fresh);
  return fresh.index;
}

function follow(db: Database): void {
  cache.set(db, null);
  changeHub(db).subscribe((event) => {
    if (!event.entities.includes('pool')) return;
    const cached = cache.get(db);
    // Built (or moved) after this write committed — by a listener ahead of this one that queried the pool
    // synchronously — the index already counts it; applying the note again would count it twice.
    if (!cached || cached.seq >= event.seq) return;
    const noted = event.notes.get(NOTE) as PoolChange[] | null | undefined;
    if (!event.external && noted && !poolChangedBetween(db, cached.seq, event.seq) && cached.index.apply(noted)) {
      cached.seq = event.seq;
      return;
    }
    cache.set(db, null);
  });
}
