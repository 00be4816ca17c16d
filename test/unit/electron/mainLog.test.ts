import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CrashDialogSpec,
  crashDialog,
  handleUncaughtErrors,
  type ProcessEvents,
} from '../../../main/electron/crashLogging';
import { createMainLog, mainLogPath } from '../../../main/electron/mainLog';

describe('main log', () => {
  let dir: string;
  let file: string;
  const now = () => new Date('2025-03-14T09:26:53.123Z');
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sxw-log-'));
    file = mainLogPath(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lives at userData/logs/main.log', () => {
    expect(mainLogPath('/data')).toBe(join('/data', 'logs', 'main.log'));
  });

  it('appends lines with ISO timestamps and levels, creating the folder', () => {
    const log = createMainLog({ file, now });
    log.info('SX Workbench starting');
    log.warn('Blocked navigation', { url: 'https://example.com' });
    expect(readFileSync(file, 'utf8')).toBe(
      '2025-03-14T09:26:53.123Z INFO SX Workbench starting\n' +
        '2025-03-14T09:26:53.123Z WARN Blocked navigation {"url":"https://example.com"}\n',
    );
  });

  it('writes an error with its code and stack to the file', () => {
    const log = createMainLog({ file, now });
    const error = Object.assign(new Error('file is not a database'), { code: 'database_unreadable' });
    log.error('Could not open the database', error);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('ERROR Could not open the database Error [database_unreadable]: file is not a database\n');
    expect(text).toMatch(/\n\s+at /);
  });

  it('rotates to main.log.1 at the size limit, replacing the previous rotation', () => {
    const log = createMainLog({ file, now, maxBytes: 200 });
    log.info('first');
    writeFileSync(`${file}.1`, 'old rotation\n');
    for (let i = 0; i < 6; i++) log.info(`line ${i} ${'x'.repeat(40)}`);
    const current = readFileSync(file, 'utf8');
    const rotated = readFileSync(`${file}.1`, 'utf8');
    expect(Buffer.byteLength(current)).toBeLessThanOrEqual(200);
    expect(rotated).not.toContain('old rotation');
    expect(rotated).toContain('line');
    expect(current).toContain('line 5');
    expect(existsSync(`${file}.2`)).toBe(false);
  });

  it('never throws, even when the log cannot be written', () => {
    writeFileSync(join(dir, 'logs'), 'a file where the folder should be');
    const log = createMainLog({ file, now });
    expect(() => log.error('still running', new Error('x'))).not.toThrow();
  });
});

describe('handleUncaughtErrors', () => {
  function harness(choice: number, language: 'en' | 'nl' = 'en') {
    const proc = new EventEmitter();
    const logged: [string, unknown][] = [];
    const calls: string[] = [];
    const shown: CrashDialogSpec[] = [];
    handleUncaughtErrors(
      proc as unknown as ProcessEvents,
      { error: (message, error) => logged.push([message, error]) },
      {
        language: () => language,
        logPath: '/data/logs/main.log',
        showDialog: (spec) => {
          shown.push(spec);
          calls.push('dialog');
          return choice;
        },
        shutDown: () => calls.push('shutDown'),
        relaunch: () => calls.push('relaunch'),
        exit: (code) => calls.push(`exit ${code}`),
      },
    );
    return { proc, logged, calls, shown };
  }

  it('logs an uncaught exception, shows it, closes the database and restarts cleanly', () => {
    const { proc, logged, calls, shown } = harness(0);
    const boom = new Error('boom');
    proc.emit('uncaughtException', boom);
    expect(logged).toEqual([['Uncaught exception in the main process', boom]]);
    expect(calls).toEqual(['dialog', 'shutDown', 'relaunch', 'exit 0']);
    expect(shown[0]).toMatchObject({ buttons: ['Restart', 'Quit'], defaultId: 0, cancelId: 1 });
    expect(shown[0]?.detail).toContain('/data/logs/main.log');
  });

  it('quits without restarting when the user chooses Quit, in Dutch for a Dutch user', () => {
    const { proc, calls, shown } = harness(1, 'nl');
    proc.emit('uncaughtException', new Error('boom'));
    expect(calls).toEqual(['dialog', 'shutDown', 'exit 1']);
    expect(shown[0]?.buttons).toEqual(['Opnieuw starten', 'Afsluiten']);
  });

  it('ends at once on a second exception while it handles the first, instead of looping', () => {
    const { proc, calls } = harness(0);
    proc.emit('uncaughtException', new Error('first'));
    proc.emit('uncaughtException', new Error('second'));
    expect(calls).toEqual(['dialog', 'shutDown', 'relaunch', 'exit 0', 'exit 1']);
  });

  it('only logs an unhandled promise rejection', () => {
    const { proc, logged, calls } = harness(0);
    proc.emit('unhandledRejection', 'nope');
    expect(logged).toEqual([['Unhandled promise rejection in the main process', 'nope']]);
    expect(calls).toEqual([]);
  });

  it('gives the dialog in both languages with the same buttons', () => {
    expect(crashDialog('en', 'x').buttons).toHaveLength(2);
    expect(crashDialog('nl', 'x').title).toBe('SX Workbench is op een probleem gestuit');
  });
});
