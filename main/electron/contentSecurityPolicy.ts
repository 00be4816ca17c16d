import { CONTENT_SECURITY_POLICY } from '../security/csp';
import type { AppLocation } from './appLocation';

/**
 * The app's one policy (main/security/csp.ts, also served by the loopback bridge and repeated in
 * renderer/index.html's meta tag). As a response header it also covers `frame-ancestors`, which a meta
 * tag cannot set.
 */
export const PRODUCTION_CSP = CONTENT_SECURITY_POLICY;

/**
 * The policy for a location. Under the dev server Vite's React refresh injects an inline preamble script
 * and hot reload talks over a websocket to the same host, so exactly those two are added — never in a
 * packaged app, which always loads from a file.
 */
export function contentSecurityPolicy(location: AppLocation): string {
  if (location.kind !== 'dev-server') return PRODUCTION_CSP;
  const ws = location.origin.replace(/^http/, 'ws');
  return PRODUCTION_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${ws}`,
  );
}

/**
 * Response headers with our policy in place of any the response carried (header names are
 * case-insensitive; a second, laxer policy from the server must not survive next to ours).
 */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
  policy: string,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue;
    result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
