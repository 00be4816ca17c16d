import { TextInput, type TextInputProps } from '@mantine/core';
import { type FocusEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/identifiers';
import {
  formatDayMonthYear,
  inPlausibleYears,
  LOCALES,
  PLAUSIBLE_YEARS,
  parseDayMonthYear,
  type TypedDate,
} from '../../../shared/domain/dates';
import { useLanguage } from '../i18n/i18n';

/**
 * A date typed as the UI language writes it (02-03-2026 in Dutch, 02/03/2026 in English), whatever the
 * browser's locale. It replaces `<input type="date">`, which Chromium shows in the browser's order
 * (mm/dd/yyyy on an English system, also in the Dutch UI) and which reports an empty value for a day that
 * does not exist — so 30 February was cleared without a word. Here such a day is said to be impossible and
 * stays in the field; the form receives the typed text, which its schema refuses, so nothing is saved.
 */
export function DateField({
  value,
  onChange,
  error,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  /** `YYYY-MM-DD`, '' for none, or text that is not (yet) a date. */
  value: string;
  onChange(value: string): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const shown = (v: string) => (parseDayMonthYear(v).kind === 'date' ? formatDayMonthYear(v, language) : v);
  const [text, setText] = useState(() => shown(value));
  const [touched, setTouched] = useState(false);

  // A value set from outside (a reset, another language) replaces the text unless it is what was typed.
  useEffect(() => {
    setText((current) => {
      const typed = parseDayMonthYear(current);
      const same = typed.kind === 'date' ? typed.iso === value : current === value || (current === '' && value === '');
      return same ? current : shown(value);
    });
    // `shown` only depends on the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, language]);

  const typed = parseDayMonthYear(text);
  const own = touched ? problemOf(typed, language) : null;
  const ownText = own ? t(`validation.${own.code}`, own.params) : undefined;

  return (
    <TextInput
      {...props}
      value={text}
      placeholder={t('validation.datePattern')}
      inputMode="numeric"
      autoComplete="off"
      error={ownText ?? error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const read = parseDayMonthYear(next);
        onChange(read.kind === 'date' ? read.iso : read.kind === 'empty' ? '' : next);
      }}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        setTouched(true);
        if (typed.kind === 'date') setText(formatDayMonthYear(typed.iso, language));
        props.onBlur?.(event);
      }}
    />
  );
}

/** What is wrong with the typed text on its own, before the form's own rules (order of dates …). */
type DateProblem = 'date_unreadable' | 'date_no_month' | 'date_impossible' | 'date_out_of_range';

function problemOf(
  typed: TypedDate,
  language: Language,
): { code: DateProblem; params: Record<string, unknown> } | null {
  switch (typed.kind) {
    case 'empty':
      return null;
    case 'unreadable':
      return { code: 'date_unreadable', params: {} };
    case 'impossible': {
      if (typed.month < 1 || typed.month > 12) return { code: 'date_no_month', params: { month: typed.month } };
      const month = new Intl.DateTimeFormat(LOCALES[language], { month: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2000, typed.month - 1, 1)),
      );
      return { code: 'date_impossible', params: { day: typed.day, month, year: typed.year } };
    }
    case 'date':
      return inPlausibleYears(typed.iso) ? null : { code: 'date_out_of_range', params: PLAUSIBLE_YEARS };
  }
}
