import { describe, expect, it } from 'vitest';
import { chooseLaunchMode, FALLBACK_LINE, nativeBuildIsCurrent } from '../../../scripts/launchChoice.mjs';

const present = () => true;
const absent = () => false;
const desktop = { DISPLAY: ':0' };

describe('chooseLaunchMode (npm start)', () => {
  it('starts Electron when its binary exists', () => {
    expect(
      chooseLaunchMode({
        electronPath: '/repo/node_modules/electron/dist/electron',
        exists: present,
        platform: 'linux',
        env: desktop,
      }),
    ).toEqual({
      mode: 'electron',
      electronPath: '/repo/node_modules/electron/dist/electron',
    });
    expect(
      chooseLaunchMode({ electronPath: 'C:\\repo\\electron.exe', exists: present, platform: 'win32', env: {} }).mode,
    ).toBe('electron');
    expect(
      chooseLaunchMode({
        electronPath: '/x/Electron.app/Contents/MacOS/Electron',
        exists: present,
        platform: 'darwin',
        env: {},
      }).mode,
    ).toBe('electron');
  });

  it('serves on loopback when the electron package has no binary (require threw)', () => {
    expect(chooseLaunchMode({ electronPath: null, exists: present, platform: 'linux', env: desktop }).mode).toBe(
      'serve',
    );
  });

  it('serves on loopback when the path it names does not exist (dist/ missing)', () => {
    expect(
      chooseLaunchMode({
        electronPath: '/repo/node_modules/electron/dist/electron',
        exists: absent,
        platform: 'linux',
        env: desktop,
      }).mode,
    ).toBe('serve');
  });

  it('serves on loopback on a Linux machine without a display', () => {
    expect(chooseLaunchMode({ electronPath: '/e', exists: present, platform: 'linux', env: {} }).mode).toBe('serve');
    expect(
      chooseLaunchMode({
        electronPath: '/e',
        exists: present,
        platform: 'linux',
        env: { WAYLAND_DISPLAY: 'wayland-0' },
      }).mode,
    ).toBe('electron');
  });

  it('explains the fallback in exactly one line', () => {
    expect(FALLBACK_LINE).toBe('Electron is not available on this machine; serving SX Workbench on loopback instead.');
    expect(FALLBACK_LINE).not.toContain('\n');
  });
});

describe('nativeBuildIsCurrent', () => {
  const wanted = { electron: '40.10.2', betterSqlite3: '12.11.1', platform: 'linux', arch: 'x64' };

  it('accepts a build for the same Electron, better-sqlite3, platform and architecture', () => {
    expect(nativeBuildIsCurrent({ ...wanted, builtAt: '2025-01-01T00:00:00Z' }, wanted)).toBe(true);
  });

  it('rebuilds after an Electron or better-sqlite3 upgrade, or on another machine type', () => {
    expect(nativeBuildIsCurrent({ ...wanted, electron: '40.8.5' }, wanted)).toBe(false);
    expect(nativeBuildIsCurrent({ ...wanted, betterSqlite3: '12.6.2' }, wanted)).toBe(false);
    expect(nativeBuildIsCurrent({ ...wanted, arch: 'arm64' }, wanted)).toBe(false);
    expect(nativeBuildIsCurrent(null, wanted)).toBe(false);
    expect(nativeBuildIsCurrent('garbage', wanted)).toBe(false);
  });
});
