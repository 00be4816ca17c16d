/**
 * The team server's schema in PostgreSQL (docs/team-server.md): numbered migrations, each recorded in
 * `sxw.schema_migrations` in the transaction that applies it. The workbench refuses a server whose newest
 * migration it does not know (a newer app set it up), and asks for `sxw team init` when the server is
 * behind. Never edit a migration that has shipped: add the next one.
 *
 * Who may do what is PostgreSQL's business, not the client's:
 * - the administrator (whoever runs `sxw team init`) owns every object;
 * - the group role `sxw_consultant`, which each consultant's login role is a member of, may insert pool
 *   records as themselves and read back only their own (row-level security), withdraw only their own
 *   (an UPDATE of `withdrawn_at`, filtered by the same policy; there is no DELETE), read what is released,
 *   and publish framework versions and recognition schemes as themselves (insert only: versions are
 *   immutable);
 * - what colleagues receive is `sxw.releases`, written only by the `SECURITY DEFINER` functions below:
 *   the k-anonymous form of every record, computed over the whole firm pool exactly as a pack export
 *   generalises (main/pool/export.ts `kAnonymize`), with the exact records never readable by colleagues.
 */

export interface ServerMigration {
  version: number;
  name: string;
  sql: string;
}

const BLOCKS = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9'];
const SIZE_BANDS = ['1-9', '10-49', '50-249', '250-999', '1000+'];

/** The group role consultants log in through; roles are per cluster, so every firm database shares it. */
export const CONSULTANT_ROLE = 'sxw_consultant';

const v1 = `
CREATE TABLE sxw.settings (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO sxw.settings (key, value) VALUES ('server_id', gen_random_uuid()::text);

-- One row per consultant: the login role and the anonymous id their records travel under.
CREATE TABLE sxw.consultants (
  role_name text PRIMARY KEY,
  anonymous_id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
  added_at timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz
);

-- The exact records as their contributors pushed them. Colleagues never read this table.
CREATE TABLE sxw.records (
  record_id uuid PRIMARY KEY,
  contributor text NOT NULL DEFAULT current_user,
  framework text NOT NULL CHECK (length(framework) BETWEEN 1 AND 64),
  sector text NOT NULL CHECK (sector ~ '^[A-U]$'),
  size_band text NOT NULL CHECK (size_band IN (${SIZE_BANDS.map((s) => `'${s}'`).join(', ')})),
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  year smallint NOT NULL CHECK (year BETWEEN 1900 AND 2099),
  ${BLOCKS.map((b) => `${b} smallint CHECK (${b} BETWEEN 100 AND 500)`).join(',\n  ')},
  pushed_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz
);
CREATE INDEX records_group ON sxw.records (framework, sector, size_band, year);
CREATE INDEX records_contributor ON sxw.records (contributor);

-- A withdrawal keeps the row as a tombstone but drops the scores; it cannot be undone.
CREATE FUNCTION sxw.records_withdraw() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.withdrawn_at IS NOT NULL THEN
    RETURN OLD;
  END IF;
  IF NEW.withdrawn_at IS NULL THEN
    RAISE EXCEPTION 'a pool record can only be withdrawn' USING ERRCODE = 'check_violation';
  END IF;
  ${BLOCKS.map((b) => `NEW.${b} := NULL;`).join(' ')}
  RETURN NEW;
END $$;
CREATE TRIGGER records_withdraw BEFORE UPDATE ON sxw.records FOR EACH ROW EXECUTE FUNCTION sxw.records_withdraw();

-- What colleagues receive: the k-anonymous form of each record, or a tombstone (shown = false, no values).
-- (xid, seq) orders the changes for the pull cursor: xid is the writing transaction, seq a sequence.
CREATE SEQUENCE sxw.release_seq;
CREATE TABLE sxw.releases (
  record_id uuid PRIMARY KEY,
  contributor uuid NOT NULL,
  shown boolean NOT NULL,
  framework text,
  sector text,
  size_band text,
  country text,
  year smallint,
  ${BLOCKS.map((b) => `${b} smallint`).join(', ')},
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint NOT NULL DEFAULT nextval('sxw.release_seq')
);
CREATE INDEX releases_cursor ON sxw.releases (xid, seq);

-- Groups whose releases must be computed again before the transaction that touched them commits.
-- Keyed by the transaction, so two pushes to one group never wait on each other's rows here.
CREATE TABLE sxw.pending_groups (
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  framework text NOT NULL,
  sector text NOT NULL,
  size_band text NOT NULL,
  year smallint NOT NULL,
  PRIMARY KEY (xid, framework, sector, size_band, year)
);

-- Recomputes the releases of the pending groups. A record's release depends only on the records of its
-- framework, sector, size band and year, so recomputing the touched groups is complete. One advisory lock
-- serialises the recomputations: each statement below (READ COMMITTED) then sees every group member
-- another transaction has committed, so two pushes to one group never each see only half of it.
CREATE FUNCTION sxw.release_pending() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = sxw, pg_temp AS $$
DECLARE
  k integer := (SELECT value::integer FROM sxw.settings WHERE key = 'k');
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('sxw.releases'));
  CREATE TEMP TABLE IF NOT EXISTS sxw_groups (framework text, sector text, size_band text, year smallint)
    ON COMMIT DROP;
  WITH gone AS (
    DELETE FROM sxw.pending_groups WHERE xid = pg_current_xact_id() RETURNING framework, sector, size_band, year
  )
  INSERT INTO sxw_groups SELECT DISTINCT * FROM gone;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  WITH members AS (
    SELECT r.*, c.anonymous_id,
      count(*) OVER (PARTITION BY r.framework, r.sector, r.size_band, r.year, r.country) < k AS rare
    FROM sxw.records r
    JOIN sxw_groups g USING (framework, sector, size_band, year)
    JOIN sxw.consultants c ON c.role_name = r.contributor
    WHERE r.withdrawn_at IS NULL
  ), generalised AS (
    SELECT m.*,
      count(*) FILTER (WHERE m.rare OR m.country = 'ZZ')
        OVER (PARTITION BY m.framework, m.sector, m.size_band, m.year) AS other_n
    FROM members m
  ), target AS (
    SELECT record_id, anonymous_id AS contributor, (NOT rare OR other_n >= k) AS shown,
      framework, sector, size_band, CASE WHEN rare THEN 'ZZ' ELSE country END AS country, year,
      ${BLOCKS.join(', ')}
    FROM generalised
    UNION ALL
    SELECT r.record_id, c.anonymous_id, false, ${Array(14).fill('NULL').join(', ')}
    FROM sxw.records r
    JOIN sxw_groups g USING (framework, sector, size_band, year)
    JOIN sxw.consultants c ON c.role_name = r.contributor
    WHERE r.withdrawn_at IS NOT NULL
  ), released AS (
    SELECT record_id, contributor, shown,
      CASE WHEN shown THEN framework END AS framework, CASE WHEN shown THEN sector END AS sector,
      CASE WHEN shown THEN size_band END AS size_band, CASE WHEN shown THEN country END AS country,
      CASE WHEN shown THEN year END AS year,
      ${BLOCKS.map((b) => `CASE WHEN shown THEN ${b} END AS ${b}`).join(', ')}
    FROM target t
    -- A record never shown needs no tombstone.
    WHERE t.shown OR EXISTS (SELECT 1 FROM sxw.releases x WHERE x.record_id = t.record_id AND x.shown)
  )
  INSERT INTO sxw.releases AS x (record_id, contributor, shown, framework, sector, size_band, country, year,
    ${BLOCKS.join(', ')})
  SELECT * FROM released
  ON CONFLICT (record_id) DO UPDATE SET
    shown = EXCLUDED.shown, framework = EXCLUDED.framework, sector = EXCLUDED.sector,
    size_band = EXCLUDED.size_band, country = EXCLUDED.country, year = EXCLUDED.year,
    ${BLOCKS.map((b) => `${b} = EXCLUDED.${b}`).join(', ')},
    xid = pg_current_xact_id(), seq = nextval('sxw.release_seq')
  WHERE (x.shown, x.country, x.framework, x.sector, x.size_band, x.year, ${BLOCKS.map((b) => `x.${b}`).join(', ')})
    IS DISTINCT FROM (EXCLUDED.shown, EXCLUDED.country, EXCLUDED.framework, EXCLUDED.sector, EXCLUDED.size_band,
      EXCLUDED.year, ${BLOCKS.map((b) => `EXCLUDED.${b}`).join(', ')});
  TRUNCATE sxw_groups;
  RETURN NULL;
END $$;

-- At the end of every statement that adds or withdraws records: note the groups it touched.
CREATE FUNCTION sxw.note_groups() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = sxw, pg_temp AS $$
BEGIN
  INSERT INTO sxw.pending_groups (framework, sector, size_band, year)
    SELECT DISTINCT framework, sector, size_band, year FROM changed
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER records_added AFTER INSERT ON sxw.records REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION sxw.note_groups();
CREATE TRIGGER records_withdrawn AFTER UPDATE ON sxw.records REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION sxw.note_groups();
-- ... and just before the transaction commits, release them: the client cannot skip it.
CREATE CONSTRAINT TRIGGER pending_groups_release AFTER INSERT ON sxw.pending_groups
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sxw.release_pending();

-- Framework versions (and, later, recognition schemes), shared and immutable: insert only.
CREATE SEQUENCE sxw.version_seq;
CREATE TABLE sxw.published_versions (
  kind text NOT NULL CHECK (kind IN ('framework')),
  id text NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  version text NOT NULL CHECK (length(version) BETWEEN 1 AND 32),
  body text NOT NULL,
  sha256 text NOT NULL,
  published_by text NOT NULL DEFAULT current_user,
  published_at timestamptz NOT NULL DEFAULT now(),
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint NOT NULL DEFAULT nextval('sxw.version_seq'),
  PRIMARY KEY (kind, id, version)
);
CREATE INDEX published_versions_cursor ON sxw.published_versions (xid, seq);

-- Who the caller is: their anonymous id, the firm's k and the server's id, in one round trip.
CREATE FUNCTION sxw.whoami() RETURNS TABLE (anonymous_id uuid, k integer, server_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = sxw, pg_temp AS $$
  SELECT (SELECT c.anonymous_id FROM sxw.consultants c WHERE c.role_name = session_user AND c.removed_at IS NULL),
         (SELECT value::integer FROM sxw.settings WHERE key = 'k'),
         (SELECT value FROM sxw.settings WHERE key = 'server_id')
$$;

ALTER TABLE sxw.records ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_records_read ON sxw.records FOR SELECT TO ${CONSULTANT_ROLE} USING (contributor = current_user);
CREATE POLICY own_records_add ON sxw.records FOR INSERT TO ${CONSULTANT_ROLE} WITH CHECK (contributor = current_user);
CREATE POLICY own_records_withdraw ON sxw.records FOR UPDATE TO ${CONSULTANT_ROLE}
  USING (contributor = current_user) WITH CHECK (contributor = current_user);
ALTER TABLE sxw.published_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY versions_read ON sxw.published_versions FOR SELECT TO ${CONSULTANT_ROLE} USING (true);
CREATE POLICY versions_publish ON sxw.published_versions FOR INSERT TO ${CONSULTANT_ROLE}
  WITH CHECK (published_by = current_user);

REVOKE ALL ON SCHEMA sxw FROM PUBLIC;
GRANT USAGE ON SCHEMA sxw TO ${CONSULTANT_ROLE};
GRANT SELECT ON sxw.schema_migrations, sxw.releases TO ${CONSULTANT_ROLE};
GRANT SELECT, INSERT (record_id, framework, sector, size_band, country, year, ${BLOCKS.join(', ')}) ON sxw.records
  TO ${CONSULTANT_ROLE};
GRANT UPDATE (withdrawn_at) ON sxw.records TO ${CONSULTANT_ROLE};
GRANT SELECT, INSERT (kind, id, version, body, sha256) ON sxw.published_versions TO ${CONSULTANT_ROLE};
GRANT USAGE ON SEQUENCE sxw.version_seq TO ${CONSULTANT_ROLE};
REVOKE ALL ON FUNCTION sxw.whoami() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sxw.whoami() TO ${CONSULTANT_ROLE};
`;

// Recognition schemes travel like framework versions: the same table, the same rights, another kind.
const v2 = `
ALTER TABLE sxw.published_versions DROP CONSTRAINT published_versions_kind_check;
ALTER TABLE sxw.published_versions ADD CONSTRAINT published_versions_kind_check
  CHECK (kind IN ('framework', 'scheme'));
`;

/**
 * Each release's line as a pull sends it (main/team/releases.ts reads it), kept with the release: written
 * once when a push's commit releases a group, instead of formatted for every pull — that halved the
 * server's part of a pull (docs/benchmarks.md "Team server"). The line is the release's values in the form
 * of PostgreSQL's record text, `(record id,contributor,t,sector,…,framework)` with empty values for NULL,
 * built with immutable operators (a stored generated column may use no other). Nothing is quoted: only the
 * framework, last, may hold a comma (the other columns are checked on `sxw.records`), and the laptop's
 * check refuses it, as it refuses a page with more lines than the server counted.
 */
const v3 = `
ALTER TABLE sxw.releases ADD COLUMN line text NOT NULL GENERATED ALWAYS AS (
  '(' || record_id::text || ',' || contributor::text || ',' || CASE WHEN shown THEN 't' ELSE 'f' END || ',' ||
  ${['sector', 'size_band', 'country', 'year', ...BLOCKS, 'framework']
    .map((c) => `coalesce(${c}::text, '')`)
    .join(" || ',' || ")} || ')'
) STORED;
`;

/**
 * A push of many records at a time, made cheaper on the server (docs/benchmarks.md "Team server push"):
 * - records arrive as one text value of lines (main/team/remote.ts `pushRecords`), each cast to
 *   `sxw.pushed_record`, instead of fifteen arrays, whose serialising and parsing alone took about a second
 *   per 100,000;
 * - `records_contributor` goes: no statement ever used it (reads and withdrawals go by record id, the
 *   release by group), and each push paid for it;
 * - the release runs once per transaction: the deferred trigger hangs on `sxw.pending_releases`, one row
 *   per transaction that noted groups, instead of one firing per pending group (a first push of 100,000
 *   touched ~1,050 groups, and every firing after the first took the lock to find nothing left);
 * - the release counts a group's countries with window functions sorted by a number per touched group (no
 *   longer five text columns), in memory, and writes new releases with a plain INSERT and changed ones with
 *   an UPDATE, so a new record costs no speculative insertion;
 * - the release sequence hands out its numbers a thousand at a time per session.
 * What is released is unchanged: the same rule, the same lock, the same (xid, seq) cursor.
 */
const v4 = `
CREATE TYPE sxw.pushed_record AS (
  record_id uuid, framework text, sector text, size_band text, country text, year smallint,
  ${BLOCKS.map((b) => `${b} smallint`).join(', ')}
);

DROP INDEX sxw.records_contributor;

-- A release's seq only orders the changes of its own transaction (the cursor is (xid, seq)), and one
-- transaction takes all its numbers in one session: each session may as well take them a thousand at a time.
ALTER SEQUENCE sxw.release_seq CACHE 1000;

-- One row per transaction with groups to release; written only by the trigger below.
CREATE TABLE sxw.pending_releases (xid xid8 PRIMARY KEY DEFAULT pg_current_xact_id());

CREATE FUNCTION sxw.note_release() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = sxw, pg_temp AS $$
BEGIN
  INSERT INTO sxw.pending_releases DEFAULT VALUES ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- Whoever notes groups (a push's statements, an administrator's change of k) also notes the transaction.
DROP TRIGGER pending_groups_release ON sxw.pending_groups;
CREATE TRIGGER pending_groups_noted AFTER INSERT ON sxw.pending_groups
  FOR EACH STATEMENT EXECUTE FUNCTION sxw.note_release();

-- The release of the transaction's pending groups, as in schema 1 (see there for why the lock makes it
-- complete). A group's records are numbered by their group (gid) so one in-memory sort serves both counts:
-- n, the live records of the record's group and country; other_n, the group's live records whose country
-- is rare (n < k) or already ZZ. Every record of a touched group is compared with its release: a new one
-- that is shown is inserted, a known one whose release changed is updated (a tombstone when it is no longer
-- shown), and a record never shown needs no tombstone.
CREATE OR REPLACE FUNCTION sxw.release_pending() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = sxw, pg_temp SET work_mem = '64MB' AS $$
DECLARE
  k integer := (SELECT value::integer FROM sxw.settings WHERE key = 'k');
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('sxw.releases'));
  DELETE FROM sxw.pending_releases WHERE xid = pg_current_xact_id();
  WITH touched AS (
    DELETE FROM sxw.pending_groups WHERE xid = pg_current_xact_id() RETURNING framework, sector, size_band, year
  ), groups AS (
    SELECT row_number() OVER () AS gid, * FROM touched
  ), target AS (
    SELECT record_id, contributor, shown,
      CASE WHEN shown THEN framework END AS framework, CASE WHEN shown THEN sector END AS sector,
      CASE WHEN shown THEN size_band END AS size_band,
      CASE WHEN shown THEN CASE WHEN n < k THEN 'ZZ' ELSE country END END AS country,
      CASE WHEN shown THEN year END AS year,
      ${BLOCKS.map((b) => `CASE WHEN shown THEN ${b} END AS ${b}`).join(', ')}
    FROM (
      SELECT j.*, live AND (n >= k OR other_n >= k) AS shown
      FROM (
        SELECT m.*,
          count(*) FILTER (WHERE live AND (n < k OR country = 'ZZ'))
            OVER (PARTITION BY gid) AS other_n
        FROM (
          SELECT g.gid, r.record_id, r.contributor, r.withdrawn_at IS NULL AS live,
            r.framework, r.sector, r.size_band, r.country, r.year, ${BLOCKS.map((b) => `r.${b}`).join(', ')},
            count(*) FILTER (WHERE r.withdrawn_at IS NULL)
              OVER (PARTITION BY g.gid, r.country) AS n
          FROM sxw.records r JOIN groups g USING (framework, sector, size_band, year)
        ) m
      ) j
    ) s
  ), compared AS (
    SELECT t.*, x.record_id IS NOT NULL AS known,
      (x.shown, x.country, x.framework, x.sector, x.size_band, x.year, ${BLOCKS.map((b) => `x.${b}`).join(', ')})
        IS DISTINCT FROM (t.shown, t.country, t.framework, t.sector, t.size_band, t.year,
          ${BLOCKS.map((b) => `t.${b}`).join(', ')}) AS changed
    FROM target t LEFT JOIN sxw.releases x ON x.record_id = t.record_id
  ), added AS (
    INSERT INTO sxw.releases (record_id, contributor, shown, framework, sector, size_band, country, year,
      ${BLOCKS.join(', ')})
    SELECT t.record_id, c.anonymous_id, t.shown, t.framework, t.sector, t.size_band, t.country, t.year,
      ${BLOCKS.map((b) => `t.${b}`).join(', ')}
    FROM compared t JOIN sxw.consultants c ON c.role_name = t.contributor
    WHERE NOT t.known AND t.shown
  )
  UPDATE sxw.releases x SET
    shown = t.shown, framework = t.framework, sector = t.sector, size_band = t.size_band, country = t.country,
    year = t.year, ${BLOCKS.map((b) => `${b} = t.${b}`).join(', ')},
    xid = pg_current_xact_id(), seq = nextval('sxw.release_seq')
  FROM compared t
  WHERE x.record_id = t.record_id AND t.known AND t.changed;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER pending_release AFTER INSERT ON sxw.pending_releases
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sxw.release_pending();
`;

/** In order; `version` equals the position + 1. */
export const SERVER_MIGRATIONS: readonly ServerMigration[] = [
  { version: 1, name: 'pool-and-versions', sql: v1 },
  { version: 2, name: 'schemes', sql: v2 },
  { version: 3, name: 'release-lines', sql: v3 },
  { version: 4, name: 'faster-push', sql: v4 },
];

export const SERVER_SCHEMA_VERSION = SERVER_MIGRATIONS.length;

/** The firm's k when `sxw team init` is not given one: the workbench's own default. */
export const LEDGER_K_DEFAULT = 5;

/** Run before the first migration: the ledger itself, and the group role consultants log in through. */
export const LEDGER = `
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${CONSULTANT_ROLE}') THEN
    CREATE ROLE ${CONSULTANT_ROLE} NOLOGIN;
  END IF;
-- Roles belong to the cluster: an init of another firm's database at the same moment may have made it.
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
CREATE SCHEMA IF NOT EXISTS sxw;
CREATE TABLE IF NOT EXISTS sxw.schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  app_version text NOT NULL
);
`;
