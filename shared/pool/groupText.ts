import type { TFunction } from 'i18next';
import { OTHER_COUNTRY } from './benchmarkCsv';
import type { Comparison } from './schemas';
import { countryName } from '../domain/countryNames';
import type { Language } from '../domain/identifiers';
import { sectorLabel } from '../i18n/labels';
import { keyFromData } from '../i18n/keys';

export type GroupFilters = Comparison['filters'];

export const NO_FILTERS: GroupFilters = { sector: [], size: [], country: [], from: null, to: null };

/** The comparison group a client is first compared with: its own sector and size band. */
export function ownGroup(client: { sector: string; sizeBand: string }): GroupFilters {
  return { ...NO_FILTERS, sector: [client.sector], size: [client.sizeBand] };
}

/** A pool country's name; `ZZ` is the format's "another country". */
export function poolCountryName(t: TFunction, code: string, language: Language): string {
  return code === OTHER_COUNTRY ? t('benchmarks.otherCountry') : countryName(code, language);
}

function yearsText(t: TFunction, f: GroupFilters): string | null {
  if (f.from !== null && f.to !== null) return t('benchmark.years', { from: f.from, to: f.to });
  if (f.from !== null) return t('benchmark.fromYear', { year: f.from });
  if (f.to !== null) return t('benchmark.toYear', { year: f.to });
  return null;
}

/**
 * A comparison group in words. `full`: every dimension, "all …" where there is no filter (the always
 * visible definition). Otherwise only the filters that apply plus the dimensions named in `mention` (a
 * widening suggestion: "K — Financial and insurance activities · all sizes").
 */
export function describeGroup(
  t: TFunction,
  language: Language,
  f: GroupFilters,
  options: { full?: boolean; mention?: readonly string[] } = {},
): string {
  const show = (dimension: string) => options.full === true || (options.mention ?? []).includes(dimension);
  const parts: string[] = [];
  if (f.sector.length > 0) parts.push(f.sector.map((s) => sectorLabel(t, s)).join(', '));
  else if (show('sector')) parts.push(t('benchmark.allSectors'));
  if (f.size.length > 0) parts.push(f.size.map((b) => t(keyFromData(`sizeBands.${b}`))).join(', '));
  else if (show('size')) parts.push(t('benchmark.allSizes'));
  if (f.country.length > 0) parts.push(f.country.map((c) => poolCountryName(t, c, language)).join(', '));
  else if (show('country')) parts.push(t('benchmark.allCountries'));
  const years = yearsText(t, f);
  if (years) parts.push(years);
  else if (show('years')) parts.push(t('benchmark.allYears'));
  return parts.length > 0 ? parts.join(' · ') : t('benchmark.wholePool');
}
