import { Alert, Button, Checkbox, Group, List, Modal, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/clients/schemas';
import type { ErasureCounts, ErasurePreview, ErasureReport } from '../../../../shared/clients/erasure';
import { useApiMutation, useApiQuery } from '../../api/client';
import { notifyFailure, notifySuccess, notifyWarning } from '../../app/notify';
import { type Formatters, useFormat } from '../../i18n/format';
import { QueryError } from '../../ui/QueryError';

const COUNTED: (keyof ErasureCounts)[] = [
  'contacts',
  'engagements',
  'rounds',
  'respondents',
  'answers',
  'contributions',
];

/**
 * Erasing removes the client and everything below it from the database and its bytes, so it shows what
 * goes, asks for the client's name to be typed (the server checks it again), and — where this installation
 * keeps backups — lists the backups that still hold the client and offers to delete them in the same step.
 */
export function EraseClientModal({
  client,
  opened,
  onClose,
  onErased,
}: {
  client: Client;
  opened: boolean;
  onClose(): void;
  onErased(report: ErasureReport): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('erasure.title', { name: client.name })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <EraseClientForm client={client} onClose={onClose} onErased={onErased} />}
    </Modal>
  );
}

function EraseClientForm({
  client,
  onClose,
  onErased,
}: {
  client: Client;
  onClose(): void;
  onErased(report: ErasureReport): void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [deleteBackups, setDeleteBackups] = useState(false);
  const preview = useApiQuery('clients.erasurePreview', { id: client.id }, { gcTime: 0 });
  const erase = useApiMutation('clients.erase');
  const matches = typed.trim() === client.name;
  const mismatch = typed.trim() !== '' && !client.name.startsWith(typed.trim());

  const confirm = () => {
    if (!matches) return;
    erase.mutate(
      { id: client.id, confirm: typed.trim(), deleteBackups },
      {
        onSuccess: (report) => {
          notifySuccess(doneMessage(t, client.name, report));
          if (!report.compacted) notifyWarning(t('erasure.notCompacted'));
          onErased(report);
        },
        onError: (error) => notifyFailure(t, error),
      },
    );
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        confirm();
      }}
      noValidate
    >
      <Stack gap="md">
        <Text size="sm">{t('erasure.body')}</Text>
        {preview.data ? (
          <WhatGoes preview={preview.data} deleteBackups={deleteBackups} onDeleteBackups={setDeleteBackups} />
        ) : preview.isError ? (
          <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
        ) : (
          <Skeleton h={60} />
        )}
        <TextInput
          label={t('erasure.confirmLabel')}
          description={client.name}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          error={mismatch ? t('erasure.confirmMismatch') : undefined}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" disabled={!matches || !preview.data} loading={erase.isPending}>
            {t('erasure.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function WhatGoes({
  preview,
  deleteBackups,
  onDeleteBackups,
}: {
  preview: ErasurePreview;
  deleteBackups: boolean;
  onDeleteBackups(value: boolean): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const counted = COUNTED.filter((key) => preview.counts[key] > 0);
  const name = preview.client.name;
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={600}>
          {t('erasure.whatGoes')}
        </Text>
        {counted.length === 0 ? (
          <Text size="sm">{t('erasure.nothingBelow')}</Text>
        ) : (
          <Text size="sm">
            {counted.map((key) => format.count(`erasure.counts.${key}`, preview.counts[key])).join(' · ')}
          </Text>
        )}
      </div>
      {preview.backupsKept && <Text size="sm">{t('erasure.backupFirst')}</Text>}
      {preview.backups.length > 0 && (
        <Alert
          variant="light"
          color="orange"
          title={t('erasure.backupsHolding', { count: preview.backups.length, name })}
        >
          <Stack gap="xs">
            <List
              size="sm"
              spacing={2}
              aria-label={t('erasure.backupsHolding', { count: preview.backups.length, name })}
            >
              {preview.backups.map((b) => (
                <List.Item key={b.file}>
                  {t('erasure.backupLine', { date: format.dateTime(b.createdAt), size: fileSize(format, b.bytes) })}
                </List.Item>
              ))}
            </List>
            <Checkbox
              label={t('erasure.deleteBackups')}
              description={t('erasure.deleteBackupsHint')}
              checked={deleteBackups}
              onChange={(event) => onDeleteBackups(event.currentTarget.checked)}
            />
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

function fileSize(format: Formatters, bytes: number): string {
  return bytes >= 1e6
    ? `${format.decimal(bytes / 1e6, 1)} MB`
    : `${format.number(Math.max(1, Math.round(bytes / 1e3)))} kB`;
}

function doneMessage(t: TFunction, name: string, report: ErasureReport): string {
  if (report.backupsDeleted.length > 0) {
    return t('erasure.doneBackupsDeleted', { count: report.backupsDeleted.length, name });
  }
  if (report.backupsHolding.length > 0)
    return t('erasure.doneBackupsKept', { count: report.backupsHolding.length, name });
  return t('erasure.done', { name });
}
