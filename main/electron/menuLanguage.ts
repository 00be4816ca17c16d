import type { Language } from '../../shared/domain/identifiers';

export interface SettingsEvents {
  /** Calls the listener with every committed write; answers a function that stops listening. */
  subscribe(listener: (event: { entities: readonly string[] }) => void): () => void;
}

/**
 * Keeps the application menu in the language chosen in Settings. The menu is built once at start; after
 * that, every committed write to the settings — from the window, or from the CLI beside the app, which
 * reaches the same change events — is followed by a fresh read of the language, and the menu is built again
 * when it changed. Only the newest read is applied: two quick switches cannot leave the older language.
 * The UI's own strings follow the setting through the renderer; this is the native menu's share of it.
 */
export async function followSettingsLanguage(options: {
  events: SettingsEvents;
  readLanguage: () => Promise<Language>;
  apply: (language: Language) => void;
}): Promise<() => void> {
  let shown = await options.readLanguage();
  options.apply(shown);
  let latest = 0;
  return options.events.subscribe((event) => {
    if (!event.entities.includes('settings')) return;
    const read = ++latest;
    void options.readLanguage().then(
      (language) => {
        if (read !== latest || language === shown) return;
        shown = language;
        options.apply(language);
      },
      // A failed read leaves the menu as it is; the next settings change reads again.
      () => {},
    );
  });
}
