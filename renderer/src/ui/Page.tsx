import { Box, Group, Stack, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** A screen's frame: title row with its actions, then content. One `h1` per screen for screen readers. */
export function Page({
  title,
  badges,
  actions,
  above,
  children,
  fill = false,
}: {
  title: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
  /** A line above the title, such as a way back. */
  above?: ReactNode;
  children: ReactNode;
  /** Fill the window's height (for virtualised lists that scroll inside the page). */
  fill?: boolean;
}) {
  const { t } = useTranslation();
  // The window title names the place too (task switcher, screen readers, e2e traces).
  useEffect(() => {
    document.title = typeof title === 'string' ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
  return (
    <Box
      component="section"
      px="lg"
      py="md"
      h={fill ? '100dvh' : undefined}
      style={fill ? { display: 'flex', flexDirection: 'column', minHeight: 0 } : undefined}
    >
      <Stack gap={4} mb="md">
        {above}
        <Group justify="space-between" align="center" wrap="nowrap" gap="md">
          <Group gap="sm" align="center" wrap="nowrap" miw={0}>
            <Title order={1} size="h3" lineClamp={1}>
              {title}
            </Title>
            {badges}
          </Group>
          {actions && (
            <Group gap="xs" wrap="nowrap">
              {actions}
            </Group>
          )}
        </Group>
      </Stack>
      {fill ? (
        <Box style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>{children}</Box>
      ) : (
        children
      )}
    </Box>
  );
}
