import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AssessmentSummary } from '../../../../shared/assessments/schemas';
import type { Engagement } from '../../../../shared/clients/schemas';
import { callOrThrow, useApiQuery, useTransport } from '../../api/client';
import { ExcelDownloadButton } from '../../files/ExcelDownloadButton';
import { useLanguage } from '../../i18n/i18n';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { IconReport } from '../../ui/icons';
import { LoadingBlock } from '../../ui/Loading';
import { QueryState } from '../../ui/QueryState';
import { RoundStatusBadge } from '../../ui/RoundStatusBadge';
import { engagementPath } from '../../app/paths';
import { ReportExportModal } from './ReportExportModal';
import { ResultsView } from './ResultsView';

/** Without a choice, the latest round that has answers (else the latest round). */
export function defaultRound(rounds: AssessmentSummary[]): AssessmentSummary | undefined {
  return [...rounds].reverse().find((r) => r.answeredCount > 0) ?? rounds.at(-1);
}

/** Results of one round of the engagement, chosen from its rounds. */
export function ResultsTab({ engagement, roundId }: { engagement: Engagement; roundId: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const rounds = useApiQuery('assessments.list', { engagementId: engagement.id });
  const list = useMemo(() => rounds.data ?? [], [rounds.data]);
  const chosen = list.find((r) => r.id === roundId) ?? defaultRound(list);
  const [exporting, exportModal] = useDisclosure(false);
  const transport = useTransport();
  const language = useLanguage();

  if (rounds.isError || rounds.isPending) return <QueryState query={rounds} loading={<LoadingBlock h={200} />} />;
  if (!chosen) {
    return (
      <EmptyState
        title={t('results.noRoundsTitle')}
        body={t('results.noRoundsBody')}
        action={
          <Button component={Link} to={engagementPath(engagement.id, 'rounds')}>
            {t('engagement.tabs.rounds')}
          </Button>
        }
      />
    );
  }

  const label = (r: AssessmentSummary) =>
    `${r.round} · ${t(`assessmentModes.${r.mode}`)}${r.heldOn ? ` · ${format.date(r.heldOn)}` : ''}`;
  return (
    <Stack gap="lg">
      <Text fw={600} data-print-only>
        {label(chosen)}
        {chosen.status !== 'finalized' ? ` · ${t('results.provisional')}` : ''}
      </Text>
      <Group gap="md" align="flex-end" justify="space-between" data-controls>
        <Group gap="md" align="flex-end">
          <Select
            label={t('results.round')}
            data={list.map((r) => ({ value: r.id, label: label(r) }))}
            value={chosen.id}
            onChange={(value) => value && navigate(engagementPath(engagement.id, 'results', value), { replace: true })}
            allowDeselect={false}
            w={360}
          />
          <Group gap="xs" pb={6}>
            <RoundStatusBadge status={chosen.status} />
            {chosen.status !== 'finalized' && (
              <Text size="sm" c="dimmed">
                {t('results.provisional')}
              </Text>
            )}
          </Group>
        </Group>
        <Group gap="xs">
          <ExcelDownloadButton
            label={t('results.export.excel')}
            testId="results-excel-button"
            build={() => callOrThrow(transport, 'surveys.exportResults', { assessmentId: chosen.id, language })}
          />
          <Button
            variant="default"
            leftSection={<IconReport size={16} />}
            onClick={exportModal.open}
            data-testid="report-export-button"
          >
            {t('results.export.action')}
          </Button>
        </Group>
      </Group>
      <ReportExportModal opened={exporting} onClose={exportModal.close} engagement={engagement} round={chosen} />
      <ResultsView key={chosen.id} round={chosen} engagementId={engagement.id} />
    </Stack>
  );
}
