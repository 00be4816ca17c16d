import { Alert, Button, Group, PasswordInput, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionCheck, TeamStatus } from '../../../../shared/team/schemas';
import { useApiMutation, useApiQuery } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import { QueryError } from '../../ui/QueryError';

/**
 * Settings → Team server: where the firm's server is, how the last sync went and what it moved, what waits
 * to be sent; connect, test the connection, sync now. The password goes to the operating system's secret
 * store (docs/team-server.md), never into the workbench's database.
 */
export function TeamSettings() {
  const status = useApiQuery('team.status', {});
  if (status.isError) return <QueryError error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data) return <Skeleton h={160} />;
  return <TeamForm key={status.data.server ?? ''} status={status.data} />;
}

/** Problems whose sentence needs nothing but the server's address. */
const SAID_IN_STATUS = new Set([
  'unreachable',
  'credentials',
  'certificate',
  'no_tls',
  'permission',
  'connection_lost',
]);

function TeamForm({ status }: { status: TeamStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [server, setServer] = useState(status.server ?? '');
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState<ConnectionCheck | null>(null);
  const connect = useApiMutation('team.connect');
  const test = useApiMutation('team.test');
  const sync = useApiMutation('team.sync');
  const busy = connect.isPending || test.isPending || sync.isPending;
  const given = { server: server.trim(), ...(password ? { password } : {}) };

  const onConnect = () =>
    connect.mutate(given, {
      onSuccess: (r) => {
        setPassword('');
        notifySuccess(t('team.connected', { server: r.server }));
      },
      onError: (error) => notifyFailure(t, error),
    });
  const onTest = () =>
    test.mutate(given, {
      onSuccess: (r) => setChecked(r),
      onError: (error) => {
        setChecked(null);
        notifyFailure(t, error);
      },
    });
  const onSync = () =>
    sync.mutate(
      {},
      {
        onSuccess: (r) => notifySuccess(t('team.synced', { ...r })),
        onError: (error) => notifyFailure(t, error),
      },
    );

  const report = status.lastReport;
  return (
    <Stack gap="sm" data-testid="team-settings">
      <Text size="sm" c="dimmed">
        {t('team.intro')}
      </Text>
      <TextInput
        label={t('team.server')}
        description={t('team.serverHint')}
        value={server}
        onChange={(e) => setServer(e.currentTarget.value)}
        spellCheck={false}
        autoComplete="off"
      />
      <PasswordInput
        label={t('team.password')}
        description={`${t('team.passwordHint')} ${status.passwordKept ? t('team.passwordKept') : t('team.passwordNotKept')}`}
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        autoComplete="off"
      />
      <Group gap="sm">
        <Button onClick={onConnect} loading={connect.isPending} disabled={busy || !server.trim()}>
          {t('team.connect')}
        </Button>
        <Button variant="default" onClick={onTest} loading={test.isPending} disabled={busy || !server.trim()}>
          {t('team.test')}
        </Button>
        <Button variant="default" onClick={onSync} loading={sync.isPending} disabled={busy || !status.server}>
          {t('team.syncNow')}
        </Button>
      </Group>
      {checked && (
        <Alert color={checked.consultant ? 'teal' : 'yellow'} role="status">
          {checked.consultant ? t('team.testOk', { ...checked }) : t('team.testNotConsultant', { user: checked.user })}
        </Alert>
      )}
      <dl style={{ margin: 0 }}>
        <Fact label={t('team.state')}>
          {t(`team.states.${status.state}`)}
          {status.lastProblem && SAID_IN_STATUS.has(status.lastProblem)
            ? ` — ${t(`team.errors.${status.lastProblem}`, { server: status.server })}`
            : ''}
        </Fact>
        <Fact label={t('team.lastSync')}>
          {status.lastSyncAt ? format.dateTime(status.lastSyncAt) : t('team.never')}
        </Fact>
        {report && <Fact label={t('team.moved')}>{t('team.movedSummary', { ...report })}</Fact>}
        <Fact label={t('team.pending')}>{t('team.pendingSummary', { ...status.pending })}</Fact>
        <Fact label={t('team.teamRecords')}>{format.number(status.teamRecords)}</Fact>
      </dl>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text component="dt" size="sm" fw={500} w={220}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Group>
  );
}
