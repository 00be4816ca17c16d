import { randomUUID } from 'node:crypto';
import net from 'node:net';
import pg from 'pg';
import { inject } from 'vitest';
import { appendChange } from '../../../main/api/changes';
import { dispatch } from '../../../main/api/dispatch';
import { storeFramework } from '../../../main/frameworks/frameworks';
import { recordParams } from '../../../main/pool/repository';
import { addConsultant } from '../../../main/team/admin';
import { memorySecrets } from '../../../main/team/secrets';
import { LEDGER, SERVER_MIGRATIONS, SERVER_SCHEMA_VERSION } from '../../../main/team/serverSchema';
import type { OperationName, OperationOutput } from '../../../shared/api/operations';
import type { ApiErrorBody } from '../../../shared/api/result';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import type { PoolRecord } from '../../../shared/pool/benchmarkCsv';
import type { Language } from '../../../shared/domain/identifiers';
import type { TestCluster } from '../../support/postgres';
import { testContext } from '../support';

/**
 * The team server's test world: a firm is a fresh database in the run's PostgreSQL cluster (see
 * ./globalSetup.ts), set up through `team.init`; a laptop is a workbench database file of its own.
 */

export const cluster = (): TestCluster => {
  const c = inject('postgres');
  if (!c) throw new Error('No PostgreSQL cluster: install Debian’s postgresql (see .ci/run).');
  return c;
};

/** Whether the run has a cluster; without PostgreSQL the team suites say so instead of failing on it. */
export const hasCluster = () => inject('postgres') !== null;

export const CONSULTANT_PASSWORD = 'consultant-secret-1';

export async function adminClient(database: string): Promise<pg.Client> {
  const c = cluster();
  const client = new pg.Client({ host: c.host, port: c.port, user: c.user, password: c.password, database });
  client.on('error', () => {});
  await client.connect();
  return client;
}

export interface Firm {
  database: string;
  adminUrl: string;
  url(user: string, port?: number): string;
  /** The firm's consultants' login names, unique in the cluster (roles are per cluster). */
  names: Record<string, string>;
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
}

let firms = 0;

/**
 * A new database, initialised by `team.init` as its administrator, with the named consultants; or, given an
 * older `schema`, set up as an older workbench's init left it: its migrations up to that one.
 */
export async function createFirm(consultants: string[], k = 3, schema = SERVER_SCHEMA_VERSION): Promise<Firm> {
  const c = cluster();
  const database = `firm_${process.pid}_${++firms}_${Date.now() % 100000}`;
  const admin = await adminClient('postgres');
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = (user: string, port = c.port) => `postgres://${user}@${c.host}:${port}/${database}`;
  const adminUrl = url(c.user);
  const names: Record<string, string> = Object.fromEntries(consultants.map((n) => [n, `${n}_${database}`]));
  if (schema < SERVER_SCHEMA_VERSION) {
    const client = await adminClient(database);
    await client.query(LEDGER);
    for (const m of SERVER_MIGRATIONS.slice(0, schema)) {
      await client.query(m.sql);
      await client.query("INSERT INTO sxw.schema_migrations (version, name, app_version) VALUES ($1, $2, 'older')", [
        m.version,
        m.name,
      ]);
    }
    await client.query("INSERT INTO sxw.settings (key, value) VALUES ('k', $1)", [String(k)]);
    for (const name of Object.values(names)) await addConsultant(client, name, CONSULTANT_PASSWORD, 'en');
    await client.end();
  } else {
    const ctx = testContext();
    await ok(ctx, 'team.init', { server: adminUrl, password: c.password, k });
    for (const name of Object.values(names)) {
      await ok(ctx, 'team.addConsultant', {
        server: adminUrl,
        password: c.password,
        name,
        consultantPassword: CONSULTANT_PASSWORD,
      });
    }
    ctx.db.close();
  }
  return {
    database,
    adminUrl,
    url,
    names,
    async sql(text, values) {
      const client = await adminClient(database);
      try {
        return (await client.query(text, values)).rows;
      } finally {
        await client.end();
      }
    },
  };
}

export type Laptop = ReturnType<typeof testContext>;

/** The firm each laptop was connected to, so a sync can wait for the other test files' writes (below). */
const firmOf = new WeakMap<Laptop, string>();

/**
 * Waits (up to 30 s) until no other database of the shared cluster has a writing transaction open. The test
 * files run at once, and a pull only reads changes older than every transaction still open in the cluster
 * (docs/team-server.md "The pull cursor never skips a change committed out of order"): another file's open
 * transaction would make this file's pull come late — by design, but not what its assertions count.
 * Transactions in the firm's own database are the test's own business and are not waited for.
 */
export async function othersSettled(database: string): Promise<void> {
  const client = await adminClient(database);
  try {
    for (const until = Date.now() + 30_000; Date.now() < until;) {
      const r = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname IS DISTINCT FROM current_database() AND backend_xid IS NOT NULL`,
      );
      if (r.rows[0]?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await client.end();
  }
}

/** A consultant's laptop: its own database file, the password in its secret store, connected to the firm. */
export async function laptop(firm: Firm, consultant: string, language: Language = 'en'): Promise<Laptop> {
  const ctx = testContext({ now: '2026-11-22T10:00:00Z' });
  ctx.osLanguage = language;
  ctx.teamSecrets = memorySecrets();
  await ok(ctx, 'team.connect', { server: firm.url(firm.names[consultant] as string), password: CONSULTANT_PASSWORD });
  firmOf.set(ctx, firm.database);
  return ctx;
}

export async function run<K extends OperationName>(ctx: Laptop, op: K, input: unknown) {
  return dispatch(ctx, op, input) as Promise<
    { ok: true; value: OperationOutput<K> } | { ok: false; error: ApiErrorBody }
  >;
}

export async function ok<K extends OperationName>(ctx: Laptop, op: K, input: unknown): Promise<OperationOutput<K>> {
  const r = await run(ctx, op, input);
  if (!r.ok) throw new Error(`${op} failed: ${r.error.code} ${r.error.message}`);
  return r.value;
}

export async function fails(ctx: Laptop, op: OperationName, input: unknown): Promise<ApiErrorBody> {
  const r = await run(ctx, op, input);
  if (r.ok) throw new Error(`${op} succeeded where it should have failed`);
  return r.error;
}

export async function sync(ctx: Laptop) {
  const database = firmOf.get(ctx);
  if (database) await othersSettled(database);
  return ok(ctx, 'team.sync', {});
}

export function record(
  profile: Partial<Pick<PoolRecord, 'sector' | 'sizeBand' | 'country' | 'year'>> = {},
  score = 300,
): PoolRecord {
  return {
    recordId: randomUUID(),
    framework: 'sx-default',
    sector: 'K',
    sizeBand: '10-49',
    country: 'NL',
    year: 2025,
    scores: Array.from({ length: 9 }, (_, i) => score + i * 10),
    synthetic: false,
    ...profile,
  };
}

/**
 * Own contributions as `pool.contribute` leaves them — a pool record of source `own` linked to a finalized
 * round of a consenting client — written directly, so a test can hold hundreds without scoring rounds.
 * Returns the assessment id of each record, for `pool.withdraw`.
 */
export function contribute(ctx: Laptop, records: PoolRecord[]): string[] {
  const db = ctx.db;
  const at = '2026-11-22T10:00:00.000Z';
  return db.transaction(() => {
    storeFramework(ctx, sxDefault);
    const clientId = `cl_${randomUUID().slice(0, 8)}`;
    db.prepare(
      `INSERT INTO clients (id, name, sector, size_band, country, created_at, updated_at)
       VALUES (?, 'Client', 'K', '10-49', 'NL', ?, ?)`,
    ).run(clientId, at, at);
    const engagementId = `en_${randomUUID().slice(0, 8)}`;
    db.prepare(
      `INSERT INTO engagements (id, client_id, title, purpose, status, benchmark_consent, created_at, updated_at)
       VALUES (?, ?, 'Diagnosis', 'diagnosis', 'active', 1, ?, ?)`,
    ).run(engagementId, clientId, at, at);
    const ids = records.map((r) => {
      const id = `as_${randomUUID().slice(0, 12)}`;
      db.prepare(
        `INSERT INTO assessments (id, engagement_id, framework_id, framework_version, round, mode, status, held_on,
           created_at, updated_at, finalized_at)
         VALUES (?, ?, ?, ?, 'Baseline', 'workshop', 'finalized', ?, ?, ?, ?)`,
      ).run(id, engagementId, sxDefault.id, sxDefault.version, `${r.year}-06-01`, at, at, at);
      db.prepare(
        'INSERT INTO pool_records (record_id, framework, sector, size_band, country, year, b1, b2, b3, b4, b5, b6, b7, b8, b9, synthetic, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(...recordParams(r, 'own'));
      db.prepare('INSERT INTO pool_contributions (assessment_id, record_id, contributed_at) VALUES (?, ?, ?)').run(
        id,
        r.recordId,
        at,
      );
      return id;
    });
    appendChange(db, { at, operation: 'test.contribute', entities: ['pool'] });
    return ids;
  })();
}

/** The pool as a laptop holds it: record id → its row (country as held), by source. */
export function poolOf(ctx: Laptop, source: string): Map<string, { country: string; b1: number | null }> {
  const rows = ctx.db.prepare('SELECT record_id, country, b1 FROM pool_records WHERE source = ?').all(source) as {
    record_id: string;
    country: string;
    b1: number | null;
  }[];
  return new Map(rows.map((r) => [r.record_id, { country: r.country, b1: r.b1 }]));
}

/**
 * A TCP relay in front of the cluster that can be switched off and on again on the same port: the team
 * server going down and coming back, as a laptop sees it.
 */
export async function relay(): Promise<{ port: number; down(): Promise<void>; up(): Promise<void> }> {
  const target = cluster();
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const up = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((inbound) => {
        const outbound = net.connect(target.port, target.host);
        sockets.add(inbound).add(outbound);
        inbound.pipe(outbound).pipe(inbound);
        const drop = () => {
          inbound.destroy();
          outbound.destroy();
        };
        inbound.on('error', drop).on('close', drop);
        outbound.on('error', drop).on('close', drop);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server?.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });
  await up();
  return { port, down, up };
}
