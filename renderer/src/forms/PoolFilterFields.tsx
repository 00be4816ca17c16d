import { Group, MultiSelect, NumberInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OTHER_COUNTRY } from '../../../shared/pool/benchmarkCsv';
import { MAX_YEAR, MIN_YEAR } from '../../../shared/pool/schemas';
import { filterCountries } from './countrySearch';
import { useLanguage } from '../i18n/i18n';
import { countryOptions, sectorOptions, sizeBandOptions } from '../i18n/labels';
import type { GroupFilters } from '../../../shared/pool/groupText';

const year = (value: string | number): number | null => {
  const n = typeof value === 'number' ? value : Number.parseInt(value, 10);
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR ? n : null;
};

/** A year that commits only once it is a whole year (or empty), so typing "2" never clears the field. */
function YearInput({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: number | null;
  onChange(y: number | null): void;
}) {
  const [text, setText] = useState<string | number>(value ?? '');
  useEffect(() => {
    setText((current) => (year(current) === value ? current : (value ?? '')));
  }, [value]);
  return (
    <NumberInput
      id={id}
      label={label}
      value={text}
      onChange={(v) => {
        setText(v);
        if (v === '' || year(v) !== null) onChange(v === '' ? null : year(v));
      }}
      onBlur={() => setText(value ?? '')}
      min={MIN_YEAR}
      max={MAX_YEAR}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator={false}
      hideControls
      w={110}
    />
  );
}

/** The filters of a comparison group or an export: sectors, size bands, countries (any of), a year range. */
export function PoolFilterFields({
  value,
  onChange,
  idPrefix,
}: {
  value: GroupFilters;
  onChange(next: GroupFilters): void;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const countries = useMemo(
    () => [...countryOptions(language), { value: OTHER_COUNTRY, label: t('benchmarks.otherCountry') }],
    [language, t],
  );
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <MultiSelect
        id={`${idPrefix}-sectors`}
        label={t('benchmarks.filters.sectors')}
        data={sectorOptions(t)}
        value={value.sector}
        onChange={(sector) => onChange({ ...value, sector })}
        placeholder={value.sector.length === 0 ? t('benchmarks.filters.any') : undefined}
        searchable
        clearable
        w={360}
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect
        id={`${idPrefix}-sizes`}
        label={t('benchmarks.filters.sizeBands')}
        data={sizeBandOptions(t)}
        value={value.size}
        onChange={(size) => onChange({ ...value, size })}
        placeholder={value.size.length === 0 ? t('benchmarks.filters.any') : undefined}
        clearable
        w={260}
      />
      <MultiSelect
        id={`${idPrefix}-countries`}
        label={t('benchmarks.filters.countries')}
        data={countries}
        value={value.country}
        onChange={(country) => onChange({ ...value, country })}
        placeholder={value.country.length === 0 ? t('benchmarks.filters.any') : undefined}
        searchable
        filter={filterCountries}
        clearable
        w={220}
      />
      <YearInput
        id={`${idPrefix}-from`}
        label={t('benchmarks.filters.from')}
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
      />
      <YearInput
        id={`${idPrefix}-to`}
        label={t('benchmarks.filters.to')}
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
      />
    </Group>
  );
}
