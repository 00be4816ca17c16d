import type { BackendModule, i18n as I18n, ResourceKey } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Language, languageForLocale, LANGUAGES } from '../../../shared/domain/identifiers';
import { createI18nInstance } from '../../../shared/i18n/instance';

/** Each language's strings are a script of their own: a window loads the one it shows (about 100 KB each). */
function languageStrings(language: Language): Promise<ResourceKey> {
  return language === 'nl'
    ? import('../../../shared/i18n/nl').then((m) => m.nl)
    : import('../../../shared/i18n/en').then((m) => m.en);
}

const languageScripts: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    languageStrings(asLanguage(language)).then(
      (strings) => callback(null, strings),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/**
 * The screen's own i18next instance (the shared setup of shared/i18n, one instance per window so a report
 * in another language never switches the screen). It starts in the browser's language so the first
 * "Loading…" reads right, and switches to the settings' effective language once those are loaded
 * (`changeLanguage` loads that language's script first). Resolves once the first language is in.
 */
export async function startUiI18n(
  initial: Language = languageForLocale(globalThis.navigator?.language),
): Promise<I18n> {
  // Asked for now: i18next's own load starts a task later, behind the first screen's API calls. A failure
  // is reported by that load (the same module promise), not here.
  languageStrings(initial).catch(() => {});
  const { instance, ready } = createI18nInstance(initial, { backend: languageScripts });
  await ready;
  return instance;
}

function asLanguage(value: string | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'en';
}

/** The UI language now showing; every Intl formatter takes it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return asLanguage(i18n.resolvedLanguage ?? i18n.language);
}
