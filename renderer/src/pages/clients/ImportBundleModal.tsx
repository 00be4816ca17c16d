import { Alert, Button, FileInput, Group, List, Modal, PasswordInput, Stack, Switch, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleDifference, BundlePreview } from '../../../../shared/bundles/schemas';
import { BUNDLE_REFUSALS } from '../../../../shared/bundles/schemas';
import { isApiFailure, useApiMutation } from '../../api/client';
import { errorSentence } from '../../app/errorText';
import { notifySuccess } from '../../app/notify';
import { readFileAsBase64 } from '../../files/fileTransfer';
import { useFormat } from '../../i18n/format';
import { IconAlert, IconUpload } from '../../ui/icons';

/** At most this many differing or clashing rows are listed in the dialog (all are counted). */
const LISTED = 20;

/**
 * A client bundle in two steps: what it would add, keep and refuse (`bundles.preview`, which writes
 * nothing), then the import. A refused file is named by its reason; a protected one asks for its passphrase.
 */
export function ImportBundleModal({
  opened,
  onClose,
  onImported,
}: {
  opened: boolean;
  onClose(): void;
  onImported(clientId: string): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('bundles.import.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <ImportBundle onClose={onClose} onImported={onImported} />}
    </Modal>
  );
}

function ImportBundle({ onClose, onImported }: { onClose(): void; onImported(clientId: string): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [asNew, setAsNew] = useState(false);
  const [reading, setReading] = useState(false);
  const [preview, setPreview] = useState<{ input: ImportInput; value: BundlePreview } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const previewBundle = useApiMutation('bundles.preview');
  const importBundle = useApiMutation('bundles.import');
  const busy = reading || previewBundle.isPending || importBundle.isPending;

  const reset = () => {
    setPreview(null);
    setFailure(null);
  };

  const showPreview = async () => {
    if (!file) return;
    reset();
    setReading(true);
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch (error) {
      setFailure(error);
      return;
    } finally {
      setReading(false);
    }
    const input: ImportInput = { contentBase64, passphrase: passphrase || undefined, asNew };
    previewBundle.mutate(input, {
      onSuccess: (value) => setPreview({ input, value }),
      onError: setFailure,
    });
  };

  const runImport = () => {
    if (!preview) return;
    importBundle.mutate(preview.input, {
      onSuccess: (report) => {
        notifySuccess(
          t(report.created ? 'bundles.import.done' : 'bundles.import.doneMerged', { name: preview.value.client.name }),
        );
        onImported(report.clientId);
      },
      onError: setFailure,
    });
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t('bundles.import.help')}</Text>
      <FileInput
        label={t('bundles.import.file')}
        placeholder={t('bundles.import.choose')}
        accept=".sxwb"
        value={file}
        onChange={(picked) => {
          setFile(picked);
          reset();
        }}
        leftSection={<IconUpload size={16} />}
        clearable
        disabled={busy}
        data-autofocus
      />
      <PasswordInput
        label={t('bundles.import.passphrase')}
        value={passphrase}
        onChange={(event) => {
          setPassphrase(event.currentTarget.value);
          reset();
        }}
        autoComplete="off"
        disabled={busy}
      />
      <Switch
        label={t('bundles.import.asNew')}
        description={t('bundles.import.asNewHint')}
        checked={asNew}
        onChange={(event) => {
          setAsNew(event.currentTarget.checked);
          reset();
        }}
        disabled={busy}
      />
      {failure !== null && (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
          {refusalSentence(t, failure)}
        </Alert>
      )}
      {preview && <PreviewOf preview={preview.value} />}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        {preview && preview.value.clashes.length === 0 ? (
          <Button onClick={runImport} loading={importBundle.isPending}>
            {t('bundles.import.submit')}
          </Button>
        ) : (
          <Button onClick={() => void showPreview()} disabled={!file} loading={reading || previewBundle.isPending}>
            {t('bundles.import.preview')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

type ImportInput = { contentBase64: string; passphrase?: string; asNew: boolean };

function PreviewOf({ preview }: { preview: BundlePreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const tableName = (table: string) => t(`bundles.tables.${table}`, { defaultValue: table });
  return (
    <Stack gap="sm" data-testid="bundle-preview">
      <div>
        <Text fw={600}>{preview.client.name}</Text>
        <Text size="sm">
          {preview.client.exists ? t('bundles.import.intoExisting') : t('bundles.import.newClient')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('bundles.import.made', { date: format.dateTime(preview.created), version: preview.appVersion })}
          {preview.encrypted && ` · ${t('bundles.import.protected')}`}
        </Text>
        {preview.engagements.length > 0 && (
          <Text size="sm">
            {t('bundles.import.engagements', { list: preview.engagements.map((e) => e.title).join(', ') })}
          </Text>
        )}
      </div>
      <Table withTableBorder striped={false} aria-label={t('bundles.import.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('bundles.import.table')}</Table.Th>
            <Table.Th ta="right">{t('bundles.import.added')}</Table.Th>
            <Table.Th ta="right">{t('bundles.import.unchanged')}</Table.Th>
            <Table.Th ta="right">{t('bundles.import.differing')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.tables
            .filter((row) => row.added + row.unchanged + row.differing > 0)
            .map((row) => (
              <Table.Tr key={row.table}>
                <Table.Td>{tableName(row.table)}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {format.number(row.added)}
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {format.number(row.unchanged)}
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {format.number(row.differing)}
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      {preview.differenceCount > 0 && (
        <Stack gap={4}>
          <Text size="sm">{t('bundles.import.differences', { count: preview.differenceCount })}</Text>
          <RowList rows={preview.differences} describe={(d) => d.columns.join(', ')} tableName={tableName} />
        </Stack>
      )}
      {preview.clashes.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlert />}
          role="alert"
          title={t('bundles.import.clashes', { count: preview.clashes.length })}
        >
          <RowList
            rows={preview.clashes}
            describe={(c) => `${c.columns.join(', ')}: ${t(`bundles.import.clash.${c.reason}`)}`}
            tableName={tableName}
          />
        </Alert>
      )}
    </Stack>
  );
}

function RowList<R extends BundleDifference>({
  rows,
  describe,
  tableName,
}: {
  rows: R[];
  describe(row: R): string;
  tableName(table: string): string;
}) {
  return (
    <List size="sm" spacing={2}>
      {rows.slice(0, LISTED).map((row) => (
        <List.Item key={`${row.table}:${JSON.stringify(row.key)}`}>
          {tableName(row.table)} {Object.values(row.key).join(' · ')} — {describe(row)}
        </List.Item>
      ))}
    </List>
  );
}

/** A refused bundle says why (its reason); anything else is the usual error sentence. */
function refusalSentence(t: TFunction, error: unknown): string {
  const reason = isApiFailure(error) ? error.error.details?.bundle : undefined;
  if (typeof reason === 'string' && (BUNDLE_REFUSALS as readonly string[]).includes(reason)) {
    const known = reason as (typeof BUNDLE_REFUSALS)[number];
    return `${t(`bundles.refusals.${known}`)} ${t('bundles.refusals.nothingImported')}`;
  }
  if (isApiFailure(error) && error.code === 'conflict') {
    return `${t('errors.conflict')} ${t('bundles.refusals.nothingImported')}`;
  }
  return errorSentence(t, error);
}
