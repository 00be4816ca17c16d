import { type AppLocation, isAppUrl } from './appLocation';
import { isSafeExternalUrl } from './externalLinks';

export interface NavigationDecision {
  /** Let the window itself go to the URL. */
  allow: boolean;
  /** Hand the URL to the user's browser instead. */
  openExternally: boolean;
}

/**
 * `will-navigate`: the window only ever shows the app. A click on an https link (an `<a href>` without
 * `target`) is what the user meant to open, so it goes to the browser; everything else is dropped.
 */
export function decideNavigation(url: string, location: AppLocation): NavigationDecision {
  if (isAppUrl(url, location)) return { allow: true, openExternally: false };
  return { allow: false, openExternally: isSafeExternalUrl(url) };
}

/**
 * `will-frame-navigate`, for every frame and before `will-navigate`: the main frame as in `decideNavigation`
 * (an https link goes to the browser); a subframe — the app has none, so one is an injected `<iframe>` or
 * an embedded page — may show the app's own pages only, and never opens anything.
 */
export function decideFrameNavigation(url: string, isMainFrame: boolean, location: AppLocation): NavigationDecision {
  if (isMainFrame) return decideNavigation(url, location);
  return { allow: isAppUrl(url, location), openExternally: false };
}

/**
 * `will-redirect`: a redirect is the server's choice, not the user's — it may stay inside the app, and
 * is otherwise dropped without opening anything.
 */
export function decideRedirect(url: string, location: AppLocation): NavigationDecision {
  return { allow: isAppUrl(url, location), openExternally: false };
}

/**
 * `setWindowOpenHandler`: the app never opens a second Electron window (it would escape the guards set on
 * this one); an https URL goes to the browser instead.
 */
export function decideWindowOpen(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) };
}
