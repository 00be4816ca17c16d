import { Stack, Switch } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ResolvedSettings, SettingsPatch } from '../../../../shared/settings/schemas';
import { apiQueryKey, useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';

type WorkshopSetting = 'workshopAutoAdvance' | 'workshopProjectorTheme';

/** How the workshop screen behaves: moving on after a score, and the projector theme it starts in. */
export function WorkshopSettings({ current }: { current: ResolvedSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useApiMutation('settings.update', {
    onSuccess: (resolved) => queryClient.setQueryData(apiQueryKey('settings.get', {}), resolved),
  });
  // While saving, the switch shows the choice just made rather than the one being replaced.
  const shown = (key: WorkshopSetting) => {
    const pending: SettingsPatch | undefined = update.isPending ? update.variables : undefined;
    return pending?.[key] ?? current[key];
  };
  const save = (patch: SettingsPatch) =>
    update.mutate(patch, {
      onSuccess: () => notifySuccess(t('settings.saved')),
      onError: (error) => notifyFailure(t, error),
    });

  return (
    <Stack gap="md">
      <Switch
        label={t('settings.workshopAutoAdvance')}
        description={t('settings.workshopAutoAdvanceHelp')}
        checked={shown('workshopAutoAdvance')}
        onChange={(event) => save({ workshopAutoAdvance: event.currentTarget.checked })}
      />
      <Switch
        label={t('settings.workshopProjectorTheme')}
        description={t('settings.workshopProjectorThemeHelp')}
        checked={shown('workshopProjectorTheme')}
        onChange={(event) => save({ workshopProjectorTheme: event.currentTarget.checked })}
      />
    </Stack>
  );
}
