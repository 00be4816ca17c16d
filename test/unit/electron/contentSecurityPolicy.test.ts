import { describe, expect, it } from 'vitest';
import { APP_SCHEME_LOCATION } from '../../../main/electron/appLocation';
import {
  contentSecurityPolicy,
  PRODUCTION_CSP,
  withContentSecurityPolicy,
} from '../../../main/electron/contentSecurityPolicy';

const STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'none'";

describe('contentSecurityPolicy', () => {
  it('is the strict policy for the built app', () => {
    expect(PRODUCTION_CSP).toBe(STRICT);
    expect(contentSecurityPolicy(APP_SCHEME_LOCATION)).toBe(STRICT);
  });

  it('adds only inline scripts and the HMR websocket under the dev server', () => {
    const dev = contentSecurityPolicy({
      kind: 'dev-server',
      origin: 'http://localhost:5173',
      url: 'http://localhost:5173/',
    });
    expect(dev).toContain("script-src 'self' 'unsafe-inline';");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173;");
    expect(dev).not.toContain('unsafe-eval');
    expect(
      dev.replace("script-src 'self' 'unsafe-inline'", "script-src 'self'").replace(' ws://localhost:5173', ''),
    ).toBe(STRICT);
  });
});

describe('withContentSecurityPolicy', () => {
  it('sets the policy on a response without one and keeps other headers', () => {
    const headers = withContentSecurityPolicy({ 'Content-Type': ['text/html'] }, STRICT);
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [STRICT] });
  });

  it('replaces a laxer policy whatever the header case, including report-only', () => {
    const headers = withContentSecurityPolicy(
      {
        'content-security-policy': ['default-src *'],
        'CONTENT-SECURITY-POLICY-REPORT-ONLY': ['default-src *'],
      },
      STRICT,
    );
    expect(headers).toEqual({ 'Content-Security-Policy': [STRICT] });
  });

  it('copes with a response that has no headers at all', () => {
    expect(withContentSecurityPolicy(undefined, STRICT)).toEqual({ 'Content-Security-Policy': [STRICT] });
  });
});
