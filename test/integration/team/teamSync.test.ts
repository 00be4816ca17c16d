import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { kAnonymize } from '../../../main/pool/export';
import { pullChanges } from '../../../main/team/remote';
import { memorySecrets } from '../../../main/team/secrets';
import { SERVER_SCHEMA_VERSION } from '../../../main/team/serverSchema';
import { testContext } from '../support';
import { csvHeader, csvRow, type PoolRecord } from '../../../shared/pool/benchmarkCsv';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { sxRecognition } from '../../../shared/dossier/sxRecognition';
import {
  adminClient,
  cluster,
  CONSULTANT_PASSWORD,
  contribute,
  createFirm,
  fails,
  type Firm,
  hasCluster,
  laptop,
  ok,
  poolOf,
  record,
  relay,
  run,
  sync,
} from './teamWorld';

/** A consultant's own connection to the server, as a hand-written client would make it. */
async function consultantClient(firm: Firm, name: string): Promise<pg.Client> {
  const c = cluster();
  const client = new pg.Client({
    host: c.host,
    port: c.port,
    user: firm.names[name],
    password: CONSULTANT_PASSWORD,
    database: firm.database,
  });
  client.on('error', () => {});
  await client.connect();
  return client;
}

const ZERO = { pushed: 0, pulled: 0, withdrawn: 0, conflicts: 0 };

describe.skipIf(!hasCluster())('the team server shares the pool between laptops', () => {
  it('pushes own contributions, pulls colleagues’, and a second sync moves nothing', async () => {
    const firm = await createFirm(['anna', 'bram']);
    const anna = await laptop(firm, 'anna');
    const bram = await laptop(firm, 'bram');
    const common = Array.from({ length: 4 }, (_, i) => record({}, 200 + i * 20));
    contribute(anna, common);
    contribute(bram, [record({}, 350)]);

    expect(await sync(anna)).toEqual({ ...ZERO, pushed: 4 });
    // Bram's one record joins Anna's four: a group of five, so everyone's is released exactly.
    expect(await sync(bram)).toEqual({ ...ZERO, pushed: 1, pulled: 4 });
    expect(await sync(anna)).toEqual({ ...ZERO, pulled: 1 });
    expect(await sync(anna)).toEqual(ZERO);
    expect(await sync(bram)).toEqual(ZERO);

    // Both compare a round against the same five records, with provenance kept for the pulled ones.
    expect([...poolOf(bram, 'team').keys()].sort()).toEqual(common.map((r) => r.recordId).sort());
    const provenance = bram.db
      .prepare(
        "SELECT team_server AS server_id, team_contributor AS contributor FROM pool_records WHERE source = 'team'",
      )
      .all() as { server_id: string; contributor: string }[];
    const [server] = await firm.sql<{ value: string }>("SELECT value FROM sxw.settings WHERE key = 'server_id'");
    const [annaId] = await firm.sql<{ anonymous_id: string }>(
      'SELECT anonymous_id FROM sxw.consultants WHERE role_name = $1',
      [firm.names.anna],
    );
    expect(provenance).toHaveLength(4);
    expect(provenance.every((p) => p.server_id === server?.value && p.contributor === annaId?.anonymous_id)).toBe(true);
    const scores = { B1: 3, B2: 3, B3: 3, B4: 3, B5: 3, B6: 3, B7: 3, B8: 3, B9: 3 };
    const input = { scores, filters: { sector: ['K'], size: ['10-49'], country: ['NL'] } };
    const a = await ok(anna, 'pool.compare', input);
    const b = await ok(bram, 'pool.compare', input);
    expect(a.n).toBe(5);
    expect(b.blocks).toEqual(a.blocks);
    expect(b.overall).toEqual(a.overall);

    // The server holds each record once.
    const [count] = await firm.sql<{ n: string }>('SELECT count(*) AS n FROM sxw.records');
    expect(Number(count?.n)).toBe(5);
    const status = await ok(anna, 'team.status', {});
    expect(status).toMatchObject({ state: 'ok', pending: { records: 0, withdrawals: 0 }, teamRecords: 1 });
  });

  it('sends a withdrawal as a tombstone, and the record leaves the colleague’s pool', async () => {
    const firm = await createFirm(['anna', 'bram']);
    const anna = await laptop(firm, 'anna');
    const bram = await laptop(firm, 'bram');
    const records = Array.from({ length: 4 }, () => record());
    const rounds = contribute(anna, records);
    await sync(anna);
    expect((await sync(bram)).pulled).toBe(4);

    await ok(anna, 'pool.withdraw', { assessmentId: rounds[0] });
    expect((await ok(anna, 'team.status', {})).pending.withdrawals).toBe(1);
    expect(await sync(anna)).toEqual({ ...ZERO, withdrawn: 1 });
    // Three left in NL: below k = 3? No — three is k. The withdrawn one goes; the rest stay exact.
    expect(await sync(bram)).toEqual({ ...ZERO, withdrawn: 1 });
    expect(poolOf(bram, 'team').has(records[0]?.recordId as string)).toBe(false);
    expect(poolOf(bram, 'team').size).toBe(3);
    const [row] = await firm.sql<{ withdrawn_at: Date | null; b1: number | null }>(
      'SELECT withdrawn_at, b1 FROM sxw.records WHERE record_id = $1',
      [records[0]?.recordId],
    );
    expect(row?.withdrawn_at).not.toBeNull();
    expect(row?.b1).toBeNull();
    expect(await sync(anna)).toEqual(ZERO);
    expect(await sync(bram)).toEqual(ZERO);
  });

  it('gives a colleague only a k-anonymous pool, generalised on the server exactly as a pack export', async () => {
    const firm = await createFirm(['anna', 'bram', 'carla'], 3);
    const anna = await laptop(firm, 'anna');
    const bram = await laptop(firm, 'bram');
    const carla = await laptop(firm, 'carla');
    // A seeded mix of common and rare combinations over two contributors.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const make = () =>
      record(
        {
          sector: (['K', 'Q', 'C'] as const)[next(3)],
          sizeBand: (['10-49', '50-249'] as const)[next(2)],
          country: (['NL', 'BE', 'DE', 'FR'] as const)[next(4)],
          year: 2024 + next(2),
        },
        100 + next(300),
      );
    const annas = Array.from({ length: 60 }, make);
    const brams = Array.from({ length: 40 }, make);
    contribute(anna, annas);
    contribute(bram, brams);
    await sync(anna);
    await sync(bram);
    await sync(carla);
    await sync(anna);

    const expected = kAnonymize([...annas, ...brams], 3).kept;
    const got = poolOf(carla, 'team');
    expect(new Map(expected.map((r) => [r.recordId, { country: r.country, b1: r.scores[0] }]))).toEqual(got);
    // Every combination Carla received occurs at least k times.
    const combos = carla.db
      .prepare("SELECT count(*) AS n FROM pool_records WHERE source = 'team' GROUP BY sector, size_band, country, year")
      .all() as { n: number }[];
    expect(combos.every((c) => c.n >= 3)).toBe(true);
    // Anna keeps her own records exact and receives only Bram's releases: the same rule over the whole pool.
    expect([...poolOf(anna, 'own').keys()].sort()).toEqual(annas.map((r) => r.recordId).sort());
    const forAnna = expected.filter((r) => brams.some((b) => b.recordId === r.recordId));
    expect(poolOf(anna, 'team')).toEqual(
      new Map(forAnna.map((r) => [r.recordId, { country: r.country, b1: r.scores[0] }])),
    );
    // The exact rows of a colleague are out of reach: row-level security shows Carla nothing in sxw.records.
    const client = await consultantClient(firm, 'carla');
    expect((await client.query('SELECT * FROM sxw.records')).rowCount).toBe(0);
    await client.end();
  });

  it('releases a left-out record once enough colleagues’ records join its group, and hides it again', async () => {
    const firm = await createFirm(['anna', 'bram', 'carla'], 3);
    const anna = await laptop(firm, 'anna');
    const bram = await laptop(firm, 'bram');
    const carla = await laptop(firm, 'carla');
    const lonely = record({ country: 'BE', sector: 'C' });
    contribute(anna, [lonely]);
    await sync(anna);
    expect((await sync(carla)).pulled).toBe(0);
    const rounds = contribute(bram, [record({ country: 'DE', sector: 'C' }), record({ country: 'FR', sector: 'C' })]);
    await sync(bram);
    // Three rare records together make a group of three in "another country".
    expect(await sync(carla)).toEqual({ ...ZERO, pulled: 3 });
    expect(poolOf(carla, 'team').get(lonely.recordId)?.country).toBe('ZZ');
    await ok(bram, 'pool.withdraw', { assessmentId: rounds[0] });
    await sync(bram);
    // Two left: below k, both leave Carla's pool.
    expect(await sync(carla)).toEqual({ ...ZERO, withdrawn: 3 });
    expect(poolOf(carla, 'team').size).toBe(0);
  });

  it('pulls page by page without losing or repeating a release, across transactions and sequence numbers', async () => {
    const firm = await createFirm(['anna', 'bram']);
    const anna = await laptop(firm, 'anna');
    // Two pushes (two transactions), twelve releases: sequence numbers past 9 order as numbers, not text.
    contribute(
      anna,
      Array.from({ length: 5 }, () => record()),
    );
    await sync(anna);
    contribute(
      anna,
      Array.from({ length: 7 }, () => record({ sector: 'C' })),
    );
    await sync(anna);
    const client = await consultantClient(firm, 'bram');
    const [bram] = await firm.sql<{ anonymous_id: string }>(
      'SELECT anonymous_id FROM sxw.consultants WHERE role_name = $1',
      [firm.names.bram],
    );
    const start = { pool: { xid: '0', seq: '0' }, versions: { xid: '0', seq: '0' } };
    const pull = async (pageSize: number, from = start) => {
      const pages: string[] = [];
      const r = await pullChanges(client, from, bram?.anonymous_id ?? null, (lines) => pages.push(lines), pageSize);
      return { ...r, pages, ids: pages.flatMap((p) => p.split('\n')).map((line) => line.slice(1, 37)) };
    };
    const whole = await pull(100);
    for (const pageSize of [1, 2, 5, 11, 12]) {
      const paged = await pull(pageSize);
      expect(paged.pool.count).toBe(12);
      expect(paged.pages).toHaveLength(Math.ceil(12 / pageSize));
      expect([...paged.ids].sort()).toEqual([...whole.ids].sort());
      expect(new Set(paged.ids).size).toBe(12);
      expect(paged.pool.cursor).toEqual(whole.pool.cursor);
    }
    // From the cursor a pull ends on, nothing is pulled again.
    const again = await pull(2, { ...start, pool: whole.pool.cursor });
    expect(again.pool.count).toBe(0);
    await client.end();
  });

  it('keeps each release’s line on the server; a server from before lines gets them, and the faster push, at the next init', async () => {
    // The server as schema 2 left it, with three of Anna's records pushed and released by its triggers.
    const firm = await createFirm(['anna', 'bram'], 3, 2);
    const mine = [record(), record(), record({ country: 'BE' }, 120)];
    mine[2]!.scores[4] = null;
    for (const r of mine) {
      await firm.sql(
        `INSERT INTO sxw.records (contributor, record_id, framework, sector, size_band, country, year,
           b1, b2, b3, b4, b5, b6, b7, b8, b9)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [firm.names.anna, r.recordId, r.framework, r.sector, r.sizeBand, r.country, r.year, ...r.scores],
      );
    }
    // Laptops refuse it until the administrator's init.
    const bram = testContext({ now: '2026-11-22T10:00:00Z' });
    bram.teamSecrets = memorySecrets();
    const older = await fails(bram, 'team.connect', {
      server: firm.url(firm.names.bram as string),
      password: CONSULTANT_PASSWORD,
    });
    expect(older.details?.reason).toBe('older_schema');
    const admin = testContext();
    expect(await ok(admin, 'team.init', { server: firm.adminUrl, password: cluster().password })).toMatchObject({
      applied: SERVER_SCHEMA_VERSION - 2,
      schemaVersion: SERVER_SCHEMA_VERSION,
    });
    admin.db.close();
    // Each kept line is the release in PostgreSQL's own record text, so the laptop reads either alike.
    const lines = await firm.sql<{ line: string; row: string }>(
      `SELECT line, ROW(record_id, contributor, shown, sector, size_band, country, year,
         b1, b2, b3, b4, b5, b6, b7, b8, b9, framework)::text AS row FROM sxw.releases`,
    );
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l.line).toBe(l.row);
    await ok(bram, 'team.connect', { server: firm.url(firm.names.bram as string), password: CONSULTANT_PASSWORD });
    expect(await sync(bram)).toEqual({ ...ZERO, pulled: 3 });
    expect(poolOf(bram, 'team').get(mine[2]!.recordId)).toMatchObject({ country: 'ZZ', b1: 120 });
    // Pushed after the upgrade into the same group, released by the new schema: four in NL keep their country,
    // and the one in BE, alone now, leaves Bram's pool.
    const anna = await laptop(firm, 'anna');
    contribute(anna, [record(), record()]);
    expect(await sync(anna)).toMatchObject({ pushed: 2, conflicts: 0 });
    expect(await sync(bram)).toEqual({ ...ZERO, pulled: 4, withdrawn: 1 });
    const pulled = poolOf(bram, 'team');
    expect(pulled.size).toBe(4);
    expect([...pulled.values()].every((r) => r.country === 'NL')).toBe(true);
    for (const l of await firm.sql<{ line: string; row: string }>(
      `SELECT line, ROW(record_id, contributor, shown, sector, size_band, country, year,
         b1, b2, b3, b4, b5, b6, b7, b8, b9, framework)::text AS row FROM sxw.releases`,
    )) {
      expect(l.line).toBe(l.row);
    }
  });

  it('never skips a change committed out of order', async () => {
    const firm = await createFirm(['anna', 'bram', 'carla']);
    const carla = await laptop(firm, 'carla');
    const early = await consultantClient(firm, 'anna');
    const late = await consultantClient(firm, 'bram');
    const body = (version: string) => JSON.stringify({ ...sxDefault, version });
    const { checksum } = await import('../../../main/frameworks/frameworks');
    const sha = (version: string) => checksum({ ...sxDefault, version } as typeof sxDefault);
    const put = (client: pg.Client, version: string) =>
      client.query(
        "INSERT INTO sxw.published_versions (kind, id, version, body, sha256) VALUES ('framework', $1, $2, $3, $4)",
        [sxDefault.id, version, body(version), sha(version)],
      );
    const poolInsert = (client: pg.Client, r: PoolRecord) =>
      client.query(
        `INSERT INTO sxw.records (record_id, framework, sector, size_band, country, year, b1, b2, b3, b4, b5, b6, b7, b8, b9)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [r.recordId, r.framework, r.sector, r.sizeBand, r.country, r.year, ...r.scores],
      );
    // The early transaction takes its id (and its version's sequence number) first, then waits.
    await early.query('BEGIN');
    await put(early, '7.0.1');
    const earlyRecords = [record(), record(), record()];
    for (const r of earlyRecords) await poolInsert(early, r);
    // The late one starts after it and commits first.
    await late.query('BEGIN');
    await put(late, '7.0.2');
    const lateRecords = [record(), record(), record()];
    for (const r of lateRecords) await poolInsert(late, r);
    await late.query('COMMIT');
    const [seqs] = await firm.sql<{ early: string; late: string }>(
      `SELECT (SELECT seq FROM sxw.published_versions WHERE version = '7.0.1') AS early,
              (SELECT seq FROM sxw.published_versions WHERE version = '7.0.2') AS late`,
    );
    expect(seqs?.early).toBeNull(); // not committed yet: invisible to everyone else
    // Carla syncs while the early transaction is still open: she may take nothing of it yet.
    await sync(carla);
    await early.query('COMMIT');
    await early.end();
    await late.end();
    // The early commit's version has the lower sequence number than one Carla may already have seen; a
    // cursor on the sequence alone would skip it. Carla's next sync takes both versions and all six records.
    const [after] = await firm.sql<{ early: string; late: string }>(
      `SELECT (SELECT seq FROM sxw.published_versions WHERE version = '7.0.1') AS early,
              (SELECT seq FROM sxw.published_versions WHERE version = '7.0.2') AS late`,
    );
    expect(Number(after?.early)).toBeLessThan(Number(after?.late));
    await sync(carla);
    const versions = (await ok(carla, 'frameworks.list', {})).map((f) => f.version);
    expect(versions).toEqual(expect.arrayContaining(['7.0.1', '7.0.2']));
    expect([...poolOf(carla, 'team').keys()].sort()).toEqual(
      [...earlyRecords, ...lateRecords].map((r) => r.recordId).sort(),
    );
    expect(await sync(carla)).toEqual(ZERO);
  });

  it('completes a push whose connection was killed mid-way on the next sync, without duplicates', async () => {
    const firm = await createFirm(['anna']);
    const anna = await laptop(firm, 'anna');
    const records = Array.from({ length: 500 }, () => record());
    contribute(anna, records);
    // The administrator holds the release lock, so Anna's push waits at its commit; then it is killed.
    const admin = await adminClient(firm.database);
    await admin.query('BEGIN');
    await admin.query("SELECT pg_advisory_xact_lock(hashtext('sxw.releases'))");
    const pushing = run(anna, 'team.sync', {});
    let pid: number | undefined;
    // Watched from outside the lock's transaction: pg_stat_activity is read once per transaction.
    const watch = await adminClient(firm.database);
    for (let i = 0; i < 200 && pid === undefined; i++) {
      const r = await watch.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND usename = $2 AND wait_event_type = 'Lock'",
        [firm.database, firm.names.anna],
      );
      pid = r.rows[0]?.pid;
      if (pid === undefined) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(pid).toBeDefined();
    await watch.query('SELECT pg_terminate_backend($1)', [pid]);
    await watch.end();
    await admin.query('ROLLBACK');
    await admin.end();
    const failed = await pushing;
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect(failed.error.code).toBe('team_server');
      expect(failed.error.details?.reason).toBe('connection_lost');
    }
    // Nothing half-applied: the laptop still has all 500 to send, the server none of them.
    expect((await ok(anna, 'team.status', {})).pending.records).toBe(500);
    expect(Number((await firm.sql<{ n: string }>('SELECT count(*) AS n FROM sxw.records'))[0]?.n)).toBe(0);
    expect(await sync(anna)).toEqual({ ...ZERO, pushed: 500 });
    expect(Number((await firm.sql<{ n: string }>('SELECT count(*) AS n FROM sxw.records'))[0]?.n)).toBe(500);
    expect(await sync(anna)).toEqual(ZERO);
  });

  it('takes a lost answer to a committed push as a retry: the server keeps one copy, the laptop marks it sent', async () => {
    const firm = await createFirm(['anna']);
    const anna = await laptop(firm, 'anna');
    contribute(anna, [record(), record(), record()]);
    await sync(anna);
    // As if the answer had been lost: the laptop forgets that the server holds them.
    anna.db.prepare('DELETE FROM team_pushed').run();
    expect(await sync(anna)).toEqual(ZERO);
    expect((await ok(anna, 'team.status', {})).pending.records).toBe(0);
    expect(Number((await firm.sql<{ n: string }>('SELECT count(*) AS n FROM sxw.records'))[0]?.n)).toBe(3);
  });

  it('pushes new records past a colleague’s id and a lost answer in one batch: the colleague’s is a conflict', async () => {
    const firm = await createFirm(['anna', 'bram']);
    const anna = await laptop(firm, 'anna');
    const bram = await laptop(firm, 'bram');
    // Anna's record stays alone in its group, so it is never released to Bram.
    const annas = record({ sector: 'C' });
    contribute(anna, [annas]);
    await sync(anna);
    const retried = record();
    contribute(bram, [retried]);
    expect(await sync(bram)).toEqual({ ...ZERO, pushed: 1 });
    // Bram's laptop forgets that the server holds his record (a lost answer), and holds a record with Anna's
    // id — with her very values — beside a new one with a block not assessed.
    bram.db.prepare('DELETE FROM team_pushed').run();
    const fresh = record({ sizeBand: '50-249' }, 410);
    fresh.scores[3] = null;
    contribute(bram, [{ ...annas }, fresh]);
    expect(await sync(bram)).toEqual({ ...ZERO, pushed: 1, conflicts: 1 });
    expect((await ok(bram, 'team.status', {})).pending.records).toBe(1);
    const rows = await firm.sql<{ record_id: string; contributor: string; b1: number; b4: number | null }>(
      'SELECT record_id, contributor, b1, b4 FROM sxw.records ORDER BY record_id',
    );
    expect(rows).toHaveLength(3);
    const byId = new Map(rows.map((r) => [r.record_id, r]));
    expect(byId.get(annas.recordId)?.contributor).toBe(firm.names.anna);
    expect(byId.get(retried.recordId)?.contributor).toBe(firm.names.bram);
    expect(byId.get(fresh.recordId)).toMatchObject({ contributor: firm.names.bram, b1: 410, b4: null });
    // The conflict is tried again at every sync, and never overwrites Anna's record.
    expect(await sync(bram)).toEqual({ ...ZERO, conflicts: 1 });
    expect(await sync(anna)).toEqual(ZERO);
  });

  it('releases every group a transaction touched, once, when it commits', async () => {
    const firm = await createFirm(['anna', 'bram']);
    const bram = await laptop(firm, 'bram');
    const admin = await adminClient(firm.database);
    await admin.query("SET track_functions = 'pl'");
    const put = (records: PoolRecord[]) =>
      admin.query(
        `INSERT INTO sxw.records (contributor, record_id, framework, sector, size_band, country, year,
           b1, b2, b3, b4, b5, b6, b7, b8, b9)
         SELECT $1, (r).* FROM (SELECT unnest($2::text[])::sxw.pushed_record AS r OFFSET 0) s`,
        [
          firm.names.anna,
          records.map(
            (r) =>
              `(${r.recordId},${r.framework},${r.sector},${r.sizeBand},${r.country},${r.year},${r.scores.join(',')})`,
          ),
        ],
      );
    const group = (profile: Parameters<typeof record>[0]) => Array.from({ length: 3 }, () => record(profile));
    const count = async (table: string) =>
      Number((await admin.query<{ n: string }>(`SELECT count(*) AS n FROM sxw.${table}`)).rows[0]?.n);
    await admin.query('BEGIN');
    // Three statements, three groups: one pending release for the transaction.
    await put(group({ sector: 'K' }));
    await put(group({ sector: 'C' }));
    await put(group({ sector: 'Q', year: 2024 }));
    expect(await count('pending_groups')).toBe(3);
    expect(await count('pending_releases')).toBe(1);
    // Fired now rather than at the commit: one release for the three groups.
    await admin.query('SET CONSTRAINTS ALL IMMEDIATE');
    await admin.query('SET CONSTRAINTS ALL DEFERRED');
    const calls = await admin.query<{ n: string }>(
      "SELECT pg_stat_get_xact_function_calls('sxw.release_pending()'::regprocedure) AS n",
    );
    expect(Number(calls.rows[0]?.n)).toBe(1);
    expect(await count('releases')).toBe(9);
    expect(await count('pending_groups')).toBe(0);
    expect(await count('pending_releases')).toBe(0);
    // A group touched after that is released at the commit.
    await put(group({ sector: 'M', year: 2023 }));
    await admin.query('COMMIT');
    await admin.end();
    const released = await firm.sql<{ n: string }>('SELECT count(*) FILTER (WHERE shown) AS n FROM sxw.releases');
    expect(Number(released[0]?.n)).toBe(12);
    expect(await firm.sql('SELECT * FROM sxw.pending_groups')).toEqual([]);
    expect(await firm.sql('SELECT * FROM sxw.pending_releases')).toEqual([]);
    expect(await sync(bram)).toEqual({ ...ZERO, pulled: 12 });
  });

  it('leaves a record of an imported pack alone when a colleague’s release has its id: a conflict', async () => {
    const firm = await createFirm(['anna', 'bram']);
    const anna = await laptop(firm, 'anna');
    const bram = await laptop(firm, 'bram');
    const records = [record(), record(), record()];
    contribute(anna, records);
    await sync(anna);
    const clash = { ...records[0], scores: Array(9).fill(450) } as PoolRecord;
    await ok(bram, 'pool.import', { content: Buffer.from(`${csvHeader()}\n${csvRow(clash)}\n`), fileName: 'p.csv' });
    expect(await sync(bram)).toEqual({ ...ZERO, pulled: 2, conflicts: 1 });
    expect(
      bram.db.prepare('SELECT b1, source FROM pool_records WHERE record_id = ?').get(clash.recordId),
    ).toMatchObject({
      b1: 450,
    });
    expect(poolOf(bram, 'team').size).toBe(2);
  });

  it('refuses, in PostgreSQL, a consultant touching another’s record or the released pool', async () => {
    const firm = await createFirm(['anna', 'bram']);
    const anna = await laptop(firm, 'anna');
    const [mine] = [record()];
    contribute(anna, [mine as PoolRecord]);
    await sync(anna);
    const bram = await consultantClient(firm, 'bram');
    const id = mine?.recordId;
    await expect(bram.query('DELETE FROM sxw.records WHERE record_id = $1', [id])).rejects.toMatchObject({
      code: '42501',
    });
    const update = await bram.query('UPDATE sxw.records SET withdrawn_at = now() WHERE record_id = $1', [id]);
    expect(update.rowCount).toBe(0);
    await expect(bram.query('UPDATE sxw.records SET b1 = 100 WHERE record_id = $1', [id])).rejects.toMatchObject({
      code: '42501',
    });
    await expect(bram.query('DELETE FROM sxw.releases')).rejects.toMatchObject({ code: '42501' });
    await expect(bram.query("UPDATE sxw.releases SET country = 'NL'")).rejects.toMatchObject({ code: '42501' });
    // Nor may a record be pushed in someone else's name, or a published version be changed.
    await expect(
      bram.query(
        "INSERT INTO sxw.records (record_id, contributor, framework, sector, size_band, country, year) VALUES (gen_random_uuid(), $1, 'sx-default', 'K', '10-49', 'NL', 2025)",
        [firm.names.anna],
      ),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(bram.query("UPDATE sxw.published_versions SET body = '{}'")).rejects.toMatchObject({
      code: '42501',
    });
    await expect(bram.query('CREATE ROLE intruder LOGIN')).rejects.toMatchObject({ code: '42501' });
    await bram.end();
    const [row] = await firm.sql<{ withdrawn_at: Date | null }>(
      'SELECT withdrawn_at FROM sxw.records WHERE record_id = $1',
      [id],
    );
    expect(row?.withdrawn_at).toBeNull();
  });

  it('shares a published framework version with every laptop, and keeps it immutable', async () => {
    const firm = await createFirm(['anna', 'bram']);
    const anna = await laptop(firm, 'anna');
    const bram = await laptop(firm, 'bram');
    await ok(anna, 'frameworks.import', { content: JSON.stringify({ ...sxDefault, version: '8.1.0' }) });
    expect(await sync(anna)).toEqual({ ...ZERO, pushed: 1 });
    expect(await sync(bram)).toEqual({ ...ZERO, pulled: 1 });
    const got = await ok(bram, 'frameworks.get', { id: sxDefault.id, version: '8.1.0' });
    expect(got.version).toBe('8.1.0');
    // Bram has another text under the same id and version: a conflict, never an overwrite either way.
    await ok(bram, 'frameworks.import', {
      content: JSON.stringify({ ...sxDefault, version: '8.2.0', name: { nl: 'Eigen', en: 'Own' } }),
    });
    await ok(anna, 'frameworks.import', { content: JSON.stringify({ ...sxDefault, version: '8.2.0' }) });
    expect((await sync(anna)).pushed).toBe(1);
    expect((await sync(bram)).conflicts).toBe(2);
    expect((await ok(bram, 'frameworks.get', { id: sxDefault.id, version: '8.2.0' })).name.en).toBe('Own');
  });

  it('shares an imported recognition scheme with every laptop, and keeps it immutable', async () => {
    const firm = await createFirm(['anna', 'bram']);
    const anna = await laptop(firm, 'anna');
    const bram = await laptop(firm, 'bram');
    const own = { ...sxRecognition, id: 'firm-award', version: '1.0.0', name: { nl: 'Prijs', en: 'Award' } };
    await ok(anna, 'schemes.import', { content: JSON.stringify(own) });
    expect(await sync(anna)).toEqual({ ...ZERO, pushed: 1 });
    expect(await sync(anna)).toEqual(ZERO);
    expect(await sync(bram)).toEqual({ ...ZERO, pulled: 1 });
    expect(await sync(bram)).toEqual(ZERO);
    const got = await ok(bram, 'schemes.get', { id: 'firm-award', version: '1.0.0' });
    expect(got).toEqual(own);
    expect((await ok(bram, 'schemes.list', {})).find((s) => s.id === 'firm-award')).toMatchObject({ builtin: false });
    // The built-in scheme ships with every workbench: it is never published.
    const kinds = await firm.sql<{ kind: string; id: string }>('SELECT kind, id FROM sxw.published_versions');
    expect(kinds).toEqual([{ kind: 'scheme', id: 'firm-award' }]);
    // Bram has other content under the same id and version: a conflict, never an overwrite either way.
    const bramOwn = { ...own, version: '2.0.0', name: { nl: 'Eigen', en: 'Own' } };
    await ok(bram, 'schemes.import', { content: JSON.stringify(bramOwn) });
    await ok(anna, 'schemes.import', { content: JSON.stringify({ ...own, version: '2.0.0' }) });
    expect((await sync(anna)).pushed).toBe(1);
    expect((await sync(bram)).conflicts).toBe(2);
    expect((await ok(bram, 'schemes.get', { id: 'firm-award', version: '2.0.0' })).name.en).toBe('Own');
  });

  it('refuses a pulled scheme whose text does not match its checksum, and applies nothing', async () => {
    const firm = await createFirm(['anna']);
    const anna = await laptop(firm, 'anna');
    await sync(anna);
    const own = { ...sxRecognition, id: 'firm-award', version: '1.0.0' };
    await firm.sql(
      "INSERT INTO sxw.published_versions (kind, id, version, body, sha256) VALUES ('scheme', $1, $2, $3, $4)",
      [own.id, own.version, JSON.stringify(own), '0'.repeat(64)],
    );
    expect((await fails(anna, 'team.sync', {})).code).toBe('team_server');
    expect((await ok(anna, 'schemes.list', {})).some((s) => s.id === 'firm-award')).toBe(false);
  });

  it('carries on while the server is down, and syncs what waited once it is back', async () => {
    const firm = await createFirm(['anna']);
    const server = await relay();
    const anna = await laptop(firm, 'anna');
    await ok(anna, 'team.connect', {
      server: firm.url(firm.names.anna as string, server.port),
      password: CONSULTANT_PASSWORD,
    });
    contribute(anna, [record()]);
    await sync(anna);
    await server.down();
    const rounds = contribute(anna, [record(), record()]);
    const down = await fails(anna, 'team.sync', {});
    expect(down).toMatchObject({ code: 'team_server', details: { reason: 'unreachable' } });
    // The workbench carries on: it withdraws, compares and reports its state without the server.
    await ok(anna, 'pool.withdraw', { assessmentId: rounds[0] });
    expect(await ok(anna, 'team.status', {})).toMatchObject({
      state: 'failed',
      lastProblem: 'unreachable',
      pending: { records: 1, withdrawals: 0 },
    });
    await server.up();
    expect(await sync(anna)).toEqual({ ...ZERO, pushed: 1 });
    expect((await ok(anna, 'team.status', {})).state).toBe('ok');
    await server.down();
  });

  it('says clearly what is wrong, in the consultant’s language, and changes nothing here', async () => {
    const firm = await createFirm(['anna', 'bram']);
    const anna = await laptop(firm, 'anna', 'nl');
    contribute(anna, [record(), record(), record()]);
    const before = anna.db.prepare('SELECT count(*) AS n FROM pool_records').get();

    const wrong = await fails(anna, 'team.sync', { password: 'not-it' });
    expect(wrong).toMatchObject({ code: 'team_server', details: { reason: 'credentials' } });
    expect(wrong.message).toMatch(/weigerde de naam of het wachtwoord/);

    const tls = await fails(anna, 'team.test', {
      server: `${firm.url(firm.names.anna as string)}?sslmode=verify-full`,
    });
    expect(tls).toMatchObject({ code: 'team_server', details: { reason: 'certificate' } });

    const bad = await fails(anna, 'team.connect', { server: 'https://example.org/firm' });
    expect(bad.details?.reason).toBe('bad_address');

    // A record on the server that does not validate refuses the whole pull; the good ones wait with it.
    const bram = await laptop(firm, 'bram');
    contribute(bram, [record(), record(), record()]);
    await sync(bram);
    const [bramId] = await firm.sql<{ anonymous_id: string }>(
      'SELECT anonymous_id FROM sxw.consultants WHERE role_name = $1',
      [firm.names.bram],
    );
    await firm.sql(
      `INSERT INTO sxw.releases (record_id, contributor, shown, framework, sector, size_band, country, year, b1)
       VALUES (gen_random_uuid(), $1, true, 'sx-default', 'Z', '10-49', 'NL', 2025, 900)`,
      [bramId?.anonymous_id],
    );
    const invalid = await fails(anna, 'team.sync', {});
    expect(invalid).toMatchObject({ code: 'team_server', details: { reason: 'invalid_record' } });
    expect(invalid.message).toMatch(/niet klopt/);
    expect(anna.db.prepare('SELECT count(*) AS n FROM pool_records').get()).toEqual(before);
    expect(anna.db.prepare('SELECT count(*) AS n FROM team_pushed').get()).toEqual({ n: 0 });
    // The pages it had set aside went with the refusal.
    expect(anna.db.prepare("SELECT count(*) AS n FROM temp.sqlite_schema WHERE name LIKE 'team_pull_%'").get()).toEqual(
      { n: 0 },
    );
    await firm.sql('DELETE FROM sxw.releases WHERE sector = $1', ['Z']);

    // A server set up by a newer workbench is refused, by sync and by init alike.
    await firm.sql("INSERT INTO sxw.schema_migrations (version, name, app_version) VALUES (99, 'future', '9.9.9')");
    const newer = await fails(anna, 'team.sync', {});
    expect(newer).toMatchObject({ code: 'team_server', details: { reason: 'newer_schema', serverVersion: 99 } });
    const c = cluster();
    const init = await fails(anna, 'team.init', { server: firm.adminUrl, password: c.password });
    expect(init.details?.reason).toBe('newer_schema');
    expect(anna.db.prepare('SELECT count(*) AS n FROM pool_records').get()).toEqual(before);
    await firm.sql('DELETE FROM sxw.schema_migrations WHERE version = 99');
    // The refused pull came after Anna's push, which the server kept: this sync finds her three there.
    expect(await sync(anna)).toEqual({ ...ZERO, pulled: 3 });
    expect((await ok(anna, 'team.status', {})).pending.records).toBe(0);
    expect(await firm.sql('SELECT record_id FROM sxw.records WHERE contributor = $1', [firm.names.anna])).toHaveLength(
      3,
    );
  });

  it('lets the administrator add and remove consultants; a removed one can no longer sync', async () => {
    const firm = await createFirm(['anna', 'bram']);
    const bram = await laptop(firm, 'bram');
    const admin = await laptop(firm, 'anna');
    const c = cluster();
    const removed = await ok(admin, 'team.removeConsultant', {
      server: firm.adminUrl,
      password: c.password,
      name: firm.names.bram,
    });
    expect(removed).toEqual({ name: firm.names.bram, removed: true });
    const refused = await fails(bram, 'team.sync', {});
    expect(refused.details?.reason).toBe('credentials');
    const notAdmin = await fails(admin, 'team.addConsultant', { name: 'someone' });
    expect(notAdmin.details?.reason).toBe('permission');
  });
});
