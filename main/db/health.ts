import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/result';
import type { DatabaseHealth } from '../../shared/backup/schemas';
import { checkConnection, inspectInWorker } from './inspect';

/**
 * Whether a connection's file may be written, as far as the workbench knows: damage is looked for before
 * the first write is accepted, not only when SQLite happens to trip over it.
 *
 * - `unchecked`: opened, not looked at yet. The first write runs `quick_check` first (the CLI: a command
 *   that only reads never pays for it).
 * - `checking`: a check runs in the background (a large file at the start of the app or `serve`); writes
 *   are refused with `database_checking` until it passes.
 * - `ok`: checked, or new.
 * - `corrupt`: the check failed, or SQLite reported damage during work; every write is refused with
 *   `database_corrupt` until a backup is restored (which brings a new connection).
 * - `restoring`: a restore is replacing the file; writes wait, as while checking.
 *
 * Kept per connection, so a restored database (a new connection) starts with its own state.
 */
const states = new WeakMap<Database, DatabaseHealth>();

export function healthOf(db: Database): DatabaseHealth {
  return states.get(db) ?? { state: 'ok' };
}

export function setHealth(db: Database, health: DatabaseHealth): void {
  states.set(db, health);
}

/** Runs `quick_check` on this connection now and records the answer. */
export function checkNow(db: Database): DatabaseHealth {
  const { problems } = checkConnection(db, 'quick');
  const health: DatabaseHealth = problems.length === 0 ? { state: 'ok' } : { state: 'corrupt', problems };
  states.set(db, health);
  return health;
}

/**
 * Checks the file of `db` in a worker thread while the app answers reads; writes wait meanwhile. Resolves
 * with the state found (a worker that cannot run leaves the file unchecked, so the first write checks it).
 */
export async function checkInBackground(
  db: Database,
  file: string,
  options: { nativeBinding?: string } = {},
): Promise<DatabaseHealth> {
  states.set(db, { state: 'checking' });
  let found: DatabaseHealth;
  try {
    const inspection = await inspectInWorker(file, { check: 'quick', nativeBinding: options.nativeBinding });
    found =
      inspection.readable && inspection.problems.length === 0
        ? { state: 'ok' }
        : { state: 'corrupt', problems: inspection.problems.length ? inspection.problems : [String(inspection.cause)] };
  } catch {
    found = { state: 'unchecked' };
  }
  // A restore may have replaced the connection's state meanwhile; only a pending check is answered.
  if (healthOf(db).state === 'checking') states.set(db, found);
  return healthOf(db);
}

/** Records damage SQLite reported during work: later writes are refused instead of piling onto it. */
export function markCorrupt(db: Database, problem: string): void {
  const current = healthOf(db);
  const problems = current.state === 'corrupt' ? current.problems : [];
  states.set(db, { state: 'corrupt', problems: [...problems, problem].slice(0, 20) });
}

/**
 * Why a write may not start now, or null when it may. An unchecked connection is checked first (this is
 * where the CLI's first write pays for `quick_check`).
 */
export function writeRefusal(db: Database, file: string): AppError | null {
  let health = healthOf(db);
  if (health.state === 'unchecked') health = checkNow(db);
  switch (health.state) {
    case 'ok':
      return null;
    case 'corrupt':
      return new AppError(
        'database_corrupt',
        `The database ${file} is damaged; nothing more is written to it. Restore a backup (sxw backup list, sxw backup restore FILE); the damaged file is kept.`,
        { file, problems: health.problems.slice(0, 5) },
      );
    default:
      return new AppError(
        'database_checking',
        `The database ${file} is being ${health.state === 'restoring' ? 'restored' : 'checked for damage'}; nothing was written. Try again in a moment.`,
        { file, state: health.state },
      );
  }
}
