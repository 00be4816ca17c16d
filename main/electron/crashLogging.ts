import type { MainLog } from './mainLog';

/** The part of `process` the crash logger listens on. */
export interface ProcessEvents {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/**
 * Errors nobody caught in the main process go to the log file. Listening also replaces Electron's default
 * for an uncaught exception — a dialog showing the raw stack to the consultant.
 */
export function logUncaughtErrors(proc: ProcessEvents, log: Pick<MainLog, 'error'>): void {
  proc.on('uncaughtException', (error) => log.error('Uncaught exception in the main process', error));
  proc.on('unhandledRejection', (reason) => log.error('Unhandled promise rejection in the main process', reason));
}
