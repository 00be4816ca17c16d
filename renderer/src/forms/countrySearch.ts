import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';

/** Lower case without accents, so "cura" finds "Curaçao" and "oster" finds "Österreich". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * How well a country's name answers what was typed, best first: its ISO code typed in full ("NL"), a name
 * that starts with it ("Neth" → Netherlands), a word that starts with it ("Neth" → Caribbean Netherlands),
 * then anywhere in the name; null when it does not match at all.
 */
export function countryMatchRank(label: string, code: string, search: string): number | null {
  const query = fold(search.trim());
  if (query === '') return 0;
  const name = fold(label);
  if (query.length === 2 && code.toLowerCase() === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.split(/[\s\-–(),.']+/).some((word) => word.startsWith(query))) return 2;
  if (name.includes(query)) return 3;
  return null;
}

/**
 * The country picker's filter: names that start with what was typed come first, each group in the list's
 * own (alphabetical) order, so typing "Neth" and Enter picks the Netherlands.
 */
export const filterCountries: OptionsFilter = ({ options, search, limit }) => {
  const ranked: { item: ComboboxParsedItem; rank: number; index: number }[] = [];
  options.forEach((item, index) => {
    if (!('value' in item)) return;
    const rank = countryMatchRank((item as ComboboxItem).label, (item as ComboboxItem).value, search);
    if (rank !== null) ranked.push({ item, rank, index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.slice(0, limit).map((r) => r.item);
};
