import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country } from '../../../../shared/domain/identifiers';
import type { ResolvedSettings } from '../../../../shared/settings/schemas';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { filterCountries } from '../../forms/countrySearch';
import { useLanguage } from '../../i18n/i18n';
import { countryOptions } from '../../i18n/labels';
import { useSettingsSave } from './useSettingsSave';

/** The firm's own country: where a new client is, until the consultant picks another. */
export function FirmSettings({ current }: { current: ResolvedSettings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const countries = useMemo(() => countryOptions(language), [language]);
  const { save, shown } = useSettingsSave(current);
  return (
    <Select
      label={t('settings.firmCountry')}
      description={t('settings.firmCountryHelp')}
      data={countries}
      searchable
      filter={filterCountries}
      allowDeselect={false}
      maxDropdownHeight={280}
      value={shown('firmCountry')}
      onChange={(value) =>
        value &&
        save(
          { firmCountry: value as Country },
          { onSuccess: () => notifySuccess(t('settings.saved')), onError: (error) => notifyFailure(t, error) },
        )
      }
      w={360}
      data-testid="firm-country"
    />
  );
}
