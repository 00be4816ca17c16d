import { Center, Loader, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A placeholder of the size the content will take, so the screen does not jump when the data is in. */
export function LoadingBlock({ h = 160, w, radius = 'md' }: { h?: number; w?: number; radius?: 'sm' | 'md' }) {
  return <Skeleton h={h} w={w} radius={radius} />;
}

/** Placeholders for a screen whose layout is not known before its data: a header line and a body. */
export function LoadingPage() {
  return (
    <Stack aria-busy="true">
      <LoadingBlock h={60} />
      <LoadingBlock h={200} />
    </Stack>
  );
}

/** A whole window waiting: before the settings are in, or a screen outside the shell (the workshop). */
export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <Center mih="100dvh" p="xl" aria-busy="true">
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {t('app.loading')}
        </Text>
      </Stack>
    </Center>
  );
}
