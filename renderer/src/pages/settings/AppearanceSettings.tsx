import { Radio, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COLOR_SCHEMES, type ColorScheme, type ResolvedSettings } from '../../../../shared/settings/schemas';
import { apiQueryKey, useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';

/** Light, dark, or as the operating system says: applied at once and remembered with the settings. */
export function AppearanceSettings({ current }: { current: ResolvedSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useApiMutation('settings.update', {
    onSuccess: (resolved) => queryClient.setQueryData(apiQueryKey('settings.get', {}), resolved),
  });
  const shown = (update.isPending ? update.variables?.colorScheme : undefined) ?? current.colorScheme;
  return (
    <Radio.Group
      aria-label={t('settings.colorScheme')}
      description={t('settings.colorSchemeHelp')}
      value={shown}
      onChange={(value) =>
        update.mutate(
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
