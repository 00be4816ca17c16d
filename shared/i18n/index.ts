import type { i18n as I18n, TFunction } from 'i18next';
import type { Language } from '../domain/identifiers';
import { en } from './en';
import { createI18nInstance } from './instance';
import { nl } from './nl';

export const resources = { en: { translation: en }, nl: { translation: nl } } as const;

/**
 * A fresh i18next instance. The UI, the CLI and reports each make their own, so a report in Dutch never
 * switches the language of the screen behind it.
 */
export function createI18n(language: Language): I18n {
  return createI18nInstance(language, { resources }).instance;
}

const translators = new Map<Language, TFunction>();

/**
 * A shared translate function per language for code that only reads strings (reports, the CLI, default
 * labels): one i18next instance each, made once, because making one costs milliseconds.
 */
export function translator(language: Language): TFunction {
  let t = translators.get(language);
  if (!t) translators.set(language, (t = createI18n(language).t));
  return t;
}

export { en, nl };
