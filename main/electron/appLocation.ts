import { APP_HOST, APP_INDEX_URL, APP_ORIGIN, APP_SCHEME } from './appScheme';

/**
 * Where the renderer is loaded from. Every guard (navigation, IPC sender, CSP) asks "is this URL the app?"
 * against this one value, so the dev server and the packaged file can never be confused.
 */
export type AppLocation =
  | { kind: 'app-scheme'; origin: typeof APP_ORIGIN; url: typeof APP_INDEX_URL }
  | { kind: 'dev-server'; origin: string; url: string };

/** The packaged app's location: its own scheme (main/electron/appScheme.ts), never `file://`. */
export const APP_SCHEME_LOCATION: AppLocation = { kind: 'app-scheme', origin: APP_ORIGIN, url: APP_INDEX_URL };

/** Dev servers the shell will load from: loopback only, so a stray env var cannot point the app at the web. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The renderer's location: the built files through the app's scheme, or — only in an unpackaged app —
 * electron-vite's dev server (`ELECTRON_RENDERER_URL`). A packaged app ignores the variable: it must never
 * load anything but the files it shipped with.
 */
export function resolveAppLocation(options: { isPackaged: boolean; devServerUrl: string | undefined }): AppLocation {
  const dev = !options.isPackaged && options.devServerUrl ? parseUrl(options.devServerUrl) : null;
  if (dev && (dev.protocol === 'http:' || dev.protocol === 'https:') && LOOPBACK_HOSTS.has(dev.hostname)) {
    return { kind: 'dev-server', origin: dev.origin, url: dev.href };
  }
  return APP_SCHEME_LOCATION;
}

/**
 * True when `url` is a page of the app itself: any path of the app's scheme and host (a custom scheme's
 * origin reads "null" in Node, so scheme and host are compared), or any path on the dev server's origin.
 * No `file://` URL is the app.
 */
export function isAppUrl(url: string, location: AppLocation): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (location.kind === 'dev-server') return parsed.origin === location.origin;
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.port === ''
  );
}
