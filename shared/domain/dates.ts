import type { Language } from './identifiers';

/**
 * Dates a consultant types: the years a round or an engagement may plausibly lie in (a typo such as 1999 or
 * 9999 is refused, not carried onto a report's cover), and day-month-year text in the UI language's order,
 * whatever the browser's locale.
 */
export const PLAUSIBLE_YEARS = { from: 2000, to: 2100 } as const;

/** The locale each UI language writes numbers and dates in (British English, as the reports do). */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** How a date is typed: Dutch 02-03-2026, British 02/03/2026. */
const SEPARATOR: Record<Language, string> = { nl: '-', en: '/' };

export function inPlausibleYears(iso: string): boolean {
  const year = Number.parseInt(iso.slice(0, 4), 10);
  return year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` as the language writes it in a field: "02-03-2026" (nl), "02/03/2026" (en). */
export function formatDayMonthYear(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const s = SEPARATOR[language];
  return `${match[3]}${s}${match[2]}${s}${match[1]}`;
}

export type TypedDate =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** Read as day, month and year, but no such day exists (30 February, 31 April, month 13). */
  | { kind: 'impossible'; day: number; month: number; year: number }
  | { kind: 'unreadable' };

/**
 * A typed date, day first as both UI languages write it: "2-3-2026", "02/03/2026", "2.3.2026" or
 * "2 3 2026"; an ISO date ("2026-03-02", as pasted from a file) is read too. The year must be written in
 * full: "2-3-26" is unreadable rather than guessed.
 */
export function parseDayMonthYear(text: string): TypedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dayFirst = /^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})$/.exec(trimmed);
  const parts = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : dayFirst
      ? { day: Number(dayFirst[1]), month: Number(dayFirst[2]), year: Number(dayFirst[3]) }
      : null;
  if (!parts) return { kind: 'unreadable' };
  const { day, month, year } = parts;
  const candidate = new Date(Date.UTC(year, month - 1, day));
  const exists =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    candidate.getUTCFullYear() === year &&
    candidate.getUTCMonth() === month - 1 &&
    candidate.getUTCDate() === day;
  if (!exists) return { kind: 'impossible', day, month, year };
  return { kind: 'date', iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** Whether a calendar date lies within a period whose ends may be open (null). */
export function withinPeriod(iso: string, startsOn: string | null, endsOn: string | null): boolean {
  return (startsOn === null || iso >= startsOn) && (endsOn === null || iso <= endsOn);
}
