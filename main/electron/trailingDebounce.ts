export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface TrailingDebounce {
  /** Runs the task `delayMs` after the last call; calls in between only push it back. */
  schedule(): void;
  /** Runs a pending task now (on window close: the last move must not be lost). */
  flush(): void;
  cancel(): void;
}

/**
 * Resize and move fire dozens of events per second while dragging; the window state is written once the
 * user lets go.
 */
export function trailingDebounce(task: () => void, delayMs: number, timers: Timers = globalThis): TrailingDebounce {
  let handle: unknown = null;
  const run = () => {
    handle = null;
    task();
  };
  return {
    schedule() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = timers.setTimeout(run, delayMs);
    },
    flush() {
      if (handle === null) return;
      timers.clearTimeout(handle);
      run();
    },
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
  };
}
