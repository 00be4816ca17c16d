import type { Migration } from './types';

/**
 * The team server on this laptop (docs/team-server.md): which server (its address without a password, which
 * lives in the operating system's secret store), the pull cursors, the last sync and its report; which own
 * pool records the server holds (so a withdrawal here becomes a tombstone there); which framework versions
 * were published; and where each colleague's record came from (the server and the contributor's anonymous
 * id). Colleagues' records themselves are ordinary pool records of source `team`, so every comparison uses
 * them. Self-contained: nothing here changes an earlier table.
 */
export const migration011: Migration = {
  version: 11,
  name: 'team',
  up(db) {
    db.exec(`
      CREATE TABLE team_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        server TEXT NOT NULL,
        server_id TEXT,
        pool_cursor TEXT NOT NULL DEFAULT '0:0',
        versions_cursor TEXT NOT NULL DEFAULT '0:0',
        last_sync_at TEXT,
        last_report TEXT
      ) STRICT;

      CREATE TABLE team_pushed (record_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

      CREATE TABLE team_published (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        version TEXT NOT NULL,
        PRIMARY KEY (kind, id, version)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE team_records (
        record_id TEXT PRIMARY KEY,
        server_id TEXT NOT NULL,
        contributor TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
