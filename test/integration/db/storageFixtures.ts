import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../shared/api/result';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { openWorkbenchDatabase } from '../../../main/db/open';
import type { StartupFacts } from '../../../main/electron/startupFailure';
import { tempDir } from '../support';

/** Files in every state a laptop can leave a database in, and the means to look at what became of them. */

export const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A workbench database with `clients` clients (long notes, so the file has many pages), closed. */
export function databaseWithClients(file: string, clients = 1500, steps = migrations): void {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  migrate(db, file, null, steps);
  const insert = db.prepare(
    "INSERT INTO clients (id, name, sector, size_band, country, notes, created_at, updated_at) VALUES (?, ?, 'K', '50-249', 'NL', ?, '2026-01-01', '2026-01-01')",
  );
  db.transaction(() => {
    for (let i = 0; i < clients; i++) {
      insert.run(`cl_${String(i).padStart(5, '0')}`, `Client ${i}`, `Notes of client ${i}: ${'x'.repeat(300)}`);
    }
  })();
  db.close();
}

/** A database with clients, at the latest schema: the path. */
export function workbenchFile(name = 'workbench.sqlite', clients = 1500): string {
  const file = path.join(tempDir(), name);
  databaseWithClients(file, clients);
  return file;
}

/** Flips 4 KiB in the middle of the file, on a page boundary, as a failing disk might. */
export function damageMiddle(file: string): void {
  const bytes = fs.readFileSync(file);
  const at = Math.floor(bytes.length / 2 / 4096) * 4096;
  for (let i = at; i < at + 4096; i++) bytes[i] = (bytes[i] ?? 0) ^ 0x5a;
  fs.writeFileSync(file, bytes);
}

/** The error opening refuses with (fails the test when it opens). */
export function openError(file: string, options: Parameters<typeof openWorkbenchDatabase>[1] = {}): AppError {
  try {
    openWorkbenchDatabase(file, options).close();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`expected ${file} to be refused`);
}

export function factsFor(file: string): StartupFacts {
  return {
    databasePath: file,
    setAsidePath: `${file}.damaged-2026-11-22T10-00-00Z`,
    logPath: path.join(path.dirname(file), 'logs', 'main.log'),
    backupsFolder: path.join(path.dirname(file), 'backups'),
    latestBackup: null,
  };
}

/** Whether this process may mount a small file system (root in a container that allows it). */
export const canMount: boolean = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = tempDir('sxw-mount-probe-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** A tmpfs of `size` (e.g. "1m") mounted for the test; unmounted (lazily, if still busy) afterwards. */
export function smallDisk(size: string): { dir: string; readOnly(): void; unmount(): void } {
  const dir = tempDir('sxw-small-disk-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  return {
    dir,
    readOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir]),
    unmount: () => execFileSync('umount', ['-l', dir]),
  };
}
