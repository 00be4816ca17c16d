import { join } from 'node:path';

/** Where `npm run native:electron` puts better-sqlite3 built for Electron's ABI, relative to the repo. */
export const ELECTRON_NATIVE_BINDING = join('native', 'electron', 'better_sqlite3.node');

/**
 * The better-sqlite3 binary the desktop app loads.
 *
 * node_modules holds better-sqlite3 built for Node — the tests, the CLI and `sxw serve` need that one —
 * and Electron cannot load it (different ABI). So an unpackaged app loads a separate Electron build from
 * native/electron/; a packaged app uses the module's default, which electron-builder rebuilt for
 * Electron while packaging. `undefined` means "better-sqlite3's default".
 */
export function nativeBindingFor(options: { isPackaged: boolean; appPath: string }): string | undefined {
  return options.isPackaged ? undefined : join(options.appPath, ELECTRON_NATIVE_BINDING);
}
