import type { Migration } from './types';

const statuses = "'idea','planned','in-progress','done','on-hold','dropped'";
const quarter = (column: string) => `${column} TEXT NOT NULL CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]')`;

/**
 * Transformation roadmaps (docs/roadmap.md): per engagement a horizon, block targets, dismissed suggestions,
 * and initiatives with the blocks, elements and paradigm shifts they address, their milestones, their
 * dependencies on each other and the history of their status and quarters. Everything goes with its
 * engagement. A round or a contact an initiative refers to is kept by id with the figures and the name
 * copied at the time, without a foreign key: deleting a round or a contact changes no roadmap row, and the
 * roadmap still says what it started from.
 */
export const migration005: Migration = {
  version: 5,
  name: 'roadmap',
  up(db) {
    db.exec(`
      CREATE TABLE roadmaps (
        engagement_id TEXT PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
        ${quarter('first_quarter')},
        quarters INTEGER NOT NULL CHECK (quarters BETWEEN 2 AND 20),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE roadmap_targets (
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        block_id TEXT NOT NULL,
        target REAL NOT NULL CHECK (target BETWEEN 1 AND 5),
        ${quarter('by_quarter')},
        from_score REAL CHECK (from_score BETWEEN 1 AND 5),
        from_assessment_id TEXT,
        from_round TEXT,
        from_held_on TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (engagement_id, block_id)
      ) STRICT;

      CREATE TABLE roadmap_dismissed (
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        suggestion_key TEXT NOT NULL,
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (engagement_id, suggestion_key)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE initiatives (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        description TEXT,
        gap_assessment_id TEXT,
        gap_round TEXT,
        gap_block TEXT,
        gap_score REAL CHECK (gap_score BETWEEN 1 AND 5),
        gap_target REAL CHECK (gap_target BETWEEN 1 AND 5),
        owner_contact_id TEXT,
        owner_name TEXT,
        sponsor_contact_id TEXT,
        sponsor_name TEXT,
        ${quarter('start_quarter')},
        ${quarter('end_quarter')},
        status TEXT NOT NULL CHECK (status IN (${statuses})),
        impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
        effort INTEGER NOT NULL CHECK (effort BETWEEN 1 AND 5),
        rank INTEGER CHECK (rank >= 1),
        kpi_name TEXT,
        kpi_unit TEXT,
        kpi_baseline REAL,
        kpi_target REAL,
        progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        notes TEXT,
        from_suggestion TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_quarter >= start_quarter)
      ) STRICT;
      CREATE INDEX initiatives_by_engagement ON initiatives (engagement_id);

      -- What an initiative addresses: kind 'block', 'element' or 'shift', in the order the consultant gave.
      CREATE TABLE initiative_targets (
        initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('block', 'element', 'shift')),
        ref_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (initiative_id, kind, ref_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE initiative_milestones (
        id TEXT PRIMARY KEY,
        initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        due_on TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX milestones_by_initiative ON initiative_milestones (initiative_id);

      CREATE TABLE initiative_dependencies (
        initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        depends_on_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (initiative_id, depends_on_id),
        CHECK (initiative_id <> depends_on_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX dependencies_by_target ON initiative_dependencies (depends_on_id);

      CREATE TABLE initiative_history (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        field TEXT NOT NULL CHECK (field IN ('created', 'status', 'start', 'end')),
        from_value TEXT,
        to_value TEXT
      ) STRICT;
      CREATE INDEX history_by_initiative ON initiative_history (initiative_id);
    `);
  },
};
