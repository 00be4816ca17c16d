import { z } from 'zod';
import type { Language } from '../domain/identifiers';

/**
 * Calendar quarters, the roadmap's unit of time, written `YYYY-Qn` (2027-Q1) in the API, the CLI and the
 * files (docs/roadmap.md "Quarters"). Arithmetic runs on a quarter's index (year × 4 + n − 1), so moving a
 * bar one quarter to the left across a year boundary is one subtraction.
 */

export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

const PATTERN = /^(\d{4})-Q([1-4])$/;
/** A roadmap for a year outside this range is a typing mistake, not a plan. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

export const QuarterSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((s) => parseQuarter(s) !== null, 'invalid_quarter')
  .transform((s) => s as Quarter);

export function parseQuarter(text: string): { year: number; quarter: 1 | 2 | 3 | 4 } | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  return { year, quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
}

export function isQuarter(text: string): text is Quarter {
  return parseQuarter(text) !== null;
}

/** Arithmetic accepts any four-digit year: a move past 2099 is refused by validation, not by a throw here. */
export function quarterIndex(q: string): number {
  const m = PATTERN.exec(q);
  if (!m) throw new Error(`Not a quarter: ${q}`);
  return Number(m[1]) * 4 + Number(m[2]) - 1;
}

export function quarterAt(index: number): Quarter {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}` as Quarter;
}

export function addQuarters(q: string, n: number): Quarter {
  return quarterAt(quarterIndex(q) + n);
}

/** Negative when `a` lies before `b`. */
export function compareQuarters(a: string, b: string): number {
  return quarterIndex(a) - quarterIndex(b);
}

/** Quarters from `a` to `b`, both included: 1 for a single quarter. */
export function quarterSpan(a: string, b: string): number {
  return quarterIndex(b) - quarterIndex(a) + 1;
}

/** The quarter a calendar date (`YYYY-MM-DD`) lies in. */
export function quarterOf(isoDate: string): Quarter {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}` as Quarter;
}

/** First day of the quarter, `YYYY-MM-DD`. */
export function quarterStart(q: string): string {
  const { year, quarter } = parseQuarter(q) ?? fail(q);
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** Last day of the quarter, `YYYY-MM-DD`. */
export function quarterEnd(q: string): string {
  const { year, quarter } = parseQuarter(q) ?? fail(q);
  const month = quarter * 3;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The quarters of a horizon, in order. */
export function quartersFrom(first: string, count: number): Quarter[] {
  const start = quarterIndex(first);
  return Array.from({ length: count }, (_, i) => quarterAt(start + i));
}

/** As a reader writes it: "K1 2027" in Dutch (kwartaal), "Q1 2027" in English. */
export function quarterLabel(q: string, language: Language): string {
  const parsed = parseQuarter(q);
  if (!parsed) return q;
  return `${language === 'nl' ? 'K' : 'Q'}${parsed.quarter} ${parsed.year}`;
}

function fail(q: string): never {
  throw new Error(`Not a quarter: ${q}`);
}
