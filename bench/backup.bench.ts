import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext } from '../main/api/context';
import { backupNow, PAGES_PER_STEP } from '../main/backup/backupNow';
import { backupsFolder } from '../main/backup/folder';
import { removeBackup } from '../main/backup/catalog';
import { openWorkbenchDatabase } from '../main/db/open';
import { type MeasuredCase, timeOnce } from './harness';

/**
 * Issue 10's backup figure: a backup of a 1 GB workbench database against the sqlite3 shell's
 * `.backup` of the same file. The database (≈ 6.5 M benchmark pool records) is generated once into
 * bench/.data/ and kept there (git-ignored); SXW_BENCH_BACKUP_MB changes its size.
 * - "online copy" is what the workbench's backup does to copy: better-sqlite3's `db.backup()` (SQLite's
 *   online backup API) through the app's open connection, 2,048 pages per turn of the event loop;
 * - "backup now" is the whole `backupNow`: the copy, one file (journal mode), `integrity_check` in a
 *   worker thread, the counts, the metadata and the rotation.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_MB = Number(process.env.SXW_BENCH_BACKUP_MB ?? 1024);
const RUNS = Number(process.env.SXW_BENCH_BACKUP_RUNS ?? 3);
const DATA = path.join(ROOT, 'bench', '.data');
const SOURCE = path.join(DATA, `backup-${TARGET_MB}mb.sqlite`);

function ensureDatabase(): void {
  const db = openWorkbenchDatabase(SOURCE);
  const bytes = () =>
    (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  if (bytes() >= TARGET_MB * 1024 * 1024) {
    db.close();
    return;
  }
  process.stderr.write(`generating a ${TARGET_MB} MB database in ${SOURCE} (once)…\n`);
  const batch = db.prepare(`
    WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ? + 499999)
    INSERT INTO pool_records (record_id, framework, sector, size_band, country, year, b1, b2, b3, b4, b5, b6, b7, b8, b9, synthetic, source)
    SELECT printf('bench-%09d', i), 'sx-default', char(65 + i % 21), '50-249', 'NL', 2015 + i % 10,
      100 + i % 401, 100 + (i * 7) % 401, 100 + (i * 11) % 401, 100 + (i * 13) % 401, 100 + (i * 17) % 401,
      100 + (i * 19) % 401, 100 + (i * 23) % 401, 100 + (i * 29) % 401, 100 + (i * 31) % 401, 1, 'bench'
    FROM n`);
  let next = (db.prepare('SELECT count(*) FROM pool_records').pluck().get() as number) + 1;
  while (bytes() < TARGET_MB * 1024 * 1024) {
    db.transaction(() => batch.run(next, next))();
    next += 500_000;
  }
  db.close();
}

function shellBackup(target: string): void {
  const r = spawnSync('sqlite3', [SOURCE, `.backup '${target}'`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sqlite3 .backup failed: ${r.stderr}`);
}

const remove = (file: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
};

export function backupBenchmarks(): MeasuredCase[] {
  fs.mkdirSync(DATA, { recursive: true });
  ensureDatabase();
  const db = openWorkbenchDatabase(SOURCE);
  const ctx = createContext({ db, databasePath: SOURCE, transport: 'cli' });
  const copy = path.join(DATA, 'backup-copy.sqlite');
  const shellCopy = path.join(DATA, 'backup-shell-copy.sqlite');
  const size = `${Math.round(fs.statSync(SOURCE).size / (1024 * 1024))} MB`;

  const reference = async () => {
    remove(shellCopy);
    const ms = await timeOnce(() => shellBackup(shellCopy));
    remove(shellCopy);
    return ms;
  };
  return [
    {
      name: `backup of a ${size} database: online copy (db.backup, ${PAGES_PER_STEP} pages a turn)`,
      referenceName: 'sqlite3 FILE ".backup OTHER"',
      goal: '≤ 1.5×',
      async measure() {
        const ours: number[] = [];
        const theirs: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          remove(copy);
          ours.push(await timeOnce(() => db.backup(copy, { progress: () => PAGES_PER_STEP })));
          remove(copy);
          theirs.push(await reference());
        }
        return { ours, reference: theirs };
      },
    },
    {
      name: `backup of a ${size} database: backup now (copy, integrity_check in a worker, counts)`,
      referenceName: 'sqlite3 FILE ".backup OTHER"',
      goal: 'for information: the check is on top',
      async measure() {
        const ours: number[] = [];
        const theirs: number[] = [];
        for (let i = 0; i < Math.min(RUNS, 2); i++) {
          let made = '';
          ours.push(await timeOnce(async () => (made = (await backupNow(ctx, 'manual')).file)));
          removeBackup(made);
          theirs.push(await reference());
        }
        fs.rmSync(backupsFolder(SOURCE), { recursive: true, force: true });
        db.close();
        return { ours, reference: theirs };
      },
    },
  ];
}
