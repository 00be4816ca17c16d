import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sxw } from '../cliRunner';
import { tempDir } from '../support';
import { damageMiddle, sha, workbenchFile } from '../db/storageFixtures';

const dbIn = () => path.join(tempDir(), 'cli.sqlite');

async function withClients(db: string, ...names: string[]) {
  for (const name of names) {
    const added = await sxw([
      '--db',
      db,
      'clients',
      'add',
      '--name',
      name,
      '--sector',
      'K',
      '--size',
      '1-9',
      '--country',
      'NL',
    ]);
    expect(added.code).toBe(0);
  }
}

const clientNames = async (db: string) =>
  (JSON.parse((await sxw(['--db', db, 'clients', 'list', '--json'])).stdout) as { name: string }[])
    .map((c) => c.name)
    .sort();

describe('sxw backup', () => {
  it('now --json prints {"file": …} of a verified backup, and list shows it', async () => {
    const db = dbIn();
    await withClients(db, 'Acme');
    const now = await sxw(['--db', db, 'backup', 'now', '--json']);
    expect(now.code).toBe(0);
    const made = JSON.parse(now.stdout) as { file: string; name: string; counts: unknown; reason: string };
    expect(made.file).toBe(path.join(path.dirname(db), 'backups', made.name));
    expect(fs.existsSync(made.file)).toBe(true);
    expect(made).toMatchObject({ reason: 'manual', counts: { clients: 1, engagements: 0, rounds: 0 } });

    const list = await sxw(['--db', db, 'backup', 'list', '--json']);
    expect(JSON.parse(list.stdout)).toMatchObject({ backups: [{ name: made.name }] });
    const human = await sxw(['--db', db, 'backup', 'list']);
    expect(human.stdout).toContain(made.name);
    expect(human.stdout).toMatch(/manual .* 1 +0 +0 +ok/);
  });

  it('verify checks the database in use or a backup, and exits 1 for a damaged one', async () => {
    const db = dbIn();
    await withClients(db, 'Acme');
    expect((await sxw(['--db', db, 'backup', 'verify'])).stdout).toMatch(/: ok \(1 clients, 0 engagements, 0 rounds\)/);
    const made = JSON.parse((await sxw(['--db', db, 'backup', 'now', '--json'])).stdout) as { name: string };
    expect((await sxw(['--db', db, 'backup', 'verify', made.name])).code).toBe(0);

    const damaged = workbenchFile('damaged.sqlite', 1500);
    damageMiddle(damaged);
    const verdict = await sxw(['--db', db, 'backup', 'verify', damaged, '--json']);
    expect(verdict.code).toBe(1);
    expect(JSON.parse(verdict.stdout)).toMatchObject({ ok: false });
    expect(verdict.stderr).toContain('is damaged');
  });

  it('restore FILE brings the backup back and keeps the database as it was in a new backup', async () => {
    const db = dbIn();
    await withClients(db, 'Before');
    const made = JSON.parse((await sxw(['--db', db, 'backup', 'now', '--json'])).stdout) as { name: string };
    await withClients(db, 'After');
    const restored = await sxw(['--db', db, 'backup', 'restore', made.name, '--json']);
    expect(restored.code).toBe(0);
    const value = JSON.parse(restored.stdout) as { safetyBackup: { reason: string; file: string } };
    expect(value.safetyBackup.reason).toBe('before-restore');
    expect(await clientNames(db)).toEqual(['Before']);
    expect((await sxw(['--db', db, 'backup', 'restore', value.safetyBackup.file])).stdout).toMatch(/^Restored /);
    expect(await clientNames(db)).toEqual(['After', 'Before']);
  });

  it('restores over a file that is not a database at all, setting that file aside', async () => {
    const db = dbIn();
    await withClients(db, 'Safe');
    const made = JSON.parse((await sxw(['--db', db, 'backup', 'now', '--json'])).stdout) as { file: string };
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${db}${suffix}`, { force: true });
    fs.writeFileSync(db, 'overwritten by something else');
    expect((await sxw(['--db', db, 'clients', 'list'])).code).toBe(1);
    const restored = await sxw(['--db', db, 'backup', 'restore', made.file]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/The damaged database was kept as .*cli\.sqlite\.damaged-/);
    expect(await clientNames(db)).toEqual(['Safe']);
    const aside = fs.readdirSync(path.dirname(db)).find((f) => f.startsWith('cli.sqlite.damaged-'));
    expect(fs.readFileSync(path.join(path.dirname(db), aside as string), 'utf8')).toBe('overwritten by something else');
  });

  it('refuses a write command on a damaged database before writing anything', async () => {
    const db = workbenchFile('damaged.sqlite', 1500);
    damageMiddle(db);
    const before = sha(db);
    const add = await sxw([
      '--db',
      db,
      'clients',
      'add',
      '--name',
      'X',
      '--sector',
      'K',
      '--size',
      '1-9',
      '--country',
      'NL',
    ]);
    expect(add.code).toBe(1);
    expect(add.stderr).toMatch(/is damaged; nothing more is written to it\. Restore a backup/);
    expect(sha(db)).toBe(before);
  });
});
