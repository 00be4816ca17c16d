import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../main/electron/webPreferences';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs');

  it('isolates the renderer: context isolation and the Chromium sandbox on, no Node anywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content and webviews', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('has no remote module and no spellchecker (which would download dictionaries)', () => {
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    expect(prefs.spellcheck).toBe(false);
  });

  it('loads the preload path it is given', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });
});
