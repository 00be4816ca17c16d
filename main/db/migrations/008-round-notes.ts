import type { Migration } from './types';

/**
 * The consultant's layer of a round: key messages and recommendations in each report language (they open the
 * report's summary), and how many were invited per role (the report then gives the response rate). Both go
 * with their round: a client bundle carries them and erasing the client erases them.
 */
export const migration008: Migration = {
  version: 8,
  name: 'round-notes',
  up(db) {
    db.exec(`
      CREATE TABLE round_notes (
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
        key_messages TEXT NOT NULL,
        recommendations TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (assessment_id, language)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE round_invitations (
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('management', 'staff', 'frontline', 'customer', 'other')),
        invited INTEGER NOT NULL CHECK (invited >= 1),
        PRIMARY KEY (assessment_id, role)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
