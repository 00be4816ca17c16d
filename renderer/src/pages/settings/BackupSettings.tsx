import {
  Badge,
  Button,
  Code,
  Group,
  Menu,
  Modal,
  ScrollArea,
  Skeleton,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupCounts, BackupInfo } from '../../../../shared/backup/schemas';
import { useApiMutation, useApiQuery } from '../../api/client';
import { notifyFailure, notifyProblem, notifySuccess } from '../../app/notify';
import { type Formatters, useFormat } from '../../i18n/format';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { IconDots, IconRestore } from '../../ui/icons';
import { QueryError } from '../../ui/QueryError';

/**
 * Settings → Backups: the backups the workbench made (and any file put in its folder), each with its date,
 * size, what it holds and whether it was found sound; "Back up now"; restore from the list or, in the
 * desktop app, from a file chosen elsewhere, always after a preview; deleting one — notably one that still
 * holds a client erased since.
 */

const MB = 1024 * 1024;

function contentsOf(format: Formatters, counts: BackupCounts, style: 'list' | 'short'): string {
  const parts = [
    format.count('settings.backups.clients', counts.clients),
    format.count('settings.backups.engagements', counts.engagements),
    format.count('settings.backups.rounds', counts.rounds),
  ];
  return style === 'short'
    ? parts.join(' · ')
    : // British English, as the rest of the workbench's English: no comma before "and".
      new Intl.ListFormat(format.language === 'en' ? 'en-GB' : format.language, { type: 'conjunction' }).format(parts);
}

function CheckBadges({ backup }: { backup: BackupInfo }) {
  const { t } = useTranslation();
  const verification = backup.verification;
  return (
    <Group gap={4} wrap="nowrap">
      {verification === null ? (
        <Badge variant="light" color="gray">
          {t('settings.backups.unchecked')}
        </Badge>
      ) : verification.ok ? (
        <Badge variant="light" color="teal">
          {t('settings.backups.checked')}
        </Badge>
      ) : (
        <Badge variant="light" color="red">
          {t('settings.backups.damaged')}
        </Badge>
      )}
      {backup.erasedClients > 0 && (
        <Badge variant="light" color="orange">
          {t('settings.backups.erased', { count: backup.erasedClients })}
        </Badge>
      )}
    </Group>
  );
}

/** The preview before a restore: what the file holds, or why it cannot be restored. */
function RestoreModal({ file, damaged, onClose }: { file: string | null; damaged: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const preview = useApiQuery('backup.preview', { file: file ?? '' }, { enabled: file !== null, staleTime: 0 });
  const restore = useApiMutation('backup.restore');
  const data = file !== null ? preview.data : undefined;

  const confirm = () => {
    if (!file) return;
    restore.mutate(
      { file },
      {
        onSuccess: (restored) => {
          // Everything on every screen now comes from the restored database.
          void queryClient.invalidateQueries();
          notifySuccess(t('settings.backups.restored', { contents: contentsOf(format, restored.counts, 'list') }));
          onClose();
        },
        onError: (error) => notifyFailure(t, error),
      },
    );
  };

  return (
    <Modal
      opened={file !== null}
      onClose={onClose}
      title={t('settings.backups.previewTitle')}
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {preview.isError && <QueryError error={preview.error} onRetry={() => void preview.refetch()} />}
      {!data && !preview.isError && <Skeleton h={60} />}
      {data && (
        <Stack gap="sm">
          {data.problem ? (
            <Text size="sm" c="red" role="alert">
              {t(`settings.backups.problems.${data.problem}`, { file: data.name })}
            </Text>
          ) : (
            <>
              <Text size="sm">
                {t('settings.backups.previewBody', {
                  date: format.dateTime(data.createdAt),
                  contents: contentsOf(format, data.counts ?? { clients: 0, engagements: 0, rounds: 0 }, 'list'),
                })}
              </Text>
              {damaged && <Text size="sm">{t('settings.backups.previewDamaged')}</Text>}
            </>
          )}
        </Stack>
      )}
      <Group justify="flex-end" gap="xs" mt="lg">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        {data && !data.problem && (
          <Button onClick={confirm} loading={restore.isPending}>
            {t('settings.backups.restoreConfirm')}
          </Button>
        )}
      </Group>
    </Modal>
  );
}

export function BackupSettings() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useApiQuery('backup.list', {});
  const info = useApiQuery('app.info', {}, { staleTime: Number.POSITIVE_INFINITY });
  const health = useApiQuery('database.health', {});
  const backUp = useApiMutation('backup.now');
  const verify = useApiMutation('backup.verify');
  const remove = useApiMutation('backup.delete');
  const choose = useApiMutation('backup.chooseFile');
  const [restoring, setRestoring] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<BackupInfo | null>(null);
  const damaged = health.data?.state === 'corrupt';
  const desktop = info.data?.transport === 'ipc';

  const backUpNow = () =>
    backUp.mutate(
      {},
      {
        onSuccess: (made) =>
          notifySuccess(
            `${t('settings.backups.made')}: ${made.counts ? contentsOf(format, made.counts, 'list') : made.name}`,
          ),
        onError: (error) => notifyFailure(t, error),
      },
    );
  const check = (backup: BackupInfo) =>
    verify.mutate(
      { file: backup.name },
      {
        onSuccess: (result) =>
          result.ok
            ? notifySuccess(t('settings.backups.checkedOk'))
            : notifyProblem(t('settings.backups.checkedDamaged')),
        onError: (error) => notifyFailure(t, error),
      },
    );
  const chooseFile = () =>
    choose.mutate(
      {},
      { onSuccess: (chosen) => chosen && setRestoring(chosen.file), onError: (e) => notifyFailure(t, e) },
    );
  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(
      { file: deleting.name },
      {
        onSuccess: () => {
          notifySuccess(t('settings.backups.deleted'));
          setDeleting(null);
        },
        onError: (error) => notifyFailure(t, error),
      },
    );
  };

  const backups = list.data?.backups ?? [];
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('settings.backups.help')}
      </Text>
      <Group gap="xs">
        <Button onClick={backUpNow} loading={backUp.isPending} disabled={damaged}>
          {t('settings.backups.backUpNow')}
        </Button>
        {desktop && (
          <Button variant="default" leftSection={<IconRestore size={16} />} onClick={chooseFile}>
            {t('settings.backups.restoreFromFile')}
          </Button>
        )}
      </Group>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && <Skeleton h={120} />}
      {list.data && backups.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('settings.backups.empty')}
        </Text>
      )}
      {backups.length > 0 && (
        <ScrollArea.Autosize mah={420}>
          <Table verticalSpacing={6} horizontalSpacing="sm" aria-label={t('settings.backups.listLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.backups.columns.date')}</Table.Th>
                <Table.Th>{t('settings.backups.columns.reason')}</Table.Th>
                <Table.Th ta="right">{t('settings.backups.columns.size')}</Table.Th>
                <Table.Th>{t('settings.backups.columns.contents')}</Table.Th>
                <Table.Th>{t('settings.backups.columns.check')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('settings.backups.columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((backup) => {
                const when = format.dateTime(backup.createdAt);
                return (
                  <Table.Tr key={backup.name} data-testid="backup-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }} title={backup.name}>
                      {when}
                    </Table.Td>
                    <Table.Td>{t(`settings.backups.reasons.${backup.reason}`)}</Table.Td>
                    <Table.Td ta="right" className="tabular" style={{ whiteSpace: 'nowrap' }}>
                      {`${format.decimal(backup.sizeBytes / MB, 1)} MB`}
                    </Table.Td>
                    <Table.Td>
                      {backup.counts ? contentsOf(format, backup.counts, 'short') : t('settings.backups.notCounted')}
                    </Table.Td>
                    <Table.Td>
                      <CheckBadges backup={backup} />
                    </Table.Td>
                    <Table.Td>
                      <Menu position="bottom-end" withinPortal={false}>
                        <Menu.Target>
                          <Button
                            variant="subtle"
                            color="gray"
                            size="compact-sm"
                            aria-label={t('settings.backups.actionsFor', { date: when })}
                          >
                            <IconDots size={16} />
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => setRestoring(backup.name)}>
                            {t('settings.backups.restore')}
                          </Menu.Item>
                          <Menu.Item onClick={() => check(backup)}>{t('settings.backups.verify')}</Menu.Item>
                          <Menu.Item color="red" onClick={() => setDeleting(backup)}>
                            {t('settings.backups.delete')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      {list.data && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('settings.backups.folder')}
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {list.data.folder}
          </Code>
          {!desktop && (
            <Text size="xs" c="dimmed">
              {t('settings.backups.fromElsewhere')}
            </Text>
          )}
        </Stack>
      )}
      <RestoreModal file={restoring} damaged={damaged} onClose={() => setRestoring(null)} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('settings.backups.deleteTitle')}
        body={
          deleting
            ? t(deleting.erasedClients > 0 ? 'settings.backups.deleteBodyErased' : 'settings.backups.deleteBody', {
                date: format.dateTime(deleting.createdAt),
              })
            : undefined
        }
        confirmLabel={t('settings.backups.delete')}
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
