import { Alert, Button, FileInput, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoolImportReport } from '../../../../shared/pool/schemas';
import type { FileProblem } from '../../../../shared/assessments/schemas';
import { isApiFailure, useApiMutation } from '../../api/client';
import { errorSentence } from '../../app/errorText';
import { FileProblemsTable, problemsOf } from '../../files/FileProblemsTable';
import { readFileAsBase64 } from '../../files/fileTransfer';
import { useFormat } from '../../i18n/format';
import { IconAlert, IconCheck, IconUpload } from '../../ui/icons';

type Outcome =
  | { kind: 'problems'; fileName: string; problems: FileProblem[]; skippable: boolean }
  | { kind: 'done'; fileName: string; report: PoolImportReport }
  | { kind: 'failed'; error: unknown }
  | null;

/**
 * A Benchmark CSV or pack into the pool, all or nothing: every problem listed by line and field; a file
 * whose format and checksum are sound can then be imported without its invalid rows.
 */
function PoolImport({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [reading, setReading] = useState(false);
  const importPool = useApiMutation('pool.import');
  const busy = reading || importPool.isPending;

  const send = async (skipInvalid: boolean) => {
    if (!file) return;
    setReading(true);
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch (error) {
      setOutcome({ kind: 'failed', error });
      return;
    } finally {
      setReading(false);
    }
    importPool.mutate(
      { contentBase64, fileName: file.name, skipInvalid },
      {
        onSuccess: (report) => setOutcome({ kind: 'done', fileName: file.name, report }),
        onError: (error) => {
          const details = isApiFailure(error) ? error.error.details : undefined;
          if (isApiFailure(error) && error.code === 'invalid_input' && problemsOf(details).length > 0) {
            // Row problems carry their counts; a fatal one (unreadable, truncated, bad checksum) does not.
            const skippable = typeof details?.refused === 'number' || typeof details?.conflicts === 'number';
            setOutcome({ kind: 'problems', fileName: file.name, problems: problemsOf(details), skippable });
          } else {
            setOutcome({ kind: 'failed', error });
          }
        },
      },
    );
  };

  if (outcome?.kind === 'done') {
    const r = outcome.report;
    return (
      <Stack gap="md">
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck />}
          title={t('benchmarks.import.doneTitle', { file: outcome.fileName })}
        >
          <List size="sm" spacing={2} data-testid="pool-import-report">
            <List.Item>{format.count('benchmarks.import.report.added', r.added)}</List.Item>
            <List.Item>{format.count('benchmarks.import.report.unchanged', r.unchanged)}</List.Item>
            <List.Item>{format.count('benchmarks.import.report.rounded', r.rounded)}</List.Item>
            <List.Item>{format.count('benchmarks.import.report.conflicts', r.conflicts)}</List.Item>
            <List.Item>{format.count('benchmarks.import.report.refused', r.refused)}</List.Item>
          </List>
        </Alert>
        {r.problems.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('benchmarks.import.leftOut')}
            </Text>
            <FileProblemsTable
              problems={r.problems}
              columnLabel={t('benchmarks.import.field')}
              testId="pool-import-problems"
            />
          </Stack>
        )}
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">{t('benchmarks.import.help')}</Text>
      <FileInput
        label={t('benchmarks.import.file')}
        placeholder={t('benchmarks.import.choose')}
        accept=".csv,.json,text/csv,application/json"
        value={file}
        onChange={(picked) => {
          setFile(picked);
          setOutcome(null);
        }}
        leftSection={<IconUpload size={16} />}
        clearable
        disabled={busy}
        data-autofocus
      />

      {busy && file && (
        <Stack gap={4} data-testid="pool-import-progress">
          <Text size="sm" c="dimmed">
            {t('benchmarks.import.importing', { file: file.name })}
          </Text>
          <Progress value={100} striped animated aria-label={t('benchmarks.import.importing', { file: file.name })} />
        </Stack>
      )}

      {outcome?.kind === 'problems' && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlert />}
          title={t('benchmarks.import.problemsTitle', { file: outcome.fileName })}
          role="alert"
        >
          <Stack gap="xs">
            <Text size="sm">
              {format.count('benchmarks.import.problemsCount', outcome.problems.length)}{' '}
              {t('benchmarks.import.nothingImported')}
              {!outcome.skippable && ` ${t('benchmarks.import.fatal')}`}
            </Text>
            <FileProblemsTable
              problems={outcome.problems}
              columnLabel={t('benchmarks.import.field')}
              testId="pool-import-problems"
            />
            {outcome.skippable && (
              <Group>
                <Button size="xs" variant="default" onClick={() => void send(true)} loading={busy}>
                  {t('benchmarks.import.importValid')}
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}

      {outcome?.kind === 'failed' && (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
          {errorSentence(t, outcome.error)} {t('benchmarks.import.nothingImported')}
        </Alert>
      )}

      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button
          onClick={() => void send(false)}
          disabled={!file || outcome?.kind === 'problems'}
          loading={busy}
          leftSection={<IconUpload size={16} />}
        >
          {t('benchmarks.import.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

export function ImportModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('benchmarks.import.title')} size="xl">
      {opened && <PoolImport onClose={onClose} />}
    </Modal>
  );
}
