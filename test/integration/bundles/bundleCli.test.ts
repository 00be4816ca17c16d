import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sxw } from '../cliRunner';
import { MARKERS, markedClient } from '../fixtures/markedClient';
import { tempDir, testContext } from '../support';

function sourceDatabase(dir: string) {
  const file = path.join(dir, 'source.sqlite');
  const ctx = testContext({ file });
  const marked = markedClient(ctx, 3);
  ctx.db.close();
  return { file, ...marked };
}

describe('sxw bundle', () => {
  it('export and import into a fresh database give identical assessment results', async () => {
    const dir = tempDir();
    const source = sourceDatabase(dir);
    const out = path.join(dir, 'client.sxwb');
    const exported = await sxw([
      '--db',
      source.file,
      'bundle',
      'export',
      '--client',
      source.clientId,
      '--out',
      out,
      '--json',
    ]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({
      file: out,
      encrypted: false,
      rows: { clients: 1, respondents: 5 },
    });

    const target = path.join(dir, 'target.sqlite');
    const imported = await sxw(['--db', target, 'bundle', 'import', out, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ clientId: source.clientId, created: true });
    for (const round of [source.finalRound, source.openRound]) {
      const results = (db: string) => sxw(['--db', db, 'assessment', 'results', '--assessment', round, '--json']);
      const [a, b] = [await results(source.file), await results(target)];
      expect(a.code).toBe(0);
      expect(b.stdout).toBe(a.stdout);
    }
  });

  it('encrypts with a passphrase file and refuses a wrong passphrase (exit 2), importing nothing', async () => {
    const dir = tempDir();
    const source = sourceDatabase(dir);
    fs.writeFileSync(path.join(dir, 'pass.txt'), 'lange zin als wachtwoord\n');
    fs.writeFileSync(path.join(dir, 'wrong.txt'), 'een andere zin\n');
    const out = path.join(dir, 'client.sxwb');
    const args = [
      '--db',
      source.file,
      'bundle',
      'export',
      '--client',
      source.clientId,
      '--engagement',
      source.engagementId,
    ];
    expect((await sxw([...args, '--out', out, '--passphrase-file', path.join(dir, 'pass.txt')])).code).toBe(0);
    expect(fs.readFileSync(out).includes(Buffer.from(MARKERS.name))).toBe(false);

    const target = path.join(dir, 'target.sqlite');
    const wrong = await sxw([
      '--db',
      target,
      'bundle',
      'import',
      out,
      '--passphrase-file',
      path.join(dir, 'wrong.txt'),
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(
      'sxw: The passphrase is wrong, or the bundle was changed after it was made. Nothing was imported.\n',
    );
    expect(JSON.parse((await sxw(['--db', target, 'clients', 'list', '--all', '--json'])).stdout)).toEqual([]);

    const right = await sxw(['--db', target, 'bundle', 'import', out, '--passphrase-file', path.join(dir, 'pass.txt')]);
    expect(right.code).toBe(0);
    expect(right.stdout.split('\n')[0]).toBe(`Imported a new client ${source.clientId}.`);
  });

  it('shows a dry run, and imports as a new client with --as-new', async () => {
    const dir = tempDir();
    const source = sourceDatabase(dir);
    const out = path.join(dir, 'client.sxwb');
    await sxw(['--db', source.file, 'bundle', 'export', '--client', source.clientId, '--out', out]);
    const dry = await sxw(['--db', source.file, 'bundle', 'import', out, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout.split('\n')[0]).toBe(`${MARKERS.name}: into the client here (${source.clientId})`);
    expect(dry.stdout).toMatch(/^answers\s+0\s+138\s+0$/m);

    const copy = await sxw(['--db', source.file, 'bundle', 'import', out, '--as-new', '--json']);
    expect(copy.code).toBe(0);
    const report = JSON.parse(copy.stdout) as { clientId: string; created: boolean };
    expect(report.created).toBe(true);
    expect(report.clientId).not.toBe(source.clientId);
    const list = JSON.parse((await sxw(['--db', source.file, 'clients', 'list', '--json'])).stdout) as {
      name: string;
    }[];
    expect(list.map((c) => c.name)).toEqual([MARKERS.name, MARKERS.name]);
  });
});
