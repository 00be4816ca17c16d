import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/client';
import { IconAlert } from '../ui/icons';
import { LoadingScreen } from '../ui/Loading';
import { ColorSchemeFromSettings } from './colorScheme';
import { errorSentence } from './errorText';

/**
 * Nothing below renders before the settings are loaded and their language applied, so no screen shows
 * in the wrong language first. A database that cannot be opened (newer version, unreadable, locked)
 * surfaces here as a sentence with a retry.
 */
export function SettingsGate({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  const language = settings.data?.effectiveLanguage;
  // Settings asked for at start (main.tsx) are often in before the first render, in the language the
  // strings were loaded for: then the screens render at once, not a commit and an effect later.
  const [appliedLanguage, setAppliedLanguage] = useState<string | null>(() =>
    language !== undefined && i18n.language === language && i18n.hasResourceBundle(language, 'translation')
      ? language
      : null,
  );

  useEffect(() => {
    if (!language) return;
    // Writing <html lang> restyles the whole page even when the value stays the same.
    if (document.documentElement.lang !== language) document.documentElement.lang = language;
    if (i18n.language === language) {
      setAppliedLanguage(language);
      return;
    }
    void i18n.changeLanguage(language).then(() => setAppliedLanguage(language));
  }, [language, i18n]);

  useEffect(() => {
    if (settings.isError) document.documentElement.dataset.appState = 'error';
  }, [settings.isError]);

  if (settings.isError && !settings.data) {
    return (
      <Center mih="100dvh" p="xl">
        <Stack maw={560}>
          <Alert color="red" variant="light" icon={<IconAlert />} title={t('app.name')} role="alert">
            <Text size="sm">{errorSentence(t, settings.error)}</Text>
          </Alert>
          <Button variant="default" onClick={() => void settings.refetch()} loading={settings.isFetching}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Center>
    );
  }

  if (!language || appliedLanguage === null) {
    return <LoadingScreen />;
  }

  return (
    <>
      <ColorSchemeFromSettings scheme={settings.data?.colorScheme} />
      {children}
    </>
  );
}
