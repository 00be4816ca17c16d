import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  APP_SCHEME_LOCATION,
  type AppLocation,
  isAppUrl,
  resolveAppLocation,
} from '../../../main/electron/appLocation';

const indexUrl = 'sxw://app/index.html';
const packagedApp: AppLocation = APP_SCHEME_LOCATION;
const devApp: AppLocation = { kind: 'dev-server', origin: 'http://localhost:5173', url: 'http://localhost:5173/' };

describe('resolveAppLocation', () => {
  it('loads the built app through its own scheme in a packaged app, even when ELECTRON_RENDERER_URL is set', () => {
    expect(resolveAppLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toEqual(packagedApp);
    expect(packagedApp.url).toBe(indexUrl);
  });

  it('uses the loopback dev server in an unpackaged app', () => {
    expect(resolveAppLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toEqual(devApp);
  });

  it('ignores a dev server URL that is not on loopback or not http(s)', () => {
    for (const devServerUrl of ['http://evil.example:5173', 'file:///tmp/x.html', 'javascript:alert(1)', 'not a url']) {
      expect(resolveAppLocation({ isPackaged: false, devServerUrl })).toEqual(packagedApp);
    }
  });
});

describe('isAppUrl', () => {
  it('accepts the app index with any hash route or query, and the app’s other files', () => {
    expect(isAppUrl(indexUrl, packagedApp)).toBe(true);
    expect(isAppUrl(`${indexUrl}#/clients/cl_1`, packagedApp)).toBe(true);
    expect(isAppUrl(`${indexUrl}?x=1`, packagedApp)).toBe(true);
    expect(isAppUrl('sxw://app/assets/index-abc.js', packagedApp)).toBe(true);
  });

  it('refuses every file:// URL, even the built index.html, and another host or port of the scheme', () => {
    const builtIndex = pathToFileURL('/opt/SX Workbench/resources/app.asar/out/renderer/index.html').href;
    expect(isAppUrl(builtIndex, packagedApp)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', packagedApp)).toBe(false);
    expect(isAppUrl('sxw://evil/index.html', packagedApp)).toBe(false);
    expect(isAppUrl('sxw://app:81/index.html', packagedApp)).toBe(false);
    expect(isAppUrl('sxw://user@app/index.html', packagedApp)).toBe(false);
    expect(isAppUrl('https://app/index.html', packagedApp)).toBe(false);
  });

  it('accepts any path on the dev server origin and nothing else', () => {
    expect(isAppUrl('http://localhost:5173/#/settings', devApp)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', devApp)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', devApp)).toBe(false);
    expect(isAppUrl(indexUrl, devApp)).toBe(false);
  });

  it('refuses malformed URLs', () => {
    expect(isAppUrl('', packagedApp)).toBe(false);
    expect(isAppUrl('::::', devApp)).toBe(false);
  });
});
