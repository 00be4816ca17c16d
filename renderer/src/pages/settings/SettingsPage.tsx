import {
  ActionIcon,
  Button,
  Code,
  CopyButton,
  Group,
  NumberInput,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { MIN_K } from '../../../../shared/pool/statistics';
import { useTranslation } from 'react-i18next';
import { apiQueryKey, useApiMutation, useApiQuery } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { IconCheck, IconCopy } from '../../ui/icons';
import { Page } from '../../ui/Page';
import { QueryError } from '../../ui/QueryError';
import { BackupSettings } from './BackupSettings';
import { AppearanceSettings } from './AppearanceSettings';
import { BrandingSettings } from './BrandingSettings';
import { FirmSettings } from './FirmSettings';
import { LanguageSettings } from './LanguageSettings';
import { TeamSettings } from './TeamSettings';
import { WorkshopSettings } from './WorkshopSettings';

function SettingsBlock({ title, id, children }: { title: string; id?: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" id={id}>
      <Stack gap="sm">
        <Title order={2} size="h5">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** The benchmark's anonymity threshold: groups and blocks with fewer organisations are not shown. */
function BenchmarkThreshold({ current }: { current: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<string | number>(current);
  const update = useApiMutation('settings.update', {
    onSuccess: (resolved) => queryClient.setQueryData(apiQueryKey('settings.get', {}), resolved),
  });
  const k = typeof value === 'number' ? value : Number.parseInt(value, 10);
  const valid = Number.isInteger(k) && k >= MIN_K;
  const save = () =>
    update.mutate(
      { benchmarkK: k },
      { onSuccess: () => notifySuccess(t('settings.saved')), onError: (error) => notifyFailure(t, error) },
    );
  return (
    <Group align="flex-start" gap="sm">
      <NumberInput
        label={t('settings.benchmarkK')}
        description={t('settings.benchmarkKHelp', { min: MIN_K })}
        value={value}
        onChange={setValue}
        min={MIN_K}
        max={1000}
        allowDecimal={false}
        allowNegative={false}
        error={valid ? undefined : t('settings.benchmarkKTooLow', { min: MIN_K })}
        w={360}
      />
      <Button mt={46} onClick={save} disabled={!valid || k === current} loading={update.isPending}>
        {t('common.save')}
      </Button>
    </Group>
  );
}

/**
 * Language, appearance, the firm's country, report branding, the benchmark's threshold, the workshop screen,
 * the team server, backups and where the data lives.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  const info = useApiQuery('app.info', {}, { staleTime: Number.POSITIVE_INFINITY });
  const { hash } = useLocation();
  // "Go to backups" from the damaged-database banner lands on that section.
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView?.({ block: 'start' });
  }, [hash]);
  return (
    <Page title={t('settings.title')}>
      <Stack gap="md" maw={760}>
        {settings.isError && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
        <SettingsBlock title={t('settings.language')}>
          {settings.data && info.data ? (
            <LanguageSettings current={settings.data} osLanguage={info.data.osLanguage} />
          ) : (
            <Skeleton h={90} />
          )}
        </SettingsBlock>
        <SettingsBlock title={t('settings.colorScheme')}>
          {settings.data ? <AppearanceSettings current={settings.data} /> : <Skeleton h={90} />}
        </SettingsBlock>
        <SettingsBlock title={t('settings.firm')}>
          {settings.data ? <FirmSettings current={settings.data} /> : <Skeleton h={60} />}
        </SettingsBlock>
        <SettingsBlock title={t('settings.branding.title')}>
          {settings.data ? <BrandingSettings current={settings.data.branding} /> : <Skeleton h={240} />}
        </SettingsBlock>
        <SettingsBlock title={t('settings.benchmark')}>
          {settings.data ? (
            <BenchmarkThreshold key={settings.data.benchmarkK} current={settings.data.benchmarkK} />
          ) : (
            <Skeleton h={60} />
          )}
        </SettingsBlock>
        <SettingsBlock title={t('settings.workshop')}>
          {settings.data ? <WorkshopSettings current={settings.data} /> : <Skeleton h={90} />}
        </SettingsBlock>
        <SettingsBlock title={t('team.title')} id="team">
          <TeamSettings />
        </SettingsBlock>
        <SettingsBlock title={t('settings.backups.title')} id="backups">
          <BackupSettings />
        </SettingsBlock>
        <SettingsBlock title={t('settings.data')}>
          <Text size="sm" c="dimmed">
            {t('settings.dataHelp')}
          </Text>
          {info.isError && <QueryError error={info.error} onRetry={() => void info.refetch()} />}
          {info.data ? (
            <Stack gap="xs">
              <Stack gap={4}>
                <Text size="sm" fw={500} id="database-path-label">
                  {t('settings.databasePath')}
                </Text>
                <Group gap="xs" wrap="nowrap" align="center">
                  <Code
                    block
                    aria-labelledby="database-path-label"
                    style={{ flex: 1, whiteSpace: 'pre-wrap', wordBreak: 'break-all', userSelect: 'all' }}
                  >
                    {info.data.databasePath}
                  </Code>
                  <CopyButton value={info.data.databasePath} timeout={1500}>
                    {({ copied, copy }) => (
                      <Tooltip label={copied ? t('settings.copied') : t('settings.copyPath')} withArrow>
                        <ActionIcon
                          variant="subtle"
                          color={copied ? 'teal' : 'gray'}
                          onClick={copy}
                          aria-label={t('settings.copyPath')}
                        >
                          {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </CopyButton>
                </Group>
              </Stack>
              <Text size="sm" c="dimmed">
                {t('settings.version', { version: info.data.version })} ·{' '}
                {t(`settings.transports.${info.data.transport}`)}
              </Text>
            </Stack>
          ) : (
            !info.isError && <Skeleton h={48} />
          )}
        </SettingsBlock>
      </Stack>
    </Page>
  );
}
