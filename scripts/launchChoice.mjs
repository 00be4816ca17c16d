// @ts-check
/**
 * How `npm start` runs the workbench: the desktop app when Electron can start here, otherwise the same UI
 * served on loopback (`sxw serve`). Pure, so the decision is tested without either.
 */

export const FALLBACK_LINE = 'Electron is not available on this machine; serving SX Workbench on loopback instead.';

/**
 * @param {{
 *   electronPath: string | null,
 *   exists: (path: string) => boolean,
 *   platform: NodeJS.Platform,
 *   env: Record<string, string | undefined>,
 * }} facts
 * `electronPath` is what `require('electron')` returned, or null when it threw (the package installs
 * without its binary when the download failed or was skipped).
 * @returns {{ mode: 'electron', electronPath: string } | { mode: 'serve', reason: string }}
 */
export function chooseLaunchMode({ electronPath, exists, platform, env }) {
  if (!electronPath) return { mode: 'serve', reason: 'the electron package has no binary' };
  if (!exists(electronPath)) return { mode: 'serve', reason: `no Electron binary at ${electronPath}` };
  // On Linux without a display server Electron exits at once; the browser route still works over SSH.
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { mode: 'serve', reason: 'no display (neither DISPLAY nor WAYLAND_DISPLAY is set)' };
  }
  return { mode: 'electron', electronPath };
}

/**
 * Whether native/electron holds a better-sqlite3 built for this Electron and better-sqlite3 version
 * (build-info.json is written by scripts/native-electron.mjs next to the binary).
 * @param {unknown} buildInfo parsed build-info.json, or null when missing
 * @param {{ electron: string, betterSqlite3: string, platform: string, arch: string }} wanted
 */
export function nativeBuildIsCurrent(buildInfo, wanted) {
  if (typeof buildInfo !== 'object' || buildInfo === null) return false;
  const info = /** @type {Record<string, unknown>} */ (buildInfo);
  return (
    info.electron === wanted.electron &&
    info.betterSqlite3 === wanted.betterSqlite3 &&
    info.platform === wanted.platform &&
    info.arch === wanted.arch
  );
}
