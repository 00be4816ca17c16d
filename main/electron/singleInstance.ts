/** What the shell needs of a window to bring it forward; a BrowserWindow has all of it. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  isVisible(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export type LaunchDecision = 'continue' | 'quit';

/**
 * Only one desktop instance may own the database (the CLI and `serve` may share it; a second window on the
 * same file would fight over settings and window state). Without the lock this process quits; the one
 * holding it is told through `second-instance`.
 */
export function decideOnLaunch(hasSingleInstanceLock: boolean): LaunchDecision {
  return hasSingleInstanceLock ? 'continue' : 'quit';
}

/**
 * On `second-instance`: the user tried to start the app again, so show the window they already have —
 * restored if minimised, shown if hidden, focused. Returns the steps taken (for the log and the tests).
 */
export function focusExistingWindow(window: FocusableWindow | null): string[] {
  if (!window || window.isDestroyed()) return [];
  const steps: string[] = [];
  if (window.isMinimized()) {
    window.restore();
    steps.push('restore');
  }
  if (!window.isVisible()) {
    window.show();
    steps.push('show');
  }
  window.focus();
  steps.push('focus');
  return steps;
}
