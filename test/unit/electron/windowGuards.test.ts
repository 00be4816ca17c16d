import { describe, expect, it, vi } from 'vitest';
import { APP_SCHEME_LOCATION, type AppLocation } from '../../../main/electron/appLocation';
import { type GuardableWebContents, guardWebContents } from '../../../main/electron/windowGuards';

const location: AppLocation = APP_SCHEME_LOCATION;

function fakeWebContents() {
  const listeners = new Map<string, (event: { url: string; isMainFrame: boolean; preventDefault(): void }) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on: (event: string, listener: (event: { url: string; isMainFrame: boolean; preventDefault(): void }) => void) => {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' }) => {
      openHandler = handler;
    },
  } as GuardableWebContents;
  const emit = (name: string, url: string, isMainFrame = true) => {
    const event = { url, isMainFrame, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault;
  };
  return { contents, emit, open: (url: string) => openHandler?.({ url }) };
}

describe('guardWebContents', () => {
  it('lets the app navigate within itself', () => {
    const { contents, emit } = fakeWebContents();
    const openExternal = vi.fn();
    guardWebContents(contents, location, openExternal, () => {});
    expect(emit('will-navigate', 'sxw://app/index.html#/settings')).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('stops navigation away from the app in will-frame-navigate, opening only https links in the browser', () => {
    const { contents, emit } = fakeWebContents();
    const openExternal = vi.fn();
    guardWebContents(contents, location, openExternal, () => {});
    expect(emit('will-frame-navigate', 'https://example.com/')).toHaveBeenCalled();
    expect(emit('will-frame-navigate', 'file:///home/user/evil.html')).toHaveBeenCalled();
    expect(emit('will-frame-navigate', 'http://example.com/')).toHaveBeenCalled();
    expect(emit('will-frame-navigate', 'sxw://app/index.html#/clients')).not.toHaveBeenCalled();
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('keeps a subframe on the app’s own pages and opens nothing from one', () => {
    const { contents, emit } = fakeWebContents();
    const openExternal = vi.fn();
    const log = vi.fn();
    guardWebContents(contents, location, openExternal, log);
    expect(emit('will-frame-navigate', 'https://example.com/', false)).toHaveBeenCalled();
    expect(emit('will-frame-navigate', 'file:///etc/passwd', false)).toHaveBeenCalled();
    expect(emit('will-frame-navigate', 'sxw://app/index.html', false)).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('Blocked frame navigation to https://example.com/');
  });

  it('stops navigation away from the app in will-navigate too, without opening it a second time', () => {
    const { contents, emit } = fakeWebContents();
    const openExternal = vi.fn();
    guardWebContents(contents, location, openExternal, () => {});
    expect(emit('will-navigate', 'https://example.com/')).toHaveBeenCalled();
    expect(emit('will-navigate', 'file:///home/user/evil.html')).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('stops redirects out of the app without opening them', () => {
    const { contents, emit } = fakeWebContents();
    const openExternal = vi.fn();
    guardWebContents(contents, location, openExternal, () => {});
    expect(emit('will-redirect', 'https://example.com/')).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses webviews', () => {
    const { contents, emit } = fakeWebContents();
    guardWebContents(contents, location, vi.fn(), () => {});
    expect(emit('will-attach-webview', '')).toHaveBeenCalled();
  });

  it('denies every window.open and hands only https URLs to the browser', () => {
    const { contents, open } = fakeWebContents();
    const openExternal = vi.fn();
    const log = vi.fn();
    guardWebContents(contents, location, openExternal, log);
    expect(open('https://example.com/report')).toEqual({ action: 'deny' });
    expect(open('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/report']]);
    expect(log).toHaveBeenCalledTimes(2);
  });
});
