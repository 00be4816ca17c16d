import type { Migration } from './types';

/**
 * A colleague's record keeps its provenance — the team server's id and the contributor's anonymous id — in
 * its own pool row instead of a row of `team_records` beside it: a pull of a hundred thousand records is
 * then one insert per record, not two (docs/benchmarks.md "Team server"). Both columns are NULL for every
 * other source. The provenance already pulled moves over, and `team_records` goes.
 */
export const migration012: Migration = {
  version: 12,
  name: 'team-provenance',
  up(db) {
    db.exec(`
      ALTER TABLE pool_records ADD COLUMN team_server TEXT;
      ALTER TABLE pool_records ADD COLUMN team_contributor TEXT;
      UPDATE pool_records SET (team_server, team_contributor) =
        (SELECT t.server_id, t.contributor FROM team_records t WHERE t.record_id = pool_records.record_id)
      WHERE source = 'team';
      DROP TABLE team_records;
    `);
  },
};
