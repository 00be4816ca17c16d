import { describe, expect, it } from 'vitest';
import { workerModule } from '../../../main/db/inspect';

describe('where the check worker loads better-sqlite3 from', () => {
  it('uses the module as resolved in development, the tests and the CLI', () => {
    const resolved = '/work/app/node_modules/better-sqlite3/lib/index.js';
    expect(workerModule(resolved, undefined, () => true)).toEqual({ modulePath: resolved, nativeBinding: undefined });
    expect(workerModule(resolved, '/work/app/native/electron/better_sqlite3.node', () => true)).toEqual({
      modulePath: resolved,
      nativeBinding: '/work/app/native/electron/better_sqlite3.node',
    });
  });

  it('uses the unpacked copy of a packaged app, with its binary named', () => {
    const resolved = '/opt/SX Workbench/resources/app.asar/node_modules/better-sqlite3/lib/index.js';
    expect(workerModule(resolved, undefined, () => true)).toEqual({
      modulePath: '/opt/SX Workbench/resources/app.asar.unpacked/node_modules/better-sqlite3/lib/index.js',
      nativeBinding:
        '/opt/SX Workbench/resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    });
  });

  it('stays with the archive when nothing was unpacked', () => {
    const resolved = '/opt/SX Workbench/resources/app.asar/node_modules/better-sqlite3/lib/index.js';
    expect(workerModule(resolved, undefined, () => false).modulePath).toBe(resolved);
  });
});
