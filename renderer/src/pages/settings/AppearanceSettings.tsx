import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COLOR_SCHEMES, type ColorScheme, type ResolvedSettings } from '../../../../shared/settings/schemas';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { useSettingsSave } from './useSettingsSave';

/** Light, dark, or as the operating system says: applied at once and remembered with the settings. */
export function AppearanceSettings({ current }: { current: ResolvedSettings }) {
  const { t } = useTranslation();
  const { save, shown } = useSettingsSave(current);
  return (
    <Radio.Group
      aria-label={t('settings.colorScheme')}
      description={t('settings.colorSchemeHelp')}
      value={shown('colorScheme')}
      onChange={(value) =>
        save(
          { colorScheme: value as ColorScheme },
          { onSuccess: () => notifySuccess(t('settings.saved')), onError: (error) => notifyFailure(t, error) },
        )
      }
    >
      <Stack gap="xs" mt="xs">
        {COLOR_SCHEMES.map((scheme) => (
          <Radio key={scheme} value={scheme} label={t(`settings.colorSchemes.${scheme}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
