import type pg from 'pg';
import type { Language } from '../../shared/domain/identifiers';
import { teamError } from './connection';
import { SERVER_SCHEMA_VERSION } from './serverSchema';

/**
 * The consultant's side of the team server's protocol, one function per exchange (docs/team-server.md):
 * which schema the server has and who the caller is; push records, withdrawals and versions; pull what was
 * released since a cursor. Every write is idempotent by its id, so a retry after a broken connection moves
 * each thing once.
 */

/**
 * Records per INSERT: each batch travels as one text value of about 100 bytes a record, so a first push of a
 * large pool neither builds one huge string nor sends many small statements.
 */
export const PUSH_BATCH = 25_000;
/** Releases per pull page (one text value of a few megabytes). */
export const PULL_PAGE = 50_000;

const BLOCKS = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9'];

/** The server's newest migration; refuses a server that is newer, or older, than this workbench. */
export async function checkSchema(client: pg.Client, language: Language, server: string): Promise<number> {
  let version: number;
  try {
    const r = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM sxw.schema_migrations');
    version = r.rows[0]?.v ?? 0;
  } catch (error) {
    if ((error as { code?: string }).code === '42P01' || (error as { code?: string }).code === '3F000') {
      throw teamError('not_initialized', language, { server });
    }
    throw error;
  }
  if (version > SERVER_SCHEMA_VERSION) {
    throw teamError('newer_schema', language, { server, serverVersion: version, appVersion: SERVER_SCHEMA_VERSION });
  }
  if (version < SERVER_SCHEMA_VERSION) {
    throw teamError(version === 0 ? 'not_initialized' : 'older_schema', language, {
      server,
      serverVersion: version,
      appVersion: SERVER_SCHEMA_VERSION,
    });
  }
  return version;
}

export interface Identity {
  /** The caller's anonymous id; null when the login is not one of the firm's consultants. */
  anonymousId: string | null;
  k: number;
  serverId: string;
}

export async function whoami(client: pg.Client): Promise<Identity> {
  const r = await client.query<{ anonymous_id: string | null; k: number; server_id: string }>(
    'SELECT anonymous_id, k, server_id FROM sxw.whoami()',
  );
  const row = r.rows[0] as { anonymous_id: string | null; k: number; server_id: string };
  return { anonymousId: row.anonymous_id, k: row.k, serverId: row.server_id };
}

/** A pushed line's record id: what stands between its opening parenthesis and the first comma. */
const idOf = (line: string) => line.slice(1, line.indexOf(','));

/** The pushed lines ($1) as rows of `sxw.pushed_record`; OFFSET 0 keeps each line parsed once, not per column. */
const GIVEN = `SELECT (r).* FROM (
  SELECT line::sxw.pushed_record AS r FROM unnest(string_to_array($1, E'\\n')) AS line OFFSET 0
) parsed`;

const INSERT = `INSERT INTO sxw.records (record_id, framework, sector, size_band, country, year, ${BLOCKS.join(', ')})`;

/**
 * Inserts the records, each given as its line (main/team/repository.ts `pendingRecordLines`: PostgreSQL's
 * record text of the server's `sxw.pushed_record`, server migration 4), in the caller's transaction, each
 * once: a record already there with the same values
 * is a retry of a push whose answer was lost; one with the same id and other values — or someone else's —
 * is a conflict, never overwritten.
 *
 * Each batch is first inserted plainly, inside a savepoint: new records, which is what a push almost always
 * holds, then cost no speculative insertion and send nothing back. Only when an id is already taken (the
 * statement fails with a unique violation and the savepoint undoes it) does the batch go again, with
 * ON CONFLICT DO NOTHING and a look at what is there: the caller's own rows only (row-level security), so
 * an id a colleague took is a conflict.
 */
export async function pushRecords(
  client: pg.Client,
  records: readonly string[],
): Promise<{ inserted: number; held: string[]; conflicts: number }> {
  let inserted = 0;
  const held: string[] = [];
  let conflicts = 0;
  for (let start = 0; start < records.length; start += PUSH_BATCH) {
    const batch = records.slice(start, start + PUSH_BATCH);
    const ids = batch.map(idOf);
    const lines = batch.join('\n');
    await client.query('SAVEPOINT push_batch');
    try {
      const r = await client.query({ text: `${INSERT} ${GIVEN}`, values: [lines] });
      await client.query('RELEASE SAVEPOINT push_batch');
      inserted += r.rowCount ?? 0;
      for (const id of ids) held.push(id);
      continue;
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      await client.query('ROLLBACK TO SAVEPOINT push_batch');
    }
    const r = await client.query<{ inserted: number; refused: string[] }>({
      text: `WITH given AS MATERIALIZED (${GIVEN}),
             added AS (${INSERT} SELECT * FROM given ON CONFLICT (record_id) DO NOTHING RETURNING record_id)
             SELECT (SELECT count(*) FROM added)::int AS inserted, ARRAY(
               SELECT g.record_id::text FROM given g
               LEFT JOIN added a USING (record_id)
               LEFT JOIN sxw.records p ON p.record_id = g.record_id AND p.withdrawn_at IS NULL
                 AND p.framework = g.framework AND p.sector = g.sector AND p.size_band = g.size_band
                 AND p.country = g.country AND p.year = g.year
                 AND ${BLOCKS.map((b) => `p.${b} IS NOT DISTINCT FROM g.${b}`).join(' AND ')}
               WHERE a.record_id IS NULL AND p.record_id IS NULL
             ) AS refused`,
      values: [lines],
    });
    await client.query('RELEASE SAVEPOINT push_batch');
    const row = r.rows[0] as { inserted: number; refused: string[] };
    inserted += row.inserted;
    // The server writes ids in lower case; a laptop may hold one in capitals.
    const refused = new Set(row.refused);
    for (const id of ids) if (!refused.has(id.toLowerCase())) held.push(id);
    conflicts += refused.size;
  }
  return { inserted, held, conflicts };
}

/** Marks the caller's own records withdrawn (a tombstone); a colleague's record is out of reach (RLS). */
export async function pushWithdrawals(client: pg.Client, recordIds: readonly string[]): Promise<number> {
  if (recordIds.length === 0) return 0;
  const r = await client.query(
    'UPDATE sxw.records SET withdrawn_at = now() WHERE record_id = ANY($1::uuid[]) AND withdrawn_at IS NULL',
    [recordIds],
  );
  return r.rowCount ?? 0;
}

/** What travels as a published version: a framework version or a recognition scheme. */
export type VersionKind = 'framework' | 'scheme';

export interface PublishedVersion {
  kind: VersionKind;
  id: string;
  version: string;
  body: string;
  sha256: string;
}

/** Publishes versions; one already there with the same checksum is fine, with another it is a conflict. */
export async function pushVersions(
  client: pg.Client,
  versions: readonly PublishedVersion[],
): Promise<{ inserted: number; conflicts: number; settled: PublishedVersion[] }> {
  if (versions.length === 0) return { inserted: 0, conflicts: 0, settled: [] };
  const r = await client.query<{ kind: string; id: string; version: string; sha256: string; added: boolean }>(
    `WITH given AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS g (kind, id, version, body, sha256)
     ), added AS (
       INSERT INTO sxw.published_versions (kind, id, version, body, sha256) SELECT * FROM given
       ON CONFLICT (kind, id, version) DO NOTHING RETURNING kind, id, version
     )
     SELECT g.kind, g.id, g.version, coalesce(p.sha256, g.sha256) AS sha256, a.id IS NOT NULL AS added
     FROM given g
     LEFT JOIN added a USING (kind, id, version)
     LEFT JOIN sxw.published_versions p USING (kind, id, version)`,
    [
      versions.map((v) => v.kind),
      versions.map((v) => v.id),
      versions.map((v) => v.version),
      versions.map((v) => v.body),
      versions.map((v) => v.sha256),
    ],
  );
  let inserted = 0;
  let conflicts = 0;
  const settled: PublishedVersion[] = [];
  for (const row of r.rows) {
    const v = versions.find((x) => x.kind === row.kind && x.id === row.id && x.version === row.version);
    if (!v) continue;
    if (row.added) inserted++;
    else if (row.sha256 !== v.sha256) {
      conflicts++;
      continue;
    }
    settled.push(v);
  }
  return { inserted, conflicts, settled };
}

/**
 * A pull cursor: the (transaction id, sequence) of the last change taken. Changes are read in that order
 * and only from transactions older than the snapshot's xmin — every one of which has ended — so a change
 * committed late by a transaction that began early is still ahead of the cursor when it becomes visible:
 * nothing committed out of order is ever skipped (test/integration/team/teamSync.test.ts proves it).
 */
export interface Cursor {
  xid: string;
  seq: string;
}

export const parseCursor = (text: string): Cursor => {
  const [xid = '0', seq = '0'] = text.split(':');
  return { xid, seq };
};
export const cursorText = (c: Cursor) => `${c.xid}:${c.seq}`;

/** Takes each page of a pull as it arrives: its newline-separated lines and how many the server counted. */
export type ReadPage = (lines: string, count: number) => void;

/**
 * Everything released since the cursor, except the caller's own records (which they hold exactly), a page
 * at a time; the new cursor is the last change taken, or the snapshot's horizon. Each page comes as one
 * value of newline-separated lines, each release's `line` as the server keeps it (serverSchema.ts v2): the driver then parses one row per page instead of one per release,
 * which was most of the time a pull spent receiving (docs/benchmarks.md "Team server"). The page is the
 * first `pageSize` changes after the cursor in (xid, seq) order; its lines may come in any order, since a
 * snapshot holds one release per record, and the next cursor is the page's greatest (xid, seq) (an xid8
 * fits a bigint: its epoch counts wraparounds of the 32-bit xid). The next page is asked for before `read`
 * takes this one, so the server makes it while this process checks.
 */
async function pullReleases(
  client: pg.Client,
  from: Cursor,
  me: string | null,
  horizon: string,
  pageSize: number,
  read: ReadPage,
): Promise<{ count: number; cursor: Cursor }> {
  const page = async (after: Cursor) => {
    const r = await client.query({
      text: `SELECT n, lines, last[1]::text, last[2]::text FROM (
               SELECT count(*)::int AS n, string_agg(line, E'\n') AS lines,
                 max(ARRAY[xid::text::bigint, seq]) AS last
               FROM (
                 SELECT r.xid, r.seq, r.line FROM sxw.releases r
                 WHERE (r.xid, r.seq) > ($1::xid8, $2::bigint) AND r.xid < $3::xid8
                   AND r.contributor IS DISTINCT FROM $4::uuid
                 ORDER BY r.xid, r.seq LIMIT $5
               ) page
             ) p`,
      values: [after.xid, after.seq, horizon, me, pageSize],
      rowMode: 'array',
    });
    const [n = 0, lines = null, xid = null, seq = null] =
      (r.rows as [number, string | null, string | null, string | null][])[0] ?? [];
    return { n, lines, last: n >= pageSize && xid && seq ? { xid, seq } : null };
  };
  let count = 0;
  let next = page(from);
  for (;;) {
    const { n, lines, last } = await next;
    if (last) {
      next = page(last);
      // Awaited on the next turn; a failure of this page's check must not leave it unhandled meanwhile.
      next.catch(() => {});
    }
    count += n;
    if (lines) read(lines, n);
    if (!last) return { count, cursor: { xid: horizon, seq: '0' } };
  }
}

export interface PulledVersion {
  kind: string;
  id: string;
  version: string;
  body: string;
  sha256: string;
}

async function pullVersions(
  client: pg.Client,
  from: Cursor,
  horizon: string,
): Promise<{ versions: PulledVersion[]; cursor: Cursor }> {
  const r = await client.query<PulledVersion>(
    `SELECT kind, id, version, body, sha256 FROM sxw.published_versions v
     WHERE (v.xid, v.seq) > ($1::xid8, $2::bigint) AND v.xid < $3::xid8 ORDER BY v.xid, v.seq`,
    [from.xid, from.seq, horizon],
  );
  return { versions: r.rows, cursor: { xid: horizon, seq: '0' } };
}

/** Releases (handed to `read` page by page) and versions since their cursors, in one snapshot (one horizon for both). */
export function pullChanges(
  client: pg.Client,
  from: { pool: Cursor; versions: Cursor },
  me: string | null,
  read: ReadPage,
  pageSize = PULL_PAGE,
): Promise<{ pool: { count: number; cursor: Cursor }; versions: { versions: PulledVersion[]; cursor: Cursor } }> {
  return inSnapshot(client, async (horizon) => ({
    pool: await pullReleases(client, from.pool, me, horizon, pageSize, read),
    versions: await pullVersions(client, from.versions, horizon),
  }));
}

async function inSnapshot<T>(client: pg.Client, read: (horizon: string) => Promise<T>): Promise<T> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const h = await client.query<{ horizon: string }>(
      'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon',
    );
    const result = await read((h.rows[0] as { horizon: string }).horizon);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
