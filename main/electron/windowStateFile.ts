import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { WindowState } from './windowBounds';

export const WINDOW_STATE_FILE_NAME = 'window-state.json';

export function windowStateFilePath(userDataDir: string): string {
  return join(userDataDir, WINDOW_STATE_FILE_NAME);
}

/**
 * The saved window state as raw JSON, or null when there is none or it cannot be parsed; `restoreBounds`
 * decides what of it is usable. A broken file never stops the app from starting.
 */
export function readWindowStateFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Writes through a temporary file and a rename, so a crash or power cut mid-write leaves the previous
 * state rather than half a JSON document.
 */
export function writeWindowStateFile(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  renameSync(temporary, file);
}
