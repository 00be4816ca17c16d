import type { AppLocation } from './appLocation';
import { contentSecurityPolicy, withContentSecurityPolicy } from './contentSecurityPolicy';
import { decideFrameNavigation, decideNavigation, decideRedirect, decideWindowOpen } from './navigationGuard';
import { denyPermissionCheck, denyPermissionRequest } from './permissions';

/**
 * Attaches the pure guards to Electron objects. The parameter types are the few members used, so the
 * wiring itself is tested with fakes (Electron's Session and WebContents satisfy them).
 */

interface PreventableEvent {
  url: string;
  preventDefault(): void;
}

export interface GuardableSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
}

export interface GuardableWebContents {
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent & { isMainFrame: boolean }) => void): unknown;
  on(event: 'will-navigate', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Session-wide: every response carries our CSP, every permission is refused. */
export function guardSession(session: GuardableSession, location: AppLocation): void {
  const policy = contentSecurityPolicy(location);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
}

/** Per window: it shows the app and nothing else; https links go to the browser through `openExternal`. */
export function guardWebContents(
  contents: GuardableWebContents,
  location: AppLocation,
  openExternal: (url: string) => void,
  log: (message: string) => void,
): void {
  // Every frame's navigation, main frame included; Electron asks this before `will-navigate`, and a
  // navigation it stops never reaches `will-navigate`, so the https link opens once, from here.
  contents.on('will-frame-navigate', (event) => {
    const decision = decideFrameNavigation(event.url, event.isMainFrame, location);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally) openExternal(event.url);
    else log(`Blocked ${event.isMainFrame ? 'navigation' : 'frame navigation'} to ${event.url.slice(0, 200)}`);
  });
  // The second line for the main frame: stops what is not the app and opens nothing.
  contents.on('will-navigate', (event) => {
    if (decideNavigation(event.url, location).allow) return;
    event.preventDefault();
    log(`Blocked navigation to ${event.url.slice(0, 200)}`);
  });
  contents.on('will-redirect', (event) => {
    if (decideRedirect(event.url, location).allow) return;
    event.preventDefault();
    log(`Blocked redirect to ${event.url.slice(0, 200)}`);
  });
  // webviewTag is off in webPreferences; this also refuses one should that ever change.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) openExternal(url);
    else log(`Blocked window.open of ${url.slice(0, 200)}`);
    return { action: decision.action };
  });
}
