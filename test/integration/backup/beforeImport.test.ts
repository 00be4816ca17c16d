import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { importBackup } from '../../../main/backup/beforeImport';
import { listBackups } from '../../../main/backup/catalog';
import { createJobHost } from '../../../main/jobs/host';
import { jobWorkerFile } from '../../../main/jobs/workerFile';
import { IMPORT_LIMITS } from '../../../shared/api/limits';
import { csvHeader, csvRow } from '../../../shared/pool/benchmarkCsv';
import { syntheticRecords } from '../../../shared/pool/synthetic';
import { testContext } from '../support';

/**
 * A large Benchmark import is backed up before it writes (main/pool/import.ts): a verified `before-import`
 * backup, listed like any other, holding the database as it was before the import; a small import takes none.
 */

function poolCsv(count: number, seed: number): Buffer {
  const rows = [...syntheticRecords(count, { seed })].map((r) => csvRow({ ...r, synthetic: false }));
  return Buffer.from(`${csvHeader()}\n${rows.join('\n')}\n`);
}

/** A file just over the size from which an import is backed up first. */
function largeCsv(seed: number): Buffer {
  const perRecord = poolCsv(100, seed).byteLength / 100;
  const csv = poolCsv(Math.ceil((IMPORT_LIMITS.benchmarkBackupFromBytes / perRecord) * 1.02), seed);
  expect(csv.byteLength).toBeGreaterThanOrEqual(IMPORT_LIMITS.benchmarkBackupFromBytes);
  return csv;
}

const poolCount = (ctx: ReturnType<typeof testContext>) =>
  ctx.db.prepare('SELECT count(*) FROM pool_records').pluck().get() as number;

describe('backup before a large benchmark import', () => {
  it('backs up a large import first and lists the backup with the pool as it was; a small one takes none', async () => {
    const ctx = testContext();
    ctx.backupBeforeImport = importBackup(ctx);

    const small = await dispatch(ctx, 'pool.import', { content: poolCsv(200, 1), fileName: 'small.csv' });
    expect(small).toMatchObject({ ok: true, value: { added: 200 } });
    expect(listBackups(ctx.file)).toEqual([]);

    const large = largeCsv(2);
    const imported = await dispatch(ctx, 'pool.import', { content: large, fileName: 'large.csv' });
    expect(imported.ok).toBe(true);
    const backups = listBackups(ctx.file);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ reason: 'before-import', verification: { ok: true } });
    // The backup holds the database before the import: the small file's records, not the large one's.
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const copy = new BetterSqlite3(backups[0]!.file, { readonly: true });
    try {
      expect(copy.prepare('SELECT count(*) FROM pool_records').pluck().get()).toBe(200);
    } finally {
      copy.close();
    }
    expect(poolCount(ctx)).toBeGreaterThan(200);
  });

  it('backs up in the job worker too, and a refused large file still leaves the pool untouched', async () => {
    const ctx = testContext();
    ctx.backupBeforeImport = importBackup(ctx);
    const host = createJobHost({
      workerFile: jobWorkerFile(),
      databasePath: ctx.file,
      transport: 'bridge',
      version: '0.0.0',
      osLanguage: 'en',
      log: () => {},
    });
    afterAll(() => host.close());
    ctx.jobs = host;
    // The same record twice with other scores: the file is refused whole after its backup.
    const text = largeCsv(3).toString('latin1');
    const firstRow = text.slice(text.indexOf('\n') + 1, text.indexOf('\n', text.indexOf('\n') + 1));
    const changed = firstRow.replace(/,(\d)\.(\d\d),/, (_, a: string) => `,${a === '1' ? '2' : '1'}.00,`);
    expect(changed).not.toBe(firstRow);
    const refused = await dispatch(ctx, 'pool.import', {
      content: Buffer.from(`${text}${changed}\n`, 'latin1'),
      fileName: 'large.csv',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(poolCount(ctx)).toBe(0);
    expect(listBackups(ctx.file).map((b) => b.reason)).toEqual(['before-import']);
  });
});
