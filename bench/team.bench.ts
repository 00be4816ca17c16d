import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { appendChange } from '../main/api/changes';
import { createContext, type ServiceContext } from '../main/api/context';
import { dispatch } from '../main/api/dispatch';
import { openWorkbenchDatabase } from '../main/db/open';
import { storeFramework } from '../main/frameworks/frameworks';
import { kAnonymize } from '../main/pool/export';
import { recordParams } from '../main/pool/repository';
import { memorySecrets } from '../main/team/secrets';
import { sxDefault } from '../shared/frameworks/sxDefault';
import { SECTORS, SIZE_BANDS } from '../shared/domain/identifiers';
import type { PoolRecord } from '../shared/pool/benchmarkCsv';
import { startCluster, stopCluster, type TestCluster } from '../test/support/postgres';
import { type MeasuredCase, timeOnce } from './harness';

/**
 * Issue 15's team server figures, against a throwaway PostgreSQL cluster on loopback (as the tests use):
 * - push: `team.sync` sending 100,000 own contributions (read from SQLite as record lines, inserted on the
 *   server in batches, the server's k-anonymous release of every group at commit, the local commit) against
 *   `COPY` of the same rows into the same table through `psql` (which fires the same release), against the
 *   bare local insert of 100,000 pool rows into SQLite, and — no goal, to show the server's share — against
 *   the same `COPY` with the table's triggers off, which stores the records without computing any release;
 * - pull: `team.sync` taking 100,000 released records into a second laptop's pool, against `COPY … TO
 *   STDOUT` of the same released rows through `psql`, and against the bare local insert;
 * - a sync with nothing to move, against one bare connect + `SELECT 1` + disconnect.
 * SXW_BENCH_TEAM_RECORDS changes the size; SXW_BENCH_TEAM_RUNS the number of runs; SXW_BENCH_TEAM_CASES
 * (a comma list of push, pull, noop) runs only those cases, since one push of 100,000 takes seconds.
 */

const N = Number(process.env.SXW_BENCH_TEAM_RECORDS ?? 100_000);
const RUNS = Number(process.env.SXW_BENCH_TEAM_RUNS ?? 3);
const CASES = new Set((process.env.SXW_BENCH_TEAM_CASES ?? 'push,pull,noop').split(',').map((c) => c.trim()));
const PASSWORD = 'bench-consultant-pw';
const COLUMNS = 'record_id, framework, sector, size_band, country, year, b1, b2, b3, b4, b5, b6, b7, b8, b9';

function records(): PoolRecord[] {
  // Every sector, size band and year, one country: groups of about a hundred, so every record is released.
  return Array.from({ length: N }, (_, i) => ({
    recordId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    framework: 'sx-default',
    sector: SECTORS[i % SECTORS.length] as string,
    sizeBand: SIZE_BANDS[Math.floor(i / SECTORS.length) % SIZE_BANDS.length] as string,
    country: 'NL',
    year: 2016 + (Math.floor(i / (SECTORS.length * SIZE_BANDS.length)) % 10),
    scores: Array.from({ length: 9 }, (_, b) => 100 + ((i * (b + 7)) % 401)),
    synthetic: false,
  }));
}

function laptop(dir: string, name: string, server: string): ServiceContext {
  const file = path.join(dir, `${name}.sqlite`);
  const ctx = createContext({ db: openWorkbenchDatabase(file), databasePath: file, transport: 'cli' });
  ctx.teamSecrets = memorySecrets({ SXW_TEAM_PASSWORD: PASSWORD });
  ctx.db.prepare('INSERT INTO team_state (id, server) VALUES (1, ?)').run(server);
  return ctx;
}

/** Own contributions as `pool.contribute` leaves them, one finalized round each. */
function contributeAll(ctx: ServiceContext, rows: PoolRecord[]): void {
  const db = ctx.db;
  const at = '2026-12-01T10:00:00.000Z';
  db.transaction(() => {
    storeFramework(ctx, sxDefault);
    db.prepare(
      "INSERT INTO clients (id, name, sector, size_band, country, created_at, updated_at) VALUES ('cl_bench', 'Bench', 'K', '10-49', 'NL', ?, ?)",
    ).run(at, at);
    db.prepare(
      "INSERT INTO engagements (id, client_id, title, purpose, status, benchmark_consent, created_at, updated_at) VALUES ('en_bench', 'cl_bench', 'Bench', 'diagnosis', 'active', 1, ?, ?)",
    ).run(at, at);
    const round = db.prepare(
      `INSERT INTO assessments (id, engagement_id, framework_id, framework_version, round, mode, status, held_on, created_at, updated_at, finalized_at)
       VALUES (?, 'en_bench', ?, ?, 'Baseline', 'workshop', 'finalized', '2025-06-01', ?, ?, ?)`,
    );
    const insert = db.prepare(`INSERT INTO pool_records (${COLUMNS}, synthetic, source) VALUES (${'?, '.repeat(16)}?)`);
    const link = db.prepare(
      'INSERT INTO pool_contributions (assessment_id, record_id, contributed_at) VALUES (?, ?, ?)',
    );
    rows.forEach((r, i) => {
      round.run(`as_${i}`, sxDefault.id, sxDefault.version, at, at, at);
      insert.run(...recordParams(r, 'own'));
      link.run(`as_${i}`, r.recordId, at);
    });
    appendChange(db, { at, operation: 'bench.contribute', entities: ['pool'] });
  })();
}

/** The bare local insert: the same rows into a fresh SQLite pool, one prepared INSERT in one transaction. */
function bareLocalInsert(dir: string, rows: PoolRecord[]): number {
  const file = path.join(dir, `bare-${Math.random().toString(36).slice(2)}.sqlite`);
  const db = openWorkbenchDatabase(file);
  const insert = db.prepare(`INSERT INTO pool_records (${COLUMNS}, synthetic, source) VALUES (${'?, '.repeat(16)}?)`);
  const ms = Number(
    (() => {
      const t0 = process.hrtime.bigint();
      db.transaction(() => {
        for (const r of rows) insert.run(...recordParams(r, 'team'));
      })();
      return process.hrtime.bigint() - t0;
    })(),
  );
  db.close();
  fs.rmSync(file, { force: true });
  return ms / 1e6;
}

async function sync(ctx: ServiceContext): Promise<{ pushed: number; pulled: number }> {
  const r = await dispatch(ctx, 'team.sync', {});
  if (!r.ok) throw new Error(`team.sync failed: ${r.error.message}`);
  return r.value as { pushed: number; pulled: number };
}

export async function teamBenchmarks(): Promise<MeasuredCase[]> {
  let cluster: TestCluster | null = null;
  let setup: Promise<World> | null = null;
  const world = () => (setup ??= prepare().then((w) => ((cluster = w.cluster), w)));
  const psql = (w: World, sql: string, input?: string) => {
    const r = spawnSync(
      path.join(w.cluster.bin, 'psql'),
      ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', w.adminUrl, '-c', sql],
      {
        input,
        env: { ...process.env, PGPASSWORD: w.cluster.password },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
    return r.stdout;
  };
  const resetServer = async (w: World) => {
    await w.admin.query('TRUNCATE sxw.records, sxw.releases, sxw.pending_groups');
  };
  const resetPusher = (w: World) => w.pusher.db.prepare('DELETE FROM team_pushed').run();

  const pushOnce = async (w: World) => {
    await resetServer(w);
    resetPusher(w);
    let report: { pushed: number } = { pushed: 0 };
    const ms = await timeOnce(async () => {
      report = await sync(w.pusher);
    });
    if (report.pushed !== N) throw new Error(`pushed ${report.pushed}, not ${N}`);
    return ms;
  };
  const copyOnce = async (w: World) => {
    await resetServer(w);
    return timeOnce(() => psql(w, `COPY sxw.records (${COLUMNS}, contributor) FROM STDIN WITH (FORMAT csv)`, w.csv));
  };
  /** The server's floor for a push: the same COPY with the table's triggers off, so no release is computed. */
  const copyWithoutReleaseOnce = async (w: World) => {
    await resetServer(w);
    return timeOnce(() =>
      psql(
        w,
        `SET session_replication_role = replica; COPY sxw.records (${COLUMNS}, contributor) FROM STDIN WITH (FORMAT csv)`,
        w.csv,
      ),
    );
  };

  const push = (
    referenceName: string,
    reference: (w: World) => Promise<number> | number,
    goal = '≤ 2× the reference',
  ): MeasuredCase => ({
    name: `team push of ${N.toLocaleString('en')} records`,
    referenceName,
    goal,
    measure: async () => {
      const w = await world();
      const ours: number[] = [];
      const ref: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        ours.push(await pushOnce(w));
        ref.push(await reference(w));
      }
      return { ours, reference: ref };
    },
  });

  /** The server holds every record, released; the puller's laptop has none of them. */
  const pullOnce = async (w: World) => {
    w.puller.db.exec("DELETE FROM pool_records WHERE source = 'team'; UPDATE team_state SET pool_cursor = '0:0'");
    let report: { pulled: number } = { pulled: 0 };
    const ms = await timeOnce(async () => {
      report = await sync(w.puller);
    });
    if (report.pulled !== w.released) throw new Error(`pulled ${report.pulled}, not ${w.released}`);
    return ms;
  };
  const pull = (referenceName: string, reference: (w: World) => Promise<number> | number): MeasuredCase => ({
    name: `team pull of ${N.toLocaleString('en')} records`,
    referenceName,
    goal: '≤ 2× the reference',
    measure: async () => {
      const w = await world();
      await resetServer(w);
      resetPusher(w);
      await sync(w.pusher);
      const ours: number[] = [];
      const ref: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        ours.push(await pullOnce(w));
        ref.push(await reference(w));
      }
      return { ours, reference: ref };
    },
  });

  const close = async () => {
    const w = await setup;
    if (!w) return;
    await w.admin.end();
    w.pusher.db.close();
    w.puller.db.close();
    if (cluster) stopCluster(cluster);
    fs.rmSync(w.dir, { recursive: true, force: true });
  };

  const cases: [string, MeasuredCase][] = [
    ['push', push('COPY FROM STDIN through psql', copyOnce)],
    ['push', push('bare local insert (SQLite)', (w) => bareLocalInsert(w.dir, w.rows))],
    [
      'push',
      push(
        'COPY FROM STDIN without the release (triggers off)',
        copyWithoutReleaseOnce,
        'none: the floor of the records alone',
      ),
    ],
    [
      'pull',
      pull('COPY TO STDOUT through psql', (w) =>
        timeOnce(() => psql(w, `COPY (SELECT ${COLUMNS} FROM sxw.releases WHERE shown) TO STDOUT WITH (FORMAT csv)`)),
      ),
    ],
    ['pull', pull('bare local insert (SQLite)', (w) => bareLocalInsert(w.dir, w.rows))],
    [
      'noop',
      {
        name: 'team sync with nothing to move',
        referenceName: 'connect + SELECT 1 + disconnect',
        goal: '< 100 ms',
        measure: async () => {
          const w = await world();
          await sync(w.pusher);
          await sync(w.puller);
          const ours: number[] = [];
          const ref: number[] = [];
          for (let i = 0; i < 30; i++) {
            ours.push(
              await timeOnce(async () => {
                const r = await sync(w.puller);
                if (r.pulled + r.pushed !== 0) throw new Error('a no-op sync moved something');
              }),
            );
            ref.push(
              await timeOnce(async () => {
                const c = new pg.Client({ ...w.consultant, password: PASSWORD });
                await c.connect();
                await c.query('SELECT 1');
                await c.end();
              }),
            );
          }
          return { ours, reference: ref };
        },
      },
    ],
  ];
  const chosen = cases.filter(([kind]) => CASES.has(kind)).map(([, c]) => c);
  // The last chosen case stops the cluster and removes the laptops, whether it succeeds or not.
  const last = chosen.at(-1);
  if (last) {
    const measure = last.measure;
    last.measure = () => measure().finally(close);
  }
  return chosen;
}

interface World {
  cluster: TestCluster;
  adminUrl: string;
  admin: pg.Client;
  pusher: ServiceContext;
  puller: ServiceContext;
  consultant: { host: string; port: number; user: string; database: string };
  rows: PoolRecord[];
  /** How many of them a colleague receives (k = 5): all of them at the default size. */
  released: number;
  csv: string;
  dir: string;
}

async function prepare(): Promise<World> {
  process.stderr.write('starting a throwaway PostgreSQL cluster…\n');
  const cluster = await startCluster();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-bench-team-'));
  const database = 'firm_bench';
  const root = new pg.Client({
    host: cluster.host,
    port: cluster.port,
    user: cluster.user,
    password: cluster.password,
    database: 'postgres',
  });
  await root.connect();
  await root.query(`CREATE DATABASE ${database}`);
  await root.end();
  const adminUrl = `postgres://${cluster.user}@${cluster.host}:${cluster.port}/${database}`;
  const setupCtx = laptop(dir, 'admin', adminUrl);
  for (const [op, input] of [
    ['team.init', { server: adminUrl, password: cluster.password, k: 5 }],
    [
      'team.addConsultant',
      { server: adminUrl, password: cluster.password, name: 'bench_push', consultantPassword: PASSWORD },
    ],
    [
      'team.addConsultant',
      { server: adminUrl, password: cluster.password, name: 'bench_pull', consultantPassword: PASSWORD },
    ],
  ] as const) {
    const r = await dispatch(setupCtx, op, input);
    if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  }
  setupCtx.db.close();
  const url = (user: string) => `postgres://${user}@${cluster.host}:${cluster.port}/${database}`;
  const pusher = laptop(dir, 'pusher', url('bench_push'));
  const puller = laptop(dir, 'puller', url('bench_pull'));
  const rows = records();
  contributeAll(pusher, rows);
  // First syncs: both laptops know the server's id, so the measured ones are ordinary syncs.
  await sync(pusher);
  await sync(puller);
  const admin = new pg.Client({
    host: cluster.host,
    port: cluster.port,
    user: cluster.user,
    password: cluster.password,
    database,
  });
  await admin.connect();
  const csv = rows
    .map((r) => [r.recordId, r.framework, r.sector, r.sizeBand, r.country, r.year, ...r.scores, 'bench_push'].join(','))
    .join('\n');
  return {
    cluster,
    adminUrl,
    admin,
    pusher,
    puller,
    consultant: { host: cluster.host, port: cluster.port, user: 'bench_pull', database },
    rows,
    released: kAnonymize(rows, 5).kept.length,
    csv: `${csv}\n`,
    dir,
  };
}
