import type { Migration } from './types';

/**
 * Report exports: one row per report a consultant exported of a round (its kind, language and time), so
 * Home can say "export the report" until a report of the finalized round has gone out, and no longer after.
 * No file names or paths: they carry the client's name, and where a file went is the consultant's business.
 */
export const migration007: Migration = {
  version: 7,
  name: 'report-exports',
  up(db) {
    db.exec(`
      CREATE TABLE report_exports (
        id INTEGER PRIMARY KEY,
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
        exported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX report_exports_by_assessment ON report_exports (assessment_id, exported_at);
    `);
  },
};
