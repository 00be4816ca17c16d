import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type AppLocation, isAppUrl, resolveAppLocation } from '../../../main/electron/appLocation';

const indexHtmlPath = '/opt/SX Workbench/resources/app.asar/out/renderer/index.html';
const indexUrl = pathToFileURL(indexHtmlPath).href;
const fileApp: AppLocation = { kind: 'file', indexUrl };
const devApp: AppLocation = { kind: 'dev-server', origin: 'http://localhost:5173', url: 'http://localhost:5173/' };

describe('resolveAppLocation', () => {
  it('loads the built index.html in a packaged app, even when ELECTRON_RENDERER_URL is set', () => {
    expect(resolveAppLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173', indexHtmlPath })).toEqual(
      fileApp,
    );
  });

  it('uses the loopback dev server in an unpackaged app', () => {
    expect(resolveAppLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173', indexHtmlPath })).toEqual(
      devApp,
    );
  });

  it('ignores a dev server URL that is not on loopback or not http(s)', () => {
    for (const devServerUrl of ['http://evil.example:5173', 'file:///tmp/x.html', 'javascript:alert(1)', 'not a url']) {
      expect(resolveAppLocation({ isPackaged: false, devServerUrl, indexHtmlPath })).toEqual(fileApp);
    }
  });
});

describe('isAppUrl', () => {
  it('accepts the app index with any hash route or query', () => {
    expect(isAppUrl(indexUrl, fileApp)).toBe(true);
    expect(isAppUrl(`${indexUrl}#/clients/cl_1`, fileApp)).toBe(true);
    expect(isAppUrl(`${indexUrl}?x=1`, fileApp)).toBe(true);
  });

  it('refuses another file, even next to index.html', () => {
    expect(isAppUrl(pathToFileURL('/opt/SX Workbench/resources/app.asar/out/renderer/other.html').href, fileApp)).toBe(
      false,
    );
    expect(isAppUrl('file:///etc/passwd', fileApp)).toBe(false);
    expect(isAppUrl(indexUrl.replace('file:///', 'file://remote-host/'), fileApp)).toBe(false);
  });

  it('accepts any path on the dev server origin and nothing else', () => {
    expect(isAppUrl('http://localhost:5173/#/settings', devApp)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', devApp)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', devApp)).toBe(false);
    expect(isAppUrl(indexUrl, devApp)).toBe(false);
  });

  it('refuses malformed URLs', () => {
    expect(isAppUrl('', fileApp)).toBe(false);
    expect(isAppUrl('::::', devApp)).toBe(false);
  });
});
