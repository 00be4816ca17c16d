import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshCliEntry } from '../../scripts/cliBuild.mjs';
import { ROOT, sxw, sxwProcess } from './cliRunner';
import { tempDir } from './support';

const dbIn = () => path.join(tempDir(), 'cli.sqlite');

describe('sxw command line', () => {
  it('fills a demo database and lists its clients as a JSON array with camelCase keys', async () => {
    const db = dbIn();
    const demo = await sxw(['--db', db, 'demo']);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/Added 5 demo clients/);
    const list = await sxw(['--db', db, 'clients', 'list', '--json']);
    expect(list.code).toBe(0);
    const rows = JSON.parse(list.stdout) as { name: string; sizeBand: string; demo: boolean }[];
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.demo && r.name.endsWith('(demo)') && typeof r.sizeBand === 'string')).toBe(true);
  });

  it('adds a client and prints {"id": …} with --json, and the plain id without', async () => {
    const db = dbIn();
    const json = await sxw([
      'clients',
      'add',
      '--name',
      'Acme',
      '--sector',
      'k',
      '--size',
      '50-249',
      '--country',
      'nl',
      '--json',
      '--db',
      db,
    ]);
    expect(json.code).toBe(0);
    const { id } = JSON.parse(json.stdout) as { id: string };
    expect(id).toMatch(/^cl_/);
    const plain = await sxw([
      '--db',
      db,
      'clients',
      'add',
      '--name',
      'Beta',
      '--sector',
      'Q',
      '--size',
      '1-9',
      '--country',
      'BE',
    ]);
    expect(plain.stdout.trim()).toMatch(/^cl_[0-9a-z]+$/);
    const show = await sxw(['--db', db, 'clients', 'show', id, '--json']);
    expect(JSON.parse(show.stdout).client).toMatchObject({
      name: 'Acme',
      sector: 'K',
      country: 'NL',
      sizeBand: '50-249',
    });
  });

  it('adds and lists engagements of a client', async () => {
    const db = dbIn();
    const { id } = JSON.parse(
      (
        await sxw([
          '--db',
          db,
          'clients',
          'add',
          '--name',
          'A',
          '--sector',
          'K',
          '--size',
          '1-9',
          '--country',
          'NL',
          '--json',
        ])
      ).stdout,
    );
    const e = await sxw([
      '--db',
      db,
      'engagements',
      'add',
      '--client',
      id,
      '--title',
      'Diagnose 2026',
      '--purpose',
      'diagnosis',
      '--consent',
      '--json',
    ]);
    expect(e.code).toBe(0);
    const list = JSON.parse((await sxw(['--db', db, 'engagements', 'list', '--client', id, '--json'])).stdout);
    expect(list).toEqual([
      expect.objectContaining({
        title: 'Diagnose 2026',
        purpose: 'diagnosis',
        status: 'planned',
        benchmarkConsent: true,
      }),
    ]);
  });

  it('exits 2 with one clear line for invalid input, naming the fields', async () => {
    const db = dbIn();
    const r = await sxw([
      '--db',
      db,
      'clients',
      'add',
      '--name',
      'X',
      '--sector',
      'Z',
      '--size',
      '7',
      '--country',
      'NL',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('sxw: Invalid input for clients.create: sector, sizeBand');
    expect(r.stdout).toBe('');
  });

  it('exits 2 for an unknown id, a missing option, an unknown command and a bad choice', async () => {
    const db = dbIn();
    expect((await sxw(['--db', db, 'clients', 'show', 'cl_nope'])).code).toBe(2);
    const missing = await sxw(['--db', db, 'clients', 'add', '--name', 'X']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/required option/);
    expect((await sxw(['--db', db, 'clientz'])).code).toBe(2);
    expect(
      (await sxw(['--db', db, 'engagements', 'add', '--client', 'x', '--title', 't', '--purpose', 'fun'])).code,
    ).toBe(2);
    expect((await sxw(['--db', db, 'engagements', 'list', '--client', 'cl_nope'])).code).toBe(2);
    expect((await sxw(['clients', 'list', '--db'])).code).toBe(2);
  });

  it('refuses to put demo data into a database with real clients (exit 1)', async () => {
    const db = dbIn();
    await sxw(['--db', db, 'clients', 'add', '--name', 'Real', '--sector', 'K', '--size', '1-9', '--country', 'NL']);
    const r = await sxw(['--db', db, 'demo']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/already holds real clients/);
  });

  it('refuses a database from a newer version with a clear message (exit 1)', async () => {
    const db = dbIn();
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const raw = new BetterSqlite3(db);
    raw.pragma('user_version = 77');
    raw.close();
    const r = await sxw(['--db', db, 'clients', 'list']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/newer version of SX Workbench/);
  });

  it('uses SXW_DB when --db is absent', async () => {
    const db = dbIn();
    await sxw(['demo'], { SXW_DB: db });
    expect(JSON.parse((await sxw(['--db', db, 'clients', 'list', '--json'])).stdout)).toHaveLength(5);
  });

  it('prints help without creating a database', async () => {
    const dir = tempDir();
    const r = await sxw(['--help'], { SXW_DB: path.join(dir, 'never.sqlite') });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/clients/);
    expect(r.stdout).toMatch(/serve/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('runs as a real process from the build in out/cli, made when missing, with nothing extra on stderr', () => {
    const db = dbIn();
    const demo = sxwProcess(['--db', db, 'demo']);
    expect(demo).toMatchObject({ code: 0, stderr: '' });
    expect(freshCliEntry(ROOT)).not.toBeNull();
    const r = sxwProcess(['--db', db, 'clients', 'list', '--json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toHaveLength(5);
    expect(sxwProcess(['--db', db, 'clients', 'show', 'nope']).code).toBe(2);
  });

  it('prints the same help and version from the build as in-process (the build finds the project root)', async () => {
    const env = { SXW_DB: path.join(tempDir(), 'never.sqlite') };
    const built = sxwProcess(['--help'], env);
    expect(built).toMatchObject({ code: 0, stderr: '' });
    expect(built.stdout).toBe((await sxw(['--help'], env)).stdout);
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(sxwProcess(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });
});
