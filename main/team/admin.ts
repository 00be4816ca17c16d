import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Language } from '../../shared/domain/identifiers';
import { teamError } from './connection';
import { CONSULTANT_ROLE, LEDGER, SERVER_MIGRATIONS, SERVER_SCHEMA_VERSION } from './serverSchema';

/**
 * The firm administrator's side: set up or migrate the server's schema, and add or remove consultants.
 * These run with the administrator's login (the owner of the team schema, with CREATEROLE); a consultant's
 * login has no right to any of it, which PostgreSQL enforces.
 */

/** Applies the migrations the server lacks, each with its ledger row in one transaction. */
export async function initServer(
  client: pg.Client,
  options: { k: number | null; defaultK: number; appVersion: string; language: Language; server: string },
): Promise<{ applied: number; schemaVersion: number; k: number }> {
  await client.query('BEGIN');
  try {
    // Two administrators running init at once: the second waits, then finds nothing left to do.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('sxw.init'))");
    await client.query(LEDGER);
    const r = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM sxw.schema_migrations');
    const current = r.rows[0]?.v ?? 0;
    if (current > SERVER_SCHEMA_VERSION) {
      throw teamError('newer_schema', options.language, {
        server: options.server,
        serverVersion: current,
        appVersion: SERVER_SCHEMA_VERSION,
      });
    }
    let applied = 0;
    for (const m of SERVER_MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO sxw.schema_migrations (version, name, app_version) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        options.appVersion,
      ]);
      applied++;
    }
    const before = await client.query<{ value: string }>("SELECT value FROM sxw.settings WHERE key = 'k'");
    const previous = before.rows[0] ? Number(before.rows[0].value) : null;
    const k = options.k ?? previous ?? options.defaultK;
    if (k !== previous) {
      await client.query(
        "INSERT INTO sxw.settings (key, value) VALUES ('k', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        [String(k)],
      );
      // Another k changes what every group may show: every group is released again (at commit).
      await client.query(
        `INSERT INTO sxw.pending_groups (framework, sector, size_band, year)
         SELECT DISTINCT framework, sector, size_band, year FROM sxw.records
         ON CONFLICT DO NOTHING`,
      );
    }
    await client.query('COMMIT');
    return { applied, schemaVersion: SERVER_SCHEMA_VERSION, k };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

const NAME = /^[a-z][a-z0-9_.-]{0,62}$/;

/** A login role for the consultant, member of the consultants' group; returns the password it was given. */
export async function addConsultant(
  client: pg.Client,
  name: string,
  password: string | null,
  language: Language,
): Promise<{ name: string; password: string; anonymousId: string }> {
  if (!NAME.test(name) || name === CONSULTANT_ROLE || name.startsWith('pg_')) {
    throw teamError('bad_name', language, { name });
  }
  const secret = password ?? randomBytes(18).toString('base64url');
  await client.query('BEGIN');
  try {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
    const role = client.escapeIdentifier(name);
    if (exists.rowCount === 0) {
      await client.query(`CREATE ROLE ${role} LOGIN PASSWORD ${client.escapeLiteral(secret)}`);
    } else {
      await client.query(`ALTER ROLE ${role} LOGIN PASSWORD ${client.escapeLiteral(secret)}`);
    }
    await client.query(`GRANT ${CONSULTANT_ROLE} TO ${role}`);
    const r = await client.query<{ anonymous_id: string }>(
      `INSERT INTO sxw.consultants (role_name) VALUES ($1)
       ON CONFLICT (role_name) DO UPDATE SET removed_at = NULL RETURNING anonymous_id`,
      [name],
    );
    await client.query('COMMIT');
    return { name, password: secret, anonymousId: (r.rows[0] as { anonymous_id: string }).anonymous_id };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/**
 * Takes the login away. The consultant's records stay in the firm's pool (they are the firm's, and
 * anonymous); the role is dropped so nobody can log in with it.
 */
export async function removeConsultant(
  client: pg.Client,
  name: string,
  language: Language,
): Promise<{ name: string; removed: boolean }> {
  if (!NAME.test(name)) throw teamError('bad_name', language, { name });
  await client.query('BEGIN');
  try {
    const r = await client.query(
      'UPDATE sxw.consultants SET removed_at = now() WHERE role_name = $1 AND removed_at IS NULL',
      [name],
    );
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
    if (exists.rowCount) await client.query(`DROP ROLE ${client.escapeIdentifier(name)}`);
    await client.query('COMMIT');
    return { name, removed: (r.rowCount ?? 0) > 0 };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
