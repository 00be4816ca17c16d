import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_SCHEMA_VERSION } from '../../../main/team/serverSchema';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { sxw } from '../cliRunner';
import { tempDir } from '../support';
import { adminClient, cluster, hasCluster, othersSettled } from './teamWorld';

/**
 * The "done" through the CLI alone: an administrator sets the server up and adds two consultants;
 * contributions on one laptop reach the other at `team sync`; both compare a client with the same figures;
 * a withdrawal on the first leaves the second; a second sync moves nothing.
 */
describe.skipIf(!hasCluster())('sxw team, two laptops through the CLI', () => {
  it('shares contributions, comparisons and withdrawals, and a second sync moves nothing', async () => {
    const c = cluster();
    const database = `firm_cli_${process.pid}`;
    const admin = await adminClient('postgres');
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const dir = tempDir();
    const file = (name: string, content: string) => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, content);
      return p;
    };
    const adminPw = file('admin.pw', `${c.password}\n`);
    const consultantPw = 'laptop-secret-12345';
    const consultantPwFile = file('consultant.pw', `${consultantPw}\n`);
    const url = (user: string) => `postgres://${user}@${c.host}:${c.port}/${database}`;
    const one = path.join(dir, 'one.sqlite');
    const two = path.join(dir, 'two.sqlite');
    const anna = `anna_${process.pid}`;
    const bram = `bram_${process.pid}`;
    // The administrator's commands name no laptop: they get a database of their own here, never the
    // desktop app's (which a test must not create or touch).
    const adminDb = path.join(dir, 'admin.sqlite');
    const must = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const r = await sxw(args, { SXW_DB: adminDb, ...env });
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
      return r.stdout.trim();
    };
    const json = async <T>(args: string[], env: NodeJS.ProcessEnv = {}) => JSON.parse(await must(args, env)) as T;
    const sync = async (db: string, env: NodeJS.ProcessEnv) => {
      await othersSettled(database);
      return json(['--db', db, 'team', 'sync', '--json'], env);
    };

    expect(
      await json(['team', 'init', '--server', url(c.user), '--password-file', adminPw, '--k', '5', '--json']),
    ).toMatchObject({ applied: SERVER_SCHEMA_VERSION, schemaVersion: SERVER_SCHEMA_VERSION, k: 5 });
    for (const name of [anna, bram]) {
      await must([
        'team',
        'consultant',
        'add',
        name,
        '--server',
        url(c.user),
        '--password-file',
        adminPw,
        '--consultant-password-file',
        consultantPwFile,
      ]);
    }
    // Init again changes nothing: every migration is recorded on the server.
    expect(await json(['team', 'init', '--server', url(c.user), '--password-file', adminPw, '--json'])).toMatchObject({
      applied: 0,
      k: 5,
    });

    await must(['--db', one, 'team', 'connect', '--server', url(anna), '--password-file', consultantPwFile]);
    await must(['--db', two, 'team', 'connect', '--server', url(bram), '--password-file', consultantPwFile]);

    // Six finalized rounds of consenting clients on the first laptop, each contributed to the pool.
    const questions = sxDefault.questions.map((q) => q.id);
    const rounds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const clientId = await must(
        ['--db', one, 'clients', 'add', '--name', `Client ${i}`, '--sector', 'K'].concat([
          '--size',
          '10-49',
          '--country',
          'NL',
        ]),
      );
      const engagementId = await must(
        ['--db', one, 'engagements', 'add', '--client', clientId, '--title', 'Scan'].concat([
          '--purpose',
          'diagnosis',
          '--consent',
        ]),
      );
      const id = await must(
        ['--db', one, 'assessment', 'create', '--engagement', engagementId, '--mode', 'survey'].concat([
          '--held-on',
          '2025-05-01',
        ]),
      );
      const answers = file(
        `answers-${i}.csv`,
        `respondent,role,${questions.join(',')}\n` +
          ['R1', 'R2', 'R3']
            .map((r, j) => `${r},staff,${questions.map((_, q) => ((q + i + j) % 5) + 1).join(',')}`)
            .map((line) => `${line}\n`)
            .join(''),
      );
      await must(['--db', one, 'assessment', 'import', '--assessment', id, '--file', answers]);
      await must(['--db', one, 'assessment', 'finalize', '--assessment', id]);
      await must(['--db', one, 'benchmark', 'contribute', '--assessment', id]);
      rounds.push(id);
    }

    const env = { SXW_TEAM_PASSWORD: consultantPw };
    const zero = { pushed: 0, pulled: 0, withdrawn: 0, conflicts: 0 };
    expect(await sync(one, env)).toEqual({ ...zero, pushed: 6 });
    expect(await sync(two, env)).toEqual({ ...zero, pulled: 6 });

    const scores = file('scores.json', JSON.stringify(Object.fromEntries(sxDefault.blocks.map((b) => [b.id, 3.1]))));
    const compare = (db: string) =>
      json<{ n: number | null; blocks: unknown; overall: unknown }>(
        ['--db', db, 'benchmark', 'compare', '--scores', scores, '--sector', 'K', '--size', '10-49'].concat([
          '--country',
          'NL',
          '--json',
        ]),
      );
    const first = await compare(one);
    const second = await compare(two);
    expect(first.n).toBe(6);
    expect(second).toEqual(first);

    // A withdrawal on the first laptop leaves the second one's pool at its next sync.
    await must(['--db', one, 'benchmark', 'withdraw', '--assessment', rounds[0] as string]);
    expect(await sync(one, env)).toEqual({ ...zero, withdrawn: 1 });
    expect(await sync(two, env)).toEqual({ ...zero, withdrawn: 1 });
    const stats = await json<{ bySource: Record<string, number> }>(['--db', two, 'benchmark', 'stats', '--json']);
    expect(stats.bySource).toEqual({ team: 5 });
    const after = await compare(two);
    expect(after.n).toBe(5);
    expect(after).toEqual(await compare(one));

    // A second sync moves nothing, on either laptop.
    expect(await sync(one, env)).toEqual(zero);
    expect(await sync(two, env)).toEqual(zero);
    const status = await json<{ state: string; server: string; teamRecords: number }>([
      '--db',
      two,
      'team',
      'status',
      '--json',
    ]);
    expect(status).toMatchObject({ state: 'ok', server: url(bram), teamRecords: 5 });
  });

  it('fails clearly, in the user’s language, without changing the laptop', async () => {
    const c = cluster();
    const db = path.join(tempDir(), 'laptop.sqlite');
    const unreachable = await sxw([
      '--db',
      db,
      'team',
      'sync',
      '--server',
      'postgres://anna@127.0.0.1:1/firm',
      '--json',
    ]);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/cannot be reached/);
    const dutch = await sxw(
      ['--db', db, 'team', 'sync', '--server', `postgres://nobody@${c.host}:${c.port}/postgres`],
      {
        LANG: 'nl_NL.UTF-8',
        SXW_TEAM_PASSWORD: 'wrong',
      },
    );
    expect(dutch.code).toBe(1);
    expect(dutch.stderr).toMatch(/weigerde de naam of het wachtwoord/);
    const notSet = await sxw(['--db', db, 'team', 'sync']);
    expect(notSet.stderr).toMatch(/No team server is set up/);
    const status = await sxw(['--db', db, 'team', 'status', '--json']);
    expect(JSON.parse(status.stdout)).toMatchObject({ server: null, state: 'not_connected' });
  });
});
