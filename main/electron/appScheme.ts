import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

/**
 * The packaged window loads the app from its own scheme, `sxw://app/…`, never from `file://`: under
 * `file://`, `'self'` in the Content-Security-Policy — and Chromium's extra file privileges — cover every
 * file on the disk; under this scheme the page's origin is `sxw://app` and `'self'` covers the renderer's
 * own files only, served by `appSchemeResponse` from the build folder and nothing beside it.
 */
export const APP_SCHEME = 'sxw';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * For `protocol.registerSchemesAsPrivileged` (before the app is ready): a standard, secure scheme — it
 * has an origin, so `'self'`, relative URLs and module scripts work — and nothing more: no bypass of the
 * CSP, no service workers, no CORS to other origins, no streaming from elsewhere.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    bypassCSP: false,
    allowServiceWorkers: false,
    corsEnabled: false,
    stream: false,
  },
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppSchemeResponse =
  | { status: 200; file: string; headers: Record<string, string> }
  | { status: 400 | 404; headers: Record<string, string> };

/** Headers on every answer of the scheme; the policy is the app's one (main/security/csp.ts). */
const COMMON_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Which file of `rendererDir` answers a request to the scheme, or why none does: another host, a path
 * that is not valid percent-encoding, that holds a NUL or a backslash, or that would leave the folder
 * (`..`, also encoded) is refused; `/` is the index. Whether the file exists is the caller's question.
 */
export function appSchemeResponse(url: string, rendererDir: string): AppSchemeResponse {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400, headers: COMMON_HEADERS };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { status: 404, headers: COMMON_HEADERS };
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return { status: 400, headers: COMMON_HEADERS };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { status: 400, headers: COMMON_HEADERS };
  if (decoded.split('/').some((segment) => segment === '..')) return { status: 404, headers: COMMON_HEADERS };
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return { status: 404, headers: COMMON_HEADERS };
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return { status: 200, file, headers: { ...COMMON_HEADERS, 'Content-Type': type } };
}
