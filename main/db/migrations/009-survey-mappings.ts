import type { Migration } from './types';

/**
 * Survey mappings the consultant saved by name: what a client's form export needs beyond the recognition by
 * text (shortened headers, answer or role words of their own), kept per framework version so the next round
 * of the same form imports without fixing it again. They belong to no client: a bundle does not carry them
 * and erasing a client leaves them (they hold a form's headers and answer words, not answers or names).
 */
export const migration009: Migration = {
  version: 9,
  name: 'survey-mappings',
  up(db) {
    db.exec(`
      CREATE TABLE survey_mappings (
        id TEXT PRIMARY KEY,
        framework_id TEXT NOT NULL,
        framework_version TEXT NOT NULL,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        mapping TEXT NOT NULL CHECK (json_valid(mapping)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        FOREIGN KEY (framework_id, framework_version) REFERENCES frameworks (id, version) ON DELETE CASCADE
      ) STRICT;

      CREATE UNIQUE INDEX survey_mappings_by_name ON survey_mappings (framework_id, framework_version, name COLLATE NOCASE);
    `);
  },
};
