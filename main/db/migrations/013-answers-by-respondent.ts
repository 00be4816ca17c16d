import type { Migration } from './types';

/**
 * An answer belongs to its round through its respondent only: the copy of the round's id in every answer
 * row, its foreign key and the index `answers_by_assessment` go. A survey import writes tens of thousands of
 * answers at once, and that column, its key check and its index were a third of the write
 * (docs/benchmarks.md "Survey import"). A round's answers are found through `respondents` (its
 * `(assessment_id, code)` index, then the answers' primary key, which starts with the respondent), and
 * deleting a round still deletes its answers, by the respondents' cascade.
 *
 * SQLite cannot drop a column that has a foreign key, so the table is rebuilt (the documented twelve-step
 * way, without the steps no other table needs: nothing refers to `answers` and it has no triggers).
 */
export const migration013: Migration = {
  version: 13,
  name: 'answers-by-respondent',
  up(db) {
    db.exec(`
      CREATE TABLE answers_by_respondent (
        respondent_id TEXT NOT NULL REFERENCES respondents (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        score INTEGER CHECK (score BETWEEN 1 AND 5),
        not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
        comment TEXT,
        updated_at TEXT NOT NULL,
        CHECK (NOT (score IS NOT NULL AND not_applicable = 1)),
        PRIMARY KEY (respondent_id, question_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO answers_by_respondent (respondent_id, question_id, score, not_applicable, comment, updated_at)
        SELECT respondent_id, question_id, score, not_applicable, comment, updated_at FROM answers;
      DROP TABLE answers;
      ALTER TABLE answers_by_respondent RENAME TO answers;
    `);
  },
};
