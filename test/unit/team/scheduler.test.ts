import { describe, expect, it } from 'vitest';
import { nextDelay, scheduleSync, type SyncOutcome } from '../../../main/team/scheduler';

/** A clock the test moves by hand: timers fire when it passes them. */
function manualClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let ids = 0;
  return {
    setTimer: (fn: () => void, ms: number) => {
      const id = ++ids;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimer: (id: unknown) => {
      timers = timers.filter((t) => t.id !== id);
    },
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.fn();
        await new Promise((resolve) => setImmediate(resolve));
      }
      now = until;
    },
    pending: () => timers.map((t) => t.at - now),
    time: () => now,
  };
}

describe('the team sync schedule', () => {
  it('backs off by doubling after failures, up to a ceiling, and returns to the interval after a success', () => {
    const o = { intervalMs: 300, retryMs: 10, maxRetryMs: 50 };
    expect([0, 1, 2, 3, 4, 5].map((f) => nextDelay(f, o))).toEqual([300, 10, 20, 40, 50, 50]);
  });

  it('syncs at start, then every interval; after failures it waits longer each time', async () => {
    const clock = manualClock();
    const outcomes: SyncOutcome[] = ['synced', 'failed', 'failed', 'failed', 'synced'];
    const runs: number[] = [];
    const schedule = scheduleSync({
      run: async () => {
        runs.push(clock.time());
        return outcomes.shift() ?? 'synced';
      },
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
      intervalMs: 300,
      retryMs: 10,
      maxRetryMs: 1000,
    });
    await clock.advance(800);
    // Start (0), interval (300), retries after 10 and 20, then 40, then the interval again.
    expect(runs).toEqual([0, 300, 310, 330, 370, 670]);
    schedule.stop();
    expect(clock.pending()).toEqual([]);
  });

  it('syncs on demand, and runs once more when asked during a sync instead of twice at once', async () => {
    const clock = manualClock();
    let running = 0;
    let most = 0;
    let count = 0;
    let release: () => void = () => {};
    const schedule = scheduleSync({
      run: () =>
        new Promise<SyncOutcome>((resolve) => {
          running++;
          most = Math.max(most, running);
          count++;
          release = () => {
            running--;
            resolve('synced');
          };
        }),
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
      intervalMs: 1000,
    });
    await clock.advance(0);
    schedule.now();
    schedule.now();
    release();
    await new Promise((resolve) => setImmediate(resolve));
    await clock.advance(0);
    expect(count).toBe(2);
    expect(most).toBe(1);
    release();
    schedule.stop();
  });
});
