import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconAlert } from '../ui/icons';

/** What replaces a screen that failed to render: a sentence and a way back, never a stack or a blank page. */
export function CrashScreen({ onBack }: { onBack(): void }) {
  const { t } = useTranslation();
  return (
    <Center mih="60vh" p="xl" role="alert">
      <Stack align="center" gap="sm" maw={520} ta="center">
        <ThemeIcon variant="light" color="gray" size={48} radius="xl">
          <IconAlert size={26} />
        </ThemeIcon>
        <Title order={2} size="h3">
          {t('app.crashTitle')}
        </Title>
        <Text c="dimmed">{t('app.crashBody')}</Text>
        <Button mt="sm" onClick={onBack}>
          {t('app.crashBack')}
        </Button>
      </Stack>
    </Center>
  );
}
