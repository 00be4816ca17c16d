import type { i18n as I18n } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../shared/domain/countryNames';
import { LOCALES } from '../../../shared/domain/dates';
import type { Language } from '../../../shared/domain/identifiers';
import { useLanguage } from './i18n';

/**
 * Numbers and dates in the UI language (decimal comma and dot grouping in Dutch; British English), never in
 * the browser's own locale. Calendar dates
 * (`YYYY-MM-DD`) are shown as the same day everywhere, so they are formatted in UTC, never shifted by
 * the time zone; timestamps are shown in local time.
 */
export interface Formatters {
  language: Language;
  number(value: number): string;
  date(isoDate: string | null | undefined): string;
  dateTime(isoTimestamp: string | null | undefined): string;
  /** The local calendar day of a timestamp, for dense tables. */
  dateOf(isoTimestamp: string | null | undefined): string;
  period(startsOn: string | null, endsOn: string | null): string;
  /** A plural sentence such as "1,234 clients", with the number formatted (i18next would print 1234). */
  count(key: string, count: number): string;
  /** A figure with a fixed number of decimals ("3,45" in Dutch); "—" for no value. */
  decimal(value: number | null | undefined, fractionDigits?: number): string;
  /** A change with its sign ("+0,40", "−0,25"); "—" for no value. */
  signed(value: number | null | undefined, fractionDigits?: number): string;
  /** A share as a whole percentage ("75 %" in Dutch, "75%" in English). */
  percent(share: number): string;
}

/** A formatter made on its first use: a screen pays for the ones it shows (making one is not free). */
function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

export function createFormatters(language: Language, t: (key: string, options?: object) => string): Formatters {
  const locale = LOCALES[language];
  const numbers = onFirstUse(() => new Intl.NumberFormat(locale));
  const dates = onFirstUse(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  const timestamps = onFirstUse(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const days = onFirstUse(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  const timestamp = (iso: string | null | undefined, formatter: () => Intl.DateTimeFormat) => {
    if (!iso) return none;
    const parsed = new Date(iso);
    return Number.isNaN(parsed.getTime()) ? iso : formatter().format(parsed);
  };
  const none = t('common.none');
  const fixed = new Map<number, Intl.NumberFormat>();
  const decimal = (value: number | null | undefined, fractionDigits = 2) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return none;
    let f = fixed.get(fractionDigits);
    if (!f) {
      f = new Intl.NumberFormat(locale, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      });
      fixed.set(fractionDigits, f);
    }
    return f.format(value);
  };
  const percents = onFirstUse(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const date = (isoDate: string | null | undefined) => {
    if (!isoDate) return none;
    const parsed = new Date(`${isoDate}T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) ? isoDate : dates().format(parsed);
  };
  return {
    language,
    number: (value) => numbers().format(value),
    date,
    dateTime: (isoTimestamp) => timestamp(isoTimestamp, timestamps),
    dateOf: (isoTimestamp) => timestamp(isoTimestamp, days),
    period(startsOn, endsOn) {
      if (!startsOn && !endsOn) return none;
      return `${startsOn ? date(startsOn) : '…'} – ${endsOn ? date(endsOn) : '…'}`;
    },
    // `replace` feeds interpolation while `count` still chooses the plural form.
    count: (key, count) => t(key, { count, replace: { count: numbers().format(count) } }),
    decimal,
    signed(value, fractionDigits = 2) {
      if (typeof value !== 'number' || !Number.isFinite(value)) return none;
      // What rounds to zero carries no sign; a true minus sign reads better than a hyphen.
      if (Math.abs(value) < 0.5 * 10 ** -fractionDigits) return decimal(0, fractionDigits);
      return `${value > 0 ? '+' : '−'}${decimal(Math.abs(value), fractionDigits)}`;
    },
    percent: (share) => percents().format(share),
  };
}

/**
 * One set of formatters per window and language: a list's every row asks for them, and each `Intl`
 * formatter costs a fraction of a millisecond to make (enough to be seen on a first screen of 100 rows).
 */
const shared = new WeakMap<I18n, Map<Language, Formatters>>();

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = useLanguage();
  return useMemo(() => {
    let byLanguage = shared.get(i18n);
    if (!byLanguage) shared.set(i18n, (byLanguage = new Map()));
    const cached = byLanguage.get(language);
    if (cached) return cached;
    const formatters = createFormatters(
      language,
      i18n.getFixedT(language) as (key: string, options?: object) => string,
    );
    // Kept only once the language's strings are in: the formatters read "—" from them when made.
    if (i18n.hasResourceBundle(language, 'translation')) byLanguage.set(language, formatters);
    return formatters;
  }, [i18n, language]);
}

/**
 * The first `Intl` object a window makes pays for loading the ICU data: 50–90 ms in Chromium for the first
 * number format, 5–20 ms more for the first date format and country names; any later one, in any locale,
 * costs well under a millisecond. Called while the first screen's data is on its way (main.tsx), so the
 * first render, which counts and dates rows, does not pay for it.
 */
export function warmUpIntl(language: Language): void {
  const locale = LOCALES[language];
  new Intl.NumberFormat(locale).format(1);
  new Intl.PluralRules(locale).select(1);
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(0);
  countryName('NL', language);
}
