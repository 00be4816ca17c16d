import type { ServiceContext } from '../api/context';
import { changeHub } from '../api/changes';
import { dispatch } from '../api/dispatch';
import { teamState } from './repository';

/**
 * When the desktop app and `sxw serve` sync with the team server, without ever waiting for it: once at
 * start, every few minutes, soon after a local change to the pool or the frameworks (the change log's
 * events), and on demand. A failed sync is tried again after a delay that doubles up to a ceiling, so a
 * server that is down costs one refused connection now and then, never a stalled screen.
 */

export interface SyncSchedule {
  /** Sync now (on demand, or after a change), unless one is running. */
  now(): void;
  stop(): void;
}

export type SyncOutcome = 'synced' | 'failed' | 'not_connected';

export interface ScheduleOptions {
  run: () => Promise<SyncOutcome>;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  /** Between syncs that went well. */
  intervalMs?: number;
  /** The first retry after a failure; doubled per failure in a row. */
  retryMs?: number;
  /** The longest wait after failures. */
  maxRetryMs?: number;
}

export const SYNC_INTERVAL_MS = 5 * 60_000;
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 30 * 60_000;

/** The delay before the next sync after `failures` failures in a row (0 after a success). */
export function nextDelay(failures: number, o: Pick<ScheduleOptions, 'intervalMs' | 'retryMs' | 'maxRetryMs'> = {}) {
  const interval = o.intervalMs ?? SYNC_INTERVAL_MS;
  if (failures === 0) return interval;
  return Math.min((o.retryMs ?? FIRST_RETRY_MS) * 2 ** (failures - 1), o.maxRetryMs ?? MAX_RETRY_MS);
}

export function scheduleSync(options: ScheduleOptions): SyncSchedule {
  let failures = 0;
  let timer: unknown = null;
  let running = false;
  let again = false;
  let stopped = false;
  const arm = (ms: number) => {
    if (timer !== null) options.clearTimer(timer);
    timer = stopped ? null : options.setTimer(tick, ms);
  };
  async function tick(): Promise<void> {
    timer = null;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    let outcome: SyncOutcome;
    try {
      outcome = await options.run();
    } catch {
      outcome = 'failed';
    }
    running = false;
    failures = outcome === 'failed' ? failures + 1 : 0;
    if (again) {
      again = false;
      arm(0);
      return;
    }
    arm(nextDelay(failures, options));
  }
  arm(0);
  return {
    now: () => {
      if (running) again = true;
      else arm(0);
    },
    stop: () => {
      stopped = true;
      if (timer !== null) options.clearTimer(timer);
      timer = null;
    },
  };
}

/** How long after a local change to the pool or the frameworks the app syncs, gathering a burst of them. */
const AFTER_CHANGE_MS = 20_000;

/** The app's schedule on its context: syncs through the dispatcher, like any other operation. */
export function startTeamSync(ctx: ServiceContext): SyncSchedule {
  const schedule = scheduleSync({
    run: async () => {
      if (!teamState(ctx.db)) return 'not_connected';
      const result = await dispatch(ctx, 'team.sync', {});
      if (!result.ok) ctx.log('warn', `Team sync failed: ${result.error.message}`);
      return result.ok ? 'synced' : 'failed';
    },
    setTimer: (fn, ms) => {
      const t = setTimeout(fn, ms);
      t.unref?.();
      return t;
    },
    clearTimer: (t) => clearTimeout(t as NodeJS.Timeout),
  });
  let pending: NodeJS.Timeout | null = null;
  const unsubscribe = changeHub(ctx.db).subscribe((event) => {
    if (event.operation === 'team.sync' || event.operation === 'team.connect') return;
    if (!event.entities.includes('pool') && !event.entities.includes('frameworks')) return;
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => schedule.now(), AFTER_CHANGE_MS);
    pending.unref?.();
  });
  return {
    now: schedule.now,
    stop: () => {
      unsubscribe();
      if (pending) clearTimeout(pending);
      schedule.stop();
    },
  };
}
