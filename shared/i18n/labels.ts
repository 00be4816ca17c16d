import type { TFunction } from 'i18next';
import { keyFromData } from './keys';

/** "A — Agriculture, forestry and fishing": the letter is what consultants and NACE tables use. */
export function sectorLabel(t: TFunction, sector: string): string {
  return `${sector} — ${t(keyFromData(`sectors.${sector}`))}`;
}
