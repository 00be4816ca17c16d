import { IMPORT_LIMITS } from '../../../../shared/api/limits';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PoolImportReport } from '../../../../shared/pool/schemas';
import { useApiMutation } from '../../api/client';
import { FileImportModal } from '../../files/FileImportModal';
import { FileProblemsTable } from '../../files/FileProblemsTable';
import { useFormat } from '../../i18n/format';

/**
 * A Benchmark CSV or pack into the pool, all or nothing: every problem listed by line and field; a file
 * whose format and checksum are sound can then be imported without its invalid rows.
 */
export function ImportModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const importPool = useApiMutation('pool.import');

  return (
    <FileImportModal<PoolImportReport>
      opened={opened}
      onClose={onClose}
      title={t('benchmarks.import.title')}
      maxBytes={IMPORT_LIMITS.benchmarkFileBytes}
      accept=".csv,.json,text/csv,application/json"
      testId="pool-import"
      texts={{
        help: t('benchmarks.import.help'),
        file: t('benchmarks.import.file'),
        choose: t('benchmarks.import.choose'),
        submit: t('benchmarks.import.submit'),
        importing: (file) => t('benchmarks.import.importing', { file }),
        problemsTitle: (file) => t('benchmarks.import.problemsTitle', { file }),
        problemsCount: (count) => format.count('benchmarks.import.problemsCount', count),
        nothingImported: t('benchmarks.import.nothingImported'),
        column: t('benchmarks.import.field'),
        doneTitle: (file) => t('benchmarks.import.doneTitle', { file }),
      }}
      run={(file, skipInvalid) => importPool.mutateAsync({ ...file, skipInvalid })}
      // Row problems carry their counts; a fatal one (unreadable, truncated, bad checksum) does not.
      secondTry={(failure) => {
        const details = failure.error.details;
        const rowProblems = typeof details?.refused === 'number' || typeof details?.conflicts === 'number';
        return failure.code === 'invalid_input' && rowProblems
          ? { kind: 'withProblems', label: t('benchmarks.import.importValid') }
          : null;
      }}
      problemsNote={() => t('benchmarks.import.fatal')}
      summary={(r) => [
        format.count('benchmarks.import.report.added', r.added),
        format.count('benchmarks.import.report.unchanged', r.unchanged),
        format.count('benchmarks.import.report.rounded', r.rounded),
        format.count('benchmarks.import.report.conflicts', r.conflicts),
        format.count('benchmarks.import.report.refused', r.refused),
      ]}
      details={(r) =>
        r.problems.length > 0 && (
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
        )
      }
    />
  );
}
