import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Language, languageForLocale, LANGUAGES } from '../../../shared/domain/identifiers';
import { createI18n } from '../../../shared/i18n';

/**
 * The screen's own i18next instance (the shared setup of shared/i18n, one instance per window so a report
 * in another language never switches the screen). It starts in the browser's language so the first
 * "Loading…" reads right, and switches to the settings' effective language once those are loaded.
 */
export function createUiI18n(initial: Language = languageForLocale(globalThis.navigator?.language)): I18n {
  return createI18n(initial);
}

function asLanguage(value: string | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'en';
}

/** The UI language now showing; every Intl formatter takes it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return asLanguage(i18n.resolvedLanguage ?? i18n.language);
}
