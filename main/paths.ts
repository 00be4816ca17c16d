import path from 'node:path';

export const PRODUCT_NAME = 'SX Workbench';
export const DATABASE_FILE = 'sx-workbench.sqlite';
/** The team server's password, encrypted by the operating system (never in the database). */
export const TEAM_SECRETS_FILE = 'team-secrets.json';

/**
 * The desktop app's user-data folder, computed the way Electron's `app.getPath('userData')` does, so the
 * CLI and the bridge find the app's database without loading Electron.
 */
export function userDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), PRODUCT_NAME);
}

/** `--db`, then `SXW_DB`, then the desktop app's database. */
export function resolveDatabasePath(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  home: string,
): string {
  if (flag) return path.resolve(flag);
  if (env.SXW_DB) return path.resolve(env.SXW_DB);
  return path.join(userDataDir(platform, env, home), DATABASE_FILE);
}
