import type { TFunction } from 'i18next';
import { countryName } from '../../../shared/domain/countryNames';
import {
  COUNTRIES,
  ENGAGEMENT_PURPOSES,
  ENGAGEMENT_STATUSES,
  type Language,
  SECTORS,
  SIZE_BANDS,
} from '../../../shared/domain/identifiers';

/** Options for selects and filters: contract ids as values, their labels from the resources. */
export interface Option {
  value: string;
  label: string;
}

import { sectorLabel } from '../../../shared/i18n/labels';

export { sectorLabel };

export const sectorOptions = (t: TFunction): Option[] => SECTORS.map((s) => ({ value: s, label: sectorLabel(t, s) }));

export const sizeBandOptions = (t: TFunction): Option[] =>
  SIZE_BANDS.map((b) => ({ value: b, label: t(`sizeBands.${b}`) }));

export const purposeOptions = (t: TFunction): Option[] =>
  ENGAGEMENT_PURPOSES.map((p) => ({ value: p, label: t(`purposes.${p}`) }));

export const statusOptions = (t: TFunction): Option[] =>
  ENGAGEMENT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }));

const countryOptionCache = new Map<Language, Option[]>();

/** Every ISO country, named and sorted in the UI language ("Nederland" sorts under N in Dutch). */
export function countryOptions(language: Language): Option[] {
  let options = countryOptionCache.get(language);
  if (!options) {
    const collator = new Intl.Collator(language);
    options = COUNTRIES.map((c) => ({ value: c, label: countryName(c, language) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
    countryOptionCache.set(language, options);
  }
  return options;
}
