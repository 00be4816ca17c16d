import type { WebPreferences } from 'electron';

/**
 * The only web preferences a workbench window is created with (Electron security checklist 2–4, 6, 8).
 * The renderer is a plain web page: no Node, its own JS world, Chromium's sandbox; everything it needs
 * goes through the one `sxw.call` exposed by the preload. There is no `enableRemoteModule`: the remote
 * module was removed from Electron and must not come back through @electron/remote either.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Dropping a file on the window would otherwise navigate to it; the navigation guard would stop it,
    // but not navigating at all is the quieter failure.
    navigateOnDragDrop: false,
    // The spellchecker downloads dictionaries from Google on first use; the workbench stays offline.
    spellcheck: false,
  };
}
