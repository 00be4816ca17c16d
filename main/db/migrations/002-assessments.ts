import type { Migration } from './types';

const roles = "'management','staff','frontline','customer','other'";

/**
 * Frameworks (stored whole, immutable per id+version), assessment rounds, respondents, answers and
 * paradigm-shift positions. An answer row holds a score 1–5, or `not_applicable`, or neither (only a
 * note); a question without a row was skipped.
 */
export const migration002: Migration = {
  version: 2,
  name: 'assessments',
  up(db) {
    db.exec(`
      CREATE TABLE frameworks (
        id TEXT NOT NULL,
        version TEXT NOT NULL,
        content TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        imported_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) STRICT;

      CREATE TABLE assessments (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        framework_id TEXT NOT NULL,
        framework_version TEXT NOT NULL,
        round TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('workshop', 'survey')),
        status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'finalized')),
        held_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finalized_at TEXT,
        FOREIGN KEY (framework_id, framework_version) REFERENCES frameworks (id, version)
      ) STRICT;
      CREATE INDEX assessments_by_engagement ON assessments (engagement_id);

      CREATE TABLE respondents (
        id TEXT PRIMARY KEY,
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN (${roles})),
        name TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (assessment_id, code)
      ) STRICT;

      CREATE TABLE answers (
        respondent_id TEXT NOT NULL REFERENCES respondents (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        score INTEGER CHECK (score BETWEEN 1 AND 5),
        not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
        comment TEXT,
        updated_at TEXT NOT NULL,
        CHECK (NOT (score IS NOT NULL AND not_applicable = 1)),
        PRIMARY KEY (respondent_id, question_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX answers_by_assessment ON answers (assessment_id);

      CREATE TABLE shift_positions (
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        shift_id TEXT NOT NULL,
        now REAL CHECK (now BETWEEN 0 AND 10),
        desired REAL CHECK (desired BETWEEN 0 AND 10),
        PRIMARY KEY (assessment_id, shift_id)
      ) STRICT;
    `);
  },
};
