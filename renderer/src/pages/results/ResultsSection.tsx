import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of the results, with a line saying how to read it. */
export function ResultsSection({
  title,
  description,
  action,
  children,
  testId,
  padded = true,
}: {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
  padded?: boolean;
}) {
  return (
    <Stack gap="xs" component="section" data-testid={testId}>
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" maw={900}>
              {description}
            </Text>
          )}
        </Stack>
        {action}
      </Group>
      <Paper withBorder radius="md" p={padded ? 'md' : 0}>
        {children}
      </Paper>
    </Stack>
  );
}
