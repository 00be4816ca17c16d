import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const config = readFileSync(new URL('electron-builder.yml', root), 'utf8');
const electronManifest = new URL('node_modules/electron/package.json', root);

describe('electron-builder.yml', () => {
  it.skipIf(!existsSync(electronManifest))(
    'pins the installed Electron version (electron is optional, so it cannot be inferred)',
    () => {
      const installed = JSON.parse(readFileSync(electronManifest, 'utf8')).version as string;
      expect(config).toMatch(new RegExp(`^electronVersion: ${installed.replaceAll('.', '\\.')}$`, 'm'));
    },
  );

  it('unpacks better-sqlite3 and every native binary from the asar archive', () => {
    expect(config).toContain("- '**/node_modules/better-sqlite3/**'");
    expect(config).toContain("- '**/node_modules/@resvg/**'");
    expect(config).toContain("- '**/*.node'");
  });

  it('rebuilds native modules for Electron and never ships the development build in native/', () => {
    expect(config).toMatch(/^npmRebuild: true$/m);
    expect(config).toMatch(/^buildDependenciesFromSource: true$/m);
    expect(config).toContain("- '!native/**'");
  });

  it('leaves the command-line bundle in out/cli out of the installers', () => {
    expect(config).toContain("- '!out/cli/**'");
  });

  it('sets the fuses: no run-as-node, NODE_OPTIONS or inspect; asar integrity and only-load-from-asar on', () => {
    // The block's `  key: true|false` lines, read as electron-builder's YAML reader reads them.
    const block = /^electronFuses:\n((?: {2}\w+: (?:true|false)\n)+)/m.exec(config)?.[1] ?? '';
    const fuses = Object.fromEntries(
      block
        .trim()
        .split('\n')
        .map((line) => line.trim().split(': ') as [string, string])
        .map(([key, value]) => [key, value === 'true']),
    );
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
    // Integrity is checked on app.asar: the app must be packed into one (electron-builder's default).
    expect(config).not.toMatch(/^asar: false$/m);
  });
});
