import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trailingDebounce } from '../../../main/electron/trailingDebounce';
import { readWindowStateFile, windowStateFilePath, writeWindowStateFile } from '../../../main/electron/windowStateFile';

describe('window-state.json', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sxw-window-state-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lives in the user-data folder', () => {
    expect(windowStateFilePath('/data')).toBe(join('/data', 'window-state.json'));
  });

  it('round-trips the saved state, creating the folder when needed', () => {
    const file = windowStateFilePath(join(dir, 'new-folder'));
    const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true };
    writeWindowStateFile(file, state);
    expect(readWindowStateFile(file)).toEqual(state);
    expect(readdirSync(join(dir, 'new-folder'))).toEqual(['window-state.json']);
  });

  it('reads a missing or damaged file as nothing saved', () => {
    const file = windowStateFilePath(dir);
    expect(readWindowStateFile(file)).toBeNull();
    writeFileSync(file, '{"bounds": {"x": 1');
    expect(readWindowStateFile(file)).toBeNull();
  });

  it('replaces the previous state whole', () => {
    const file = windowStateFilePath(dir);
    writeWindowStateFile(file, { bounds: { x: 1, y: 1, width: 900, height: 600 }, maximized: false });
    writeWindowStateFile(file, { bounds: { x: 2, y: 2, width: 901, height: 601 }, maximized: false });
    expect(JSON.parse(readFileSync(file, 'utf8')).bounds.x).toBe(2);
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });
});

describe('trailingDebounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, after the user stops moving the window', () => {
    const save = vi.fn();
    const saveSoon = trailingDebounce(save, 500);
    for (let i = 0; i < 20; i++) {
      saveSoon.schedule();
      vi.advanceTimersByTime(100);
    }
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flush runs a pending save at once and only once', () => {
    const save = vi.fn();
    const saveSoon = trailingDebounce(save, 500);
    saveSoon.schedule();
    saveSoon.flush();
    expect(save).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
    saveSoon.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('cancel drops a pending save', () => {
    const save = vi.fn();
    const saveSoon = trailingDebounce(save, 500);
    saveSoon.schedule();
    saveSoon.cancel();
    vi.advanceTimersByTime(1000);
    expect(save).not.toHaveBeenCalled();
  });
});
