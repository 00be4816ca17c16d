import type { Language } from '../../shared/domain/identifiers';
import { en, nl } from '../../shared/i18n';
import type { MainLog } from './mainLog';

/** The part of `process` the crash handler listens on. */
export interface ProcessEvents {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

export interface CrashDialogSpec {
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  /** Index of Restart: Enter restarts. */
  defaultId: number;
  /** Index of Quit: Escape or closing the dialog quits. */
  cancelId: number;
}

/** The dialog after an uncaught exception, in the user's language; Restart first and the default. */
export function crashDialog(language: Language, logPath: string): CrashDialogSpec {
  const t = (language === 'nl' ? nl : en).crash;
  return {
    title: t.title,
    message: t.message,
    detail: t.detail.replace('{{log}}', logPath),
    buttons: [t.restart, t.quit],
    defaultId: 0,
    cancelId: 1,
  };
}

/** What the handler needs of Electron (`dialog`, `app`) and of the running app; each is replaceable in tests. */
export interface CrashResponse {
  language(): Language;
  logPath: string;
  /** A modal message box; answers the index of the button chosen. */
  showDialog(spec: CrashDialogSpec): number;
  /** Closes the database (and stops the job workers) so the next start finds it clean. */
  shutDown(): void;
  relaunch(): void;
  exit(code: number): void;
}

/**
 * An exception nobody caught leaves the main process in a state nothing vouches for: it is logged, shown
 * to the user in their language, and followed by a clean restart — the database closed, then the app
 * started anew (or ended, when the user chooses Quit). Committed writes are durable, so nothing saved is
 * lost. A second exception while this runs ends the process at once rather than loop. Unhandled promise
 * rejections are logged only: they leave no half-done synchronous work behind.
 */
export function handleUncaughtErrors(proc: ProcessEvents, log: Pick<MainLog, 'error'>, response: CrashResponse): void {
  let handling = false;
  proc.on('uncaughtException', (error) => {
    log.error('Uncaught exception in the main process', error);
    if (handling) {
      response.exit(1);
      return;
    }
    handling = true;
    let restart = true;
    try {
      const spec = crashDialog(safeLanguage(response), response.logPath);
      restart = response.showDialog(spec) !== spec.cancelId;
    } catch (dialogError) {
      log.error('Could not show the restart dialog', dialogError);
    }
    try {
      response.shutDown();
    } catch (shutDownError) {
      log.error('Could not close the database before restarting', shutDownError);
    }
    if (restart) response.relaunch();
    response.exit(restart ? 0 : 1);
  });
  proc.on('unhandledRejection', (reason) => log.error('Unhandled promise rejection in the main process', reason));
}

function safeLanguage(response: CrashResponse): Language {
  try {
    return response.language();
  } catch {
    return 'en';
  }
}
