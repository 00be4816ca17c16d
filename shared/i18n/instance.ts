import { createInstance, type i18n as I18n, type InitOptions, type Module } from 'i18next';
import type { Language } from '../domain/identifiers';

/** The options every i18next instance of the workbench shares: UI, CLI and reports alike. */
export const I18N_OPTIONS = {
  fallbackLng: false,
  ns: ['translation'],
  defaultNS: 'translation',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
} as const satisfies InitOptions;

/**
 * An instance with the given resources, or with a backend module that loads them (the renderer loads only
 * the language it shows). Without a backend, `init` finishes before this returns.
 */
export function createI18nInstance(
  language: Language,
  source: { resources: InitOptions['resources'] } | { backend: Module },
): { instance: I18n; ready: Promise<unknown> } {
  const instance = createInstance();
  if ('backend' in source) instance.use(source.backend);
  const ready = instance.init({
    ...I18N_OPTIONS,
    lng: language,
    ...('resources' in source ? { resources: source.resources, initAsync: false } : {}),
  });
  return { instance, ready };
}
