import type { Country, Language } from './identifiers';

const displayNames = new Map<Language, Intl.DisplayNames>();

/** Country name in the given language, from the runtime's ICU data (Node and Chromium both ship it). */
export function countryName(code: Country | string, language: Language): string {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    displayNames.set(language, names);
  }
  return names.of(code) ?? code;
}
