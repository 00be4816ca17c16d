import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, appSchemeResponse } from '../../../main/electron/appScheme';

const dir = path.resolve('/opt/SX Workbench/resources/app.asar/out/renderer');

describe('appSchemeResponse (sxw://app/…)', () => {
  it('answers the index for / and the build’s files with their type and the app’s policy', () => {
    expect(appSchemeResponse('sxw://app/', dir)).toMatchObject({ status: 200, file: path.join(dir, 'index.html') });
    const index = appSchemeResponse('sxw://app/index.html#/clients', dir);
    expect(index).toMatchObject({ status: 200, file: path.join(dir, 'index.html') });
    expect(index.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(index.headers['Content-Security-Policy']).toContain("script-src 'self'");
    expect(index.headers['Content-Security-Policy']).not.toContain('file:');
    expect(appSchemeResponse('sxw://app/assets/index-abc.js?v=1', dir)).toMatchObject({
      status: 200,
      file: path.join(dir, 'assets', 'index-abc.js'),
      headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    });
  });

  it.each([
    'sxw://app/../../../etc/passwd',
    'sxw://app/assets/%2e%2e/%2e%2e/%2e%2e/secret',
    'sxw://app/%2E%2E/x',
    'sxw://app/assets/..%2f..%2f..%2fsecret',
  ])('never leaves the build folder: %s', (url) => {
    const answer = appSchemeResponse(url, dir);
    if (answer.status === 200) expect(answer.file.startsWith(dir + path.sep)).toBe(true);
    else expect([400, 404]).toContain(answer.status);
  });

  it.each(['sxw://app/a%00.html', 'sxw://app/a%5cb', 'sxw://app/%E0%A4%A', 'not a url'])(
    'refuses %s as a bad request',
    (url) => {
      expect(appSchemeResponse(url, dir).status).toBe(400);
    },
  );

  it('answers nothing for another host or scheme', () => {
    expect(appSchemeResponse('sxw://evil/index.html', dir).status).toBe(404);
    expect(appSchemeResponse('file:///opt/index.html', dir).status).toBe(404);
  });

  it('is registered as a standard, secure scheme that cannot bypass the policy or run service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'sxw',
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        bypassCSP: false,
        allowServiceWorkers: false,
        corsEnabled: false,
        stream: false,
      },
    });
  });
});
