import { describe, expect, it } from 'vitest';
import { APP_SCHEME_LOCATION, type AppLocation } from '../../../main/electron/appLocation';
import {
  decideFrameNavigation,
  decideNavigation,
  decideRedirect,
  decideWindowOpen,
} from '../../../main/electron/navigationGuard';

const packagedApp: AppLocation = APP_SCHEME_LOCATION;
const devApp: AppLocation = { kind: 'dev-server', origin: 'http://localhost:5173', url: 'http://localhost:5173/' };

describe('decideNavigation (will-navigate)', () => {
  it('lets the app reload itself', () => {
    expect(decideNavigation('sxw://app/index.html#/clients', packagedApp)).toEqual({
      allow: true,
      openExternally: false,
    });
    expect(decideNavigation('http://localhost:5173/', devApp)).toEqual({ allow: true, openExternally: false });
  });

  it('keeps an https link out of the window and sends it to the browser', () => {
    expect(decideNavigation('https://example.com/', packagedApp)).toEqual({ allow: false, openExternally: true });
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'sxw://evil',
    'not a url',
    'http://localhost:5174/',
  ])('denies %s without opening it anywhere', (url) => {
    expect(decideNavigation(url, packagedApp)).toEqual({ allow: false, openExternally: false });
    expect(decideNavigation(url, devApp)).toEqual({ allow: false, openExternally: false });
  });

  it('does not treat the dev server as the app when the app runs from a file', () => {
    expect(decideNavigation('http://localhost:5173/', packagedApp).allow).toBe(false);
  });
});

describe('decideRedirect (will-redirect)', () => {
  it('allows a redirect within the app and drops any other without opening it', () => {
    expect(decideRedirect('http://localhost:5173/#/home', devApp)).toEqual({ allow: true, openExternally: false });
    expect(decideRedirect('https://example.com/', devApp)).toEqual({ allow: false, openExternally: false });
  });
});

describe('decideWindowOpen (setWindowOpenHandler)', () => {
  it('always denies a new Electron window', () => {
    for (const url of ['https://example.com', 'sxw://app/index.html', 'about:blank', 'javascript:1']) {
      expect(decideWindowOpen(url).action).toBe('deny');
    }
  });

  it('hands only https URLs to the browser', () => {
    expect(decideWindowOpen('https://example.com').openExternally).toBe(true);
    expect(decideWindowOpen('http://example.com').openExternally).toBe(false);
    expect(decideWindowOpen('file:///C:/x.exe').openExternally).toBe(false);
    expect(decideWindowOpen('javascript:alert(1)').openExternally).toBe(false);
    expect(decideWindowOpen('zoommtg://join').openExternally).toBe(false);
    expect(decideWindowOpen('::bad::').openExternally).toBe(false);
  });
});

describe('decideFrameNavigation (will-frame-navigate)', () => {
  it('treats the main frame as will-navigate does', () => {
    expect(decideFrameNavigation('https://example.com/', true, packagedApp)).toEqual({
      allow: false,
      openExternally: true,
    });
    expect(decideFrameNavigation('sxw://app/index.html', true, packagedApp)).toEqual({
      allow: true,
      openExternally: false,
    });
  });

  it('lets a subframe show only the app’s own pages, and never opens anything from one', () => {
    expect(decideFrameNavigation('sxw://app/index.html', false, packagedApp)).toEqual({
      allow: true,
      openExternally: false,
    });
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'sxw://evil/',
      'about:blank',
      'data:text/html,x',
    ]) {
      expect(decideFrameNavigation(url, false, packagedApp)).toEqual({ allow: false, openExternally: false });
    }
  });
});
