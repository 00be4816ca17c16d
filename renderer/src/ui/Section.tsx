import { Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled block of the client page (profile, engagements, contacts) with its own action. */
export function Section({ title, action, children }: { title: ReactNode; action?: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Group justify="space-between" align="center" mih={30}>
        <Title order={2} size="h5">
          {title}
        </Title>
        {action}
      </Group>
      <Paper withBorder radius="md">
        {children}
      </Paper>
    </Stack>
  );
}
