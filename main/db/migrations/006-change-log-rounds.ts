import type { Migration } from './types';

/**
 * The newest change to any assessment round in one read: a finalized round's results can only change after
 * a write that touches `assessments` (a reopen), so that change's position is what the results of finalized
 * rounds are cached against (main/results/results.ts). A partial index like the pool's (migration 004).
 */
export const migration006: Migration = {
  version: 6,
  name: 'change-log-rounds',
  up(db) {
    db.exec(`CREATE INDEX change_log_rounds ON change_log (seq) WHERE entities LIKE '%"assessments"%';`);
  },
};
