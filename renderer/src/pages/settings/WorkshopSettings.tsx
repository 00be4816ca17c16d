import { Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResolvedSettings } from '../../../../shared/settings/schemas';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { useSettingsSave } from './useSettingsSave';

type WorkshopSetting = 'workshopAutoAdvance' | 'workshopProjectorTheme';

/** How the workshop screen behaves: moving on after a score, and the projector theme it starts in. */
export function WorkshopSettings({ current }: { current: ResolvedSettings }) {
  const { t } = useTranslation();
  const { save: saveSettings, shown } = useSettingsSave(current);
  const save = (patch: Partial<Pick<ResolvedSettings, WorkshopSetting>>) =>
    saveSettings(patch, {
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
