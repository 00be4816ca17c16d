import type { Migration } from './types';

/**
 * The change log: one row per committed writing operation (its position `seq`, time, operation name and the
 * entities it changed as a JSON array), written by the dispatcher in the operation's own transaction. It
 * replaces the benchmark pool's generation counter: the pool's in-memory index now asks for the newest
 * change that touched the pool (the partial index below makes that one read), and the withdrawal trigger no
 * longer bumps a setting. AUTOINCREMENT so a seq is never reused, even after old rows are pruned. A
 * reopened round leaves the pool by trigger, as a deleted one already did, so no round operation needs to
 * know the pool's tables.
 */
export const migration004: Migration = {
  version: 4,
  name: 'change-log',
  up(db) {
    db.exec(`
      CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        operation TEXT NOT NULL,
        entities TEXT NOT NULL
      ) STRICT;
      CREATE INDEX change_log_pool ON change_log (seq) WHERE entities LIKE '%"pool"%';

      DROP TRIGGER pool_contributions_ad;
      CREATE TRIGGER pool_contributions_ad AFTER DELETE ON pool_contributions BEGIN
        DELETE FROM pool_records WHERE record_id = old.record_id;
      END;
      DELETE FROM settings WHERE key = 'benchmark.poolGeneration';

      -- A reopened round's results may change: it leaves the benchmark pool in the same write.
      CREATE TRIGGER assessments_reopened AFTER UPDATE OF status ON assessments
        WHEN old.status = 'finalized' AND new.status <> 'finalized'
      BEGIN
        DELETE FROM pool_contributions WHERE assessment_id = new.id;
      END;
    `);
  },
};
