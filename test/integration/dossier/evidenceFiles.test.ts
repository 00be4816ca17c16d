import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { backupBeforeMigration } from '../../../main/backup/beforeMigration';
import { erasureBackups } from '../../../main/backup/erasure';
import { backupsFolder } from '../../../main/backup/folder';
import { evidenceFolder, storedPath } from '../../../main/dossier/evidenceStore';
import { freeSpaceOnDisk } from '../../../main/files/freeSpace';
import type { OperationName } from '../../../shared/api/operations';
import type { EvidenceItem } from '../../../shared/dossier/schemas';
import { testContext } from '../support';

/**
 * Evidence files go where their rows go: stored once by SHA-256, kept while any row names them, carried by
 * backups and restores and by client bundles, and erased with their client unless another client's evidence
 * names the same file. A file changed on disk is flagged and never packaged.
 */

type Ctx = ReturnType<typeof testContext>;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

async function run<T>(ctx: Ctx, op: OperationName, input: unknown): Promise<T> {
  const r = await dispatch(ctx, op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function engagementOf(ctx: Ctx, name: string): Promise<{ clientId: string; engagementId: string }> {
  const clientId = (
    await run<{ id: string }>(ctx, 'clients.create', { name, sector: 'L', sizeBand: '50-249', country: 'NL' })
  ).id;
  const engagementId = (
    await run<{ id: string }>(ctx, 'engagements.create', { clientId, title: 'Award', purpose: 'external-recognition' })
  ).id;
  return { clientId, engagementId };
}

const add = (ctx: Ctx, engagementId: string, content: string, title = content) =>
  run<{ id: string; sha256: string; stored: boolean }>(ctx, 'evidence.add', {
    engagementId,
    title,
    type: 'report',
    date: '2026-02-01',
    fileName: `${title}.pdf`,
    contentBase64: Buffer.from(content).toString('base64'),
    links: ['B1.approach'],
  });

const inStore = (ctx: Ctx, content: string) => fs.existsSync(storedPath(evidenceFolder(ctx), sha(content)));
const list = (ctx: Ctx, engagementId: string) => run<EvidenceItem[]>(ctx, 'evidence.list', { engagementId });

describe('evidence files', () => {
  it('are stored once, and leave the store only with the last row that names them', async () => {
    const ctx = testContext();
    const { engagementId } = await engagementOf(ctx, 'Delta');
    const first = await add(ctx, engagementId, 'jaarverslag', 'Jaarverslag');
    const second = await add(ctx, engagementId, 'jaarverslag', 'Jaarverslag (kopie)');
    expect([first.stored, second.stored]).toEqual([true, false]);
    expect(second.sha256).toBe(first.sha256);
    expect(fs.readdirSync(path.join(evidenceFolder(ctx), first.sha256.slice(0, 2)))).toEqual([first.sha256]);

    expect(await run(ctx, 'evidence.remove', { id: first.id })).toEqual({ id: first.id, fileRemoved: false });
    expect(inStore(ctx, 'jaarverslag')).toBe(true);
    expect(await run(ctx, 'evidence.remove', { id: second.id })).toEqual({ id: second.id, fileRemoved: true });
    expect(inStore(ctx, 'jaarverslag')).toBe(false);
  });

  it('a file changed or gone on disk is flagged, listed as missing by the check, and refuses the package', async () => {
    const ctx = testContext();
    const { engagementId } = await engagementOf(ctx, 'Delta');
    const changed = await add(ctx, engagementId, 'visie');
    const gone = await add(ctx, engagementId, 'beleid');
    fs.writeFileSync(storedPath(evidenceFolder(ctx), changed.sha256), 'visie, later bewerkt');
    fs.rmSync(storedPath(evidenceFolder(ctx), gone.sha256));
    expect((await list(ctx, engagementId)).map((e) => e.file)).toEqual(['changed', 'missing']);
    const checked = await run<{ missing: { reason: string; evidenceId?: string }[] }>(ctx, 'dossier.check', {
      engagementId,
    });
    expect(checked.missing.filter((m) => m.evidenceId).map((m) => `${m.evidenceId} ${m.reason}`)).toEqual([
      `${changed.id} evidence_file_changed`,
      `${gone.id} evidence_file_missing`,
    ]);
    const out = path.join(path.dirname(ctx.file), 'pakket.zip');
    const refused = await dispatch(ctx, 'dossier.package', { engagementId, language: 'en', out });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.code).toBe('conflict');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('travel in a client bundle and are put into the other laptop’s store', async () => {
    const here = testContext();
    const { clientId, engagementId } = await engagementOf(here, 'Delta');
    await add(here, engagementId, 'keurmerk', 'Keurmerk');
    const bundle = await run<{ contentBase64: string }>(here, 'bundles.export', { clientId });

    const there = testContext();
    let n = 0;
    there.newId = (prefix) => `${prefix}_there_${++n}`;
    await run(there, 'bundles.import', { contentBase64: bundle.contentBase64 });
    expect(inStore(there, 'keurmerk')).toBe(true);
    const items = await list(there, engagementId);
    expect(items.map((e) => [e.title, e.file, e.parts])).toEqual([['Keurmerk', 'ok', ['B1.approach']]]);
    const dossier = await run<{ scheme: { id: string } }>(there, 'dossier.get', { engagementId });
    expect(dossier.scheme.id).toBe('sx-recognition');

    // As a copy beside the original: new ids, the same file once.
    const copy = await run<{ clientId: string }>(there, 'bundles.import', {
      contentBase64: bundle.contentBase64,
      asNew: true,
    });
    expect(copy.clientId).not.toBe(clientId);
    expect(fs.readdirSync(path.join(evidenceFolder(there), sha('keurmerk').slice(0, 2)))).toEqual([sha('keurmerk')]);
  });

  it('a bundle whose evidence entry does not match its name is refused, and nothing is stored', async () => {
    const here = testContext();
    const { clientId, engagementId } = await engagementOf(here, 'Delta');
    await add(here, engagementId, 'keurmerk');
    const { contentBase64 } = await run<{ contentBase64: string }>(here, 'bundles.export', { clientId });
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const files = unzipSync(Buffer.from(contentBase64, 'base64'));
    const forged = sha('iets anders');
    const name = `evidence/${sha('keurmerk')}`;
    files[`evidence/${forged}`] = files[name]!;
    delete files[name];
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { entries: { name: string }[] };
    for (const e of manifest.entries) if (e.name === name) e.name = `evidence/${forged}`;
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
    const there = testContext();
    const r = await dispatch(there, 'bundles.import', {
      contentBase64: Buffer.from(zipSync(files)).toString('base64'),
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.details).toMatchObject({ bundle: 'tampered' });
    expect(fs.existsSync(evidenceFolder(there))).toBe(false);
  });

  it('are erased with their client, except a file another client’s evidence names too', async () => {
    const ctx = testContext();
    const delta = await engagementOf(ctx, 'Delta');
    const zuid = await engagementOf(ctx, 'Zorg Zuid');
    await add(ctx, delta.engagementId, 'gedeeld rapport');
    await add(ctx, delta.engagementId, 'alleen delta');
    await add(ctx, zuid.engagementId, 'gedeeld rapport');
    await run(ctx, 'clients.erase', { id: delta.clientId, confirm: 'Delta' });
    expect(inStore(ctx, 'alleen delta')).toBe(false);
    expect(inStore(ctx, 'gedeeld rapport')).toBe(true);
    expect(ctx.db.prepare('SELECT count(*) FROM evidence').pluck().get()).toBe(1);
  });

  it('leave with their engagement, except a file another engagement’s evidence names too', async () => {
    const ctx = testContext();
    const { clientId, engagementId } = await engagementOf(ctx, 'Delta');
    const other = (
      await run<{ id: string }>(ctx, 'engagements.create', {
        clientId,
        title: 'Later',
        purpose: 'external-recognition',
      })
    ).id;
    await add(ctx, engagementId, 'alleen hier');
    await add(ctx, engagementId, 'ook daar');
    await add(ctx, other, 'ook daar');
    await run(ctx, 'engagements.delete', { id: engagementId, confirm: true });
    await new Promise((resolve) => setImmediate(resolve));
    expect(inStore(ctx, 'alleen hier')).toBe(false);
    expect(inStore(ctx, 'ook daar')).toBe(true);
  });

  it('are carried by a backup: a restore puts back a file removed since, and deleting the backup its copy', async () => {
    const ctx = testContext();
    ctx.erasureBackups = erasureBackups(ctx);
    const { engagementId } = await engagementOf(ctx, 'Delta');
    const added = await add(ctx, engagementId, 'procedure', 'Klachtenprocedure');
    const backup = await run<{ name: string; file: string }>(ctx, 'backup.now', {});
    const kept = storedPath(path.join(backupsFolder(ctx.file), 'evidence'), added.sha256);
    expect(fs.readFileSync(kept, 'utf8')).toBe('procedure');

    await run(ctx, 'evidence.remove', { id: added.id });
    expect(inStore(ctx, 'procedure')).toBe(false);
    await run(ctx, 'backup.restore', { file: backup.name });
    expect((await list(ctx, engagementId)).map((e) => [e.id, e.file])).toEqual([[added.id, 'ok']]);
    expect(inStore(ctx, 'procedure')).toBe(true);

    // The restore made a backup of its own (before-restore) that does not name the file; deleting the one that
    // does takes its copy along.
    await run(ctx, 'backup.delete', { file: backup.name });
    const remaining = await run<{ backups: { name: string }[] }>(ctx, 'backup.list', {});
    expect(remaining.backups.map((b) => b.name)).not.toContain(backup.name);
    expect(fs.existsSync(kept)).toBe(false);
  });
  it('are carried by the backup made before a migration too', async () => {
    const ctx = testContext();
    const { engagementId } = await engagementOf(ctx, 'Delta');
    const added = await add(ctx, engagementId, 'jaarplan', 'Jaarplan');
    const backup = backupBeforeMigration(ctx.db, ctx.file, {
      now: new Date('2026-12-02T10:00:00Z'),
      fromVersion: 11,
      freeSpace: freeSpaceOnDisk,
    });
    expect(path.basename(backup)).toMatch(/before-migration\.sqlite$/);
    const kept = storedPath(path.join(backupsFolder(ctx.file), 'evidence'), added.sha256);
    expect(fs.readFileSync(kept, 'utf8')).toBe('jaarplan');
  });
});
