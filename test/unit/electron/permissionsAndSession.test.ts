import { describe, expect, it, vi } from 'vitest';
import { APP_SCHEME_LOCATION } from '../../../main/electron/appLocation';
import { PRODUCTION_CSP } from '../../../main/electron/contentSecurityPolicy';
import { denyPermissionCheck, denyPermissionRequest } from '../../../main/electron/permissions';
import { type GuardableSession, guardSession } from '../../../main/electron/windowGuards';

describe('permission handlers', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies a request for %s',
    (permission) => {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers every permission check with no', () => {
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('guardSession', () => {
  function fakeSession() {
    const installed: {
      request?: Parameters<GuardableSession['setPermissionRequestHandler']>[0];
      check?: Parameters<GuardableSession['setPermissionCheckHandler']>[0];
      headers?: Parameters<GuardableSession['webRequest']['onHeadersReceived']>[0];
    } = {};
    const session: GuardableSession = {
      setPermissionRequestHandler: (handler) => void (installed.request = handler),
      setPermissionCheckHandler: (handler) => void (installed.check = handler),
      webRequest: { onHeadersReceived: (listener) => void (installed.headers = listener) },
    };
    return { session, installed };
  }

  it('installs the deny-all permission handlers and the CSP on every response', () => {
    const { session, installed } = fakeSession();
    guardSession(session, APP_SCHEME_LOCATION);

    const granted = vi.fn();
    installed.request?.({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(installed.check?.()).toBe(false);

    const respond = vi.fn();
    installed.headers?.({ responseHeaders: { 'content-security-policy': ['default-src *'] } }, respond);
    expect(respond).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [PRODUCTION_CSP] } });
  });
});
