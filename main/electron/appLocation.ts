import { pathToFileURL } from 'node:url';

/**
 * Where the renderer is loaded from. Every guard (navigation, IPC sender, CSP) asks "is this URL the app?"
 * against this one value, so the dev server and the packaged file can never be confused.
 */
export type AppLocation = { kind: 'file'; indexUrl: string } | { kind: 'dev-server'; origin: string; url: string };

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
 * The renderer's location: the built `index.html`, or — only in an unpackaged app — electron-vite's dev
 * server (`ELECTRON_RENDERER_URL`). A packaged app ignores the variable: it must never load anything but
 * the files it shipped with.
 */
export function resolveAppLocation(options: {
  isPackaged: boolean;
  devServerUrl: string | undefined;
  indexHtmlPath: string;
}): AppLocation {
  const dev = !options.isPackaged && options.devServerUrl ? parseUrl(options.devServerUrl) : null;
  if (dev && (dev.protocol === 'http:' || dev.protocol === 'https:') && LOOPBACK_HOSTS.has(dev.hostname)) {
    return { kind: 'dev-server', origin: dev.origin, url: dev.href };
  }
  return { kind: 'file', indexUrl: pathToFileURL(options.indexHtmlPath).href };
}

/**
 * True when `url` is a page of the app itself: the same `index.html` file (any hash route or query), or any
 * path on the dev server's origin. Another file on disk is not the app, even next to index.html.
 */
export function isAppUrl(url: string, location: AppLocation): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (location.kind === 'dev-server') return parsed.origin === location.origin;
  const index = new URL(location.indexUrl);
  return parsed.protocol === 'file:' && parsed.host === index.host && parsed.pathname === index.pathname;
}
