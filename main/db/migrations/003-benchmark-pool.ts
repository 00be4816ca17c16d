import type { Migration } from './types';

const score = (b: string) => `${b} INTEGER CHECK (${b} BETWEEN 100 AND 500)`;

/**
 * The benchmark pool: anonymized records (scores in hundredths, 100–500, NULL when a block was not
 * assessed; year only), the packs they came from, and — in a separate table that no export ever reads —
 * which pool record is an assessment's own contribution. Deleting an assessment (or its client) withdraws
 * its record; every change of the pool bumps `benchmark.poolGeneration` so an in-memory index in another
 * process sees it.
 *
 * pool_records is written a million rows at a time by an import, so its constraints are the cheap ones
 * (measured: an `IN (…21 sectors…)` list and `length(country)` checks nearly doubled the insert time): the
 * score range, a sector letter range and the year. Sector lists, size bands and country codes are checked by
 * the importer and the services, which are the only writers. No index on `source`: it would cost every
 * imported row ~15 % for the rare removal of a pack, which a scan serves.
 */
export const migration003: Migration = {
  version: 3,
  name: 'benchmark-pool',
  up(db) {
    db.exec(`
      CREATE TABLE packs (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('csv', 'pack', 'demo')),
        framework TEXT,
        sha256 TEXT NOT NULL UNIQUE,
        imported_at TEXT NOT NULL,
        added INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE pool_records (
        record_id TEXT PRIMARY KEY,
        framework TEXT NOT NULL,
        sector TEXT NOT NULL CHECK (sector BETWEEN 'A' AND 'U'),
        size_band TEXT NOT NULL,
        country TEXT NOT NULL,
        year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2099),
        ${['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9'].map(score).join(',\n        ')},
        synthetic INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
        source TEXT NOT NULL
      ) STRICT;

      CREATE TABLE pool_contributions (
        assessment_id TEXT PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
        record_id TEXT NOT NULL UNIQUE,
        contributed_at TEXT NOT NULL
      ) STRICT;

      CREATE TRIGGER pool_contributions_ad AFTER DELETE ON pool_contributions BEGIN
        DELETE FROM pool_records WHERE record_id = old.record_id;
        INSERT INTO settings (key, value) VALUES ('benchmark.poolGeneration', '1')
          ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT);
      END;
    `);
  },
};
