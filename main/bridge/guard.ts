import { timingSafeEqual } from 'node:crypto';

/**
 * The loopback bridge's request checks, pure so each is unit-tested. The bridge listens on 127.0.0.1 only;
 * these checks add what binding alone cannot: a page on another site cannot reach it through DNS
 * rebinding (Host check), nor call the API from the user's browser (token and Origin checks).
 */

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostAllowed(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).has(host.toLowerCase());
}

/** Browsers send Origin on cross-site POSTs; a same-origin page may send it too. Absent is fine (CLI, curl). */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function tokenMatches(header: string | undefined, token: string): boolean {
  if (!header) return false;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The file under `root` a URL path names, or null when it would leave `root` (../, encoded or not). */
export function staticPath(root: string, urlPath: string, join: (...p: string[]) => string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s.includes('\\'))) return null;
  return segments.length === 0 ? join(root, 'index.html') : join(root, ...segments);
}
