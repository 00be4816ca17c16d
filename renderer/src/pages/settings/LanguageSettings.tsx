import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/identifiers';
import type { ResolvedSettings } from '../../../../shared/settings/schemas';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { useSettingsSave } from './useSettingsSave';

const SYSTEM = 'system';

/** Dutch, English, or the operating system's language: the whole workbench switches as the answer arrives. */
export function LanguageSettings({ current, osLanguage }: { current: ResolvedSettings; osLanguage: Language }) {
  const { t, i18n } = useTranslation();
  const { save, shown } = useSettingsSave(current);

  const choose = (value: string) =>
    save(
      { language: value === SYSTEM ? null : (value as Language) },
      {
        // Said in the language just chosen: the screen switches to it at the same moment (once that
        // language's strings are in; each language is a script of its own).
        onSuccess: (resolved) =>
          void i18n
            .loadLanguages(resolved.effectiveLanguage)
            .then(() => notifySuccess(i18n.getFixedT(resolved.effectiveLanguage)('settings.saved'))),
        onError: (error) => notifyFailure(t, error),
      },
    );

  return (
    <Radio.Group
      aria-label={t('settings.language')}
      description={t('settings.languageHelp')}
      value={shown('language') ?? SYSTEM}
      onChange={choose}
    >
      <Stack gap="xs" mt="xs">
        <Radio value={SYSTEM} label={t('settings.languageSystem', { language: t(`languages.${osLanguage}`) })} />
        <Radio value="nl" label={t('languages.nl')} lang="nl" />
        <Radio value="en" label={t('languages.en')} lang="en" />
      </Stack>
    </Radio.Group>
  );
}
