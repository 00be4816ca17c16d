import type { Migration } from './types';

/**
 * Recognition dossiers (docs/dossiers.md): recognition schemes stored like framework versions (the built-in
 * one when a dossier first uses it, imported ones at import), and per engagement a dossier with its texts,
 * self-ratings, findings, key results and an evidence register. Evidence rows name their file by SHA-256;
 * the bytes live in the data folder's evidence store (main/dossier/evidenceStore.ts), once however many rows
 * name them. Everything goes with its engagement: a bundle carries it, erasing the client erases it.
 */
export const migration010: Migration = {
  version: 10,
  name: 'dossiers',
  up(db) {
    db.exec(`
      CREATE TABLE recognition_schemes (
        id TEXT NOT NULL,
        version TEXT NOT NULL,
        content TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        builtin INTEGER NOT NULL CHECK (builtin IN (0, 1)),
        imported_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) STRICT;

      CREATE TABLE dossiers (
        engagement_id TEXT PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
        scheme_id TEXT NOT NULL,
        scheme_version TEXT NOT NULL,
        reference_date TEXT CHECK (reference_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        signatory_name TEXT,
        signatory_role TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        FOREIGN KEY (scheme_id, scheme_version) REFERENCES recognition_schemes (id, version)
      ) STRICT;

      CREATE TABLE dossier_parts (
        engagement_id TEXT NOT NULL REFERENCES dossiers (engagement_id) ON DELETE CASCADE,
        part_id TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (engagement_id, part_id)
      ) STRICT, WITHOUT ROWID;

      -- Per element: the self-rating with its justification, and the strengths and areas for improvement.
      CREATE TABLE dossier_elements (
        engagement_id TEXT NOT NULL REFERENCES dossiers (engagement_id) ON DELETE CASCADE,
        element_id TEXT NOT NULL,
        score INTEGER,
        justification TEXT,
        strengths TEXT,
        improvements TEXT,
        rated_at TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (engagement_id, element_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE dossier_key_results (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES dossiers (engagement_id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        unit TEXT,
        -- [{"period": "2024", "value": 7.9}, …] in the order given.
        points TEXT NOT NULL CHECK (json_valid(points)),
        target REAL,
        comparison_kind TEXT CHECK (comparison_kind IN ('pool', 'external')),
        comparison_value REAL,
        comparison_source TEXT,
        explanation TEXT,
        position INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((comparison_kind IS NULL) = (comparison_value IS NULL))
      ) STRICT;
      CREATE INDEX key_results_by_engagement ON dossier_key_results (engagement_id);

      CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        size INTEGER NOT NULL CHECK (size >= 0),
        file_name TEXT NOT NULL,
        extension TEXT NOT NULL,
        title TEXT NOT NULL,
        type TEXT NOT NULL,
        owner TEXT,
        dated_on TEXT NOT NULL,
        valid_until TEXT,
        confidentiality TEXT NOT NULL CHECK (confidentiality IN ('public', 'internal', 'confidential')),
        added_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX evidence_by_engagement ON evidence (engagement_id);
      CREATE INDEX evidence_by_file ON evidence (sha256);

      CREATE TABLE evidence_links (
        evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
        part_id TEXT NOT NULL,
        PRIMARY KEY (evidence_id, part_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
