import { Alert, Button, Checkbox, Group, List, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../../../shared/api/operations';
import type { PoolExport } from '../../../../shared/pool/schemas';
import { useApiMutation } from '../../api/client';
import { errorSentence } from '../../app/errorText';
import { XLSX_TYPE } from '../../files/ExcelDownloadButton';
import { downloadBytes, downloadText } from '../../files/fileTransfer';
import { useLanguage } from '../../i18n/i18n';
import { useFormat } from '../../i18n/format';
import { IconAlert, IconCheck, IconDownload } from '../../ui/icons';
import { type GroupFilters, NO_FILTERS } from '../../../../shared/pool/groupText';
import { PoolFilterFields } from '../../forms/PoolFilterFields';
import { useBenchmarkK } from './useBenchmarkK';

/**
 * A filtered part of the pool as a file to share. The CSV is meant for Excel: in Dutch with `;`, decimal
 * commas and a BOM, in English with `,`. The service makes it k-anonymous and says what that cost.
 */
function PoolExportForm({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const [filters, setFilters] = useState<GroupFilters>(NO_FILTERS);
  const [kind, setKind] = useState<'csv' | 'pack' | 'xlsx'>('csv');
  const [syntheticOnly, setSyntheticOnly] = useState(false);
  const [done, setDone] = useState<PoolExport | null>(null);
  const exportPool = useApiMutation('pool.export');
  const exportWorkbook = useApiMutation('pool.exportWorkbook');
  const pending = exportPool.isPending || exportWorkbook.isPending;
  const failed = exportPool.error ?? exportWorkbook.error;
  const k = useBenchmarkK();
  const delimiter = language === 'nl' ? ';' : ',';

  const submit = () => {
    const records = syntheticOnly ? 'synthetic' : 'real';
    if (kind === 'xlsx') {
      exportWorkbook.mutate(
        { filters: filters as OperationInput<'pool.exportWorkbook'>['filters'], records },
        {
          onSuccess: (result) => {
            downloadBytes(result.fileName, result.contentBase64, XLSX_TYPE);
            setDone({ ...result, content: '', sha256: null });
          },
        },
      );
      return;
    }
    exportPool.mutate(
      {
        format: kind,
        delimiter: kind === 'csv' ? delimiter : ',',
        filters: filters as OperationInput<'pool.export'>['filters'],
        records,
      },
      {
        onSuccess: (result) => {
          downloadText(
            result.fileName,
            result.content,
            kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8',
          );
          setDone(result);
        },
      },
    );
  };

  if (done) {
    return (
      <Stack gap="md">
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck />}
          title={t('benchmarks.export.doneTitle', { file: done.fileName })}
        >
          <List size="sm" spacing={2} data-testid="pool-export-report">
            <List.Item>{format.count('benchmarks.export.exported', done.exported)}</List.Item>
            <List.Item>{format.count('benchmarks.export.generalised', done.generalised)}</List.Item>
            <List.Item>
              {t('benchmarks.export.leftOut', {
                count: done.leftOut,
                replace: { count: format.number(done.leftOut), k: format.number(k) },
              })}
            </List.Item>
            {done.syntheticLeftOut > 0 && (
              <List.Item>{format.count('benchmarks.export.syntheticLeftOut', done.syntheticLeftOut)}</List.Item>
            )}
          </List>
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">{t('benchmarks.export.help')}</Text>
      <PoolFilterFields value={filters} onChange={setFilters} idPrefix="export" />
      <Radio.Group
        label={t('benchmarks.export.format')}
        value={kind}
        onChange={(v) => setKind(v as 'csv' | 'pack' | 'xlsx')}
      >
        <Stack gap="xs" mt={6}>
          <Radio
            value="csv"
            label={t('benchmarks.export.csv')}
            description={language === 'nl' ? t('benchmarks.export.csvHelpNl') : t('benchmarks.export.csvHelpEn')}
          />
          <Radio value="xlsx" label={t('benchmarks.export.xlsx')} />
          <Radio value="pack" label={t('benchmarks.export.pack')} />
        </Stack>
      </Radio.Group>
      <Checkbox
        label={t('benchmarks.export.syntheticOnly')}
        description={t('benchmarks.export.syntheticOnlyHelp')}
        checked={syntheticOnly}
        onChange={(e) => setSyntheticOnly(e.currentTarget.checked)}
      />
      {failed && (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
          {errorSentence(t, failed)}
        </Alert>
      )}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose} disabled={pending}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={pending} leftSection={<IconDownload size={16} />}>
          {t('benchmarks.export.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

export function ExportModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('benchmarks.export.title')} size="xl">
      {opened && <PoolExportForm onClose={onClose} />}
    </Modal>
  );
}
