import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** What an empty place says: what belongs here and the one action that fills it. */
export function EmptyState({ title, body, action }: { title?: ReactNode; body: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder radius="md" px="xl" py={40} style={{ borderStyle: 'dashed' }}>
      <Stack align="center" gap="xs" ta="center">
        {title && (
          <Title order={2} size="h4">
            {title}
          </Title>
        )}
        <Text c="dimmed" maw={480}>
          {body}
        </Text>
        {action && <div style={{ marginTop: 8 }}>{action}</div>}
      </Stack>
    </Paper>
  );
}
