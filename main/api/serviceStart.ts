import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { backUpIfDue } from '../backup/daily';
import { checkInBackground, healthOf } from '../db/health';
import { maintainSearchIndex } from '../db/maintenance';
import { openWorkbenchDatabase, type OpenOptions } from '../db/open';
import type { ServiceContext } from './context';

/**
 * Above this size the start-up `quick_check` runs in a worker thread while the app already answers reads
 * (writes wait for it); below it the check is done before the window opens. `quick_check` reads the whole
 * file: ≈ 0.5 s per 50 MB on a busy 2-core machine (11 s for 1 GB, docs/benchmarks.md).
 */
export const BACKGROUND_CHECK_ABOVE_BYTES = 50 * 1024 * 1024;

/**
 * Opens the database for a long-running service, the desktop app or `sxw serve`: checked for damage now,
 * or — for a large file — in the background, with writes refused until the check has passed.
 */
export function openForService(
  file: string,
  options: Omit<OpenOptions, 'check'> = {},
): { db: Database; checkInBackground: boolean } {
  let size = 0;
  try {
    size = fs.statSync(file).size;
  } catch {
    // A new database: nothing to check.
  }
  const background = size > BACKGROUND_CHECK_ABOVE_BYTES;
  const db = openWorkbenchDatabase(file, { ...options, check: background ? 'first-write' : 'now' });
  return { db, checkInBackground: background };
}

/**
 * What follows a service's start, once the database is known to be sound: the background check when one is
 * due, then the search index's upkeep and the daily backup (both writes, so never before the check). A
 * damaged database gets neither; the screens show why and offer a restore.
 */
export async function settleAfterStart(ctx: ServiceContext, options: { checkInBackground: boolean }): Promise<void> {
  const health = options.checkInBackground
    ? await checkInBackground(ctx.db, ctx.databasePath, { nativeBinding: ctx.nativeBinding })
    : healthOf(ctx.db);
  if (health.state === 'corrupt') {
    ctx.log('error', `The database ${ctx.databasePath} is damaged; writes are refused`, health.problems);
    return;
  }
  if (health.state !== 'ok' && health.state !== 'unchecked') return;
  try {
    maintainSearchIndex(ctx.db);
  } catch (error) {
    ctx.log('warn', 'Could not tidy the search index', error);
  }
  try {
    const backup = await backUpIfDue(ctx);
    if (backup) ctx.log('info', `Daily backup made: ${backup.name}`);
  } catch (error) {
    ctx.log('error', 'The daily backup failed', error);
  }
}
