import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingFor } from '../../../main/electron/nativeBinding';

describe('nativeBindingFor', () => {
  it('loads the Electron build from native/electron in development, leaving node_modules to Node', () => {
    expect(nativeBindingFor({ isPackaged: false, appPath: '/repo' })).toBe(
      join('/repo', 'native', 'electron', 'better_sqlite3.node'),
    );
  });

  it("uses better-sqlite3's default binary (rebuilt by electron-builder) in a packaged app", () => {
    expect(nativeBindingFor({ isPackaged: true, appPath: '/opt/app/resources/app.asar' })).toBeUndefined();
  });
});
