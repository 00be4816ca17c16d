import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Input,
  Modal,
  Progress,
  Radio,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { keepPreviousData, useIsMutating } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../../../shared/api/operations';
import { describeGroup, type GroupFilters, NO_FILTERS, ownGroup } from '../../../../shared/pool/groupText';
import type { AssessmentSummary } from '../../../../shared/assessments/schemas';
import { type Language, LANGUAGES } from '../../../../shared/domain/identifiers';
import type { Engagement } from '../../../../shared/clients/schemas';
import { REPORT_KINDS, type ReportRequest } from '../../../../shared/reports/schemas';
import { calendarDate } from '../../../../shared/domain/calendar';
import { managementReportFileName } from '../../../../shared/reports/management';
import { useApiMutation, useApiQuery } from '../../api/client';
import { errorSentence } from '../../app/errorText';
import { downloadBytes } from '../../files/fileTransfer';
import { useLanguage } from '../../i18n/i18n';
import { useFormat } from '../../i18n/format';
import { IconAlert, IconCheck, IconReport } from '../../ui/icons';
import { QueryError } from '../../ui/QueryError';
import { PoolFilterFields } from '../../forms/PoolFilterFields';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type ReportKind = (typeof REPORT_KINDS)[number];
type CompareFilters = OperationInput<'pool.compare'>['filters'];

/** What the export produced: a download (the browser over the bridge) or a file saved by the desktop app. */
type Done =
  | { kind: 'downloaded'; fileName: string; size: number; warnings: string[] }
  | { kind: 'saved'; fileName: string; path: string; warnings: string[] };

function suggestedFileName(kind: ReportKind, language: Language, engagement: Engagement, round: AssessmentSummary) {
  switch (kind) {
    case 'management':
      return managementReportFileName({
        language,
        generatedOn: calendarDate(new Date()),
        engagement: { title: engagement.title, clientName: engagement.clientName, lead: engagement.lead },
        assessment: round,
      });
  }
}

/**
 * The comparison group's n under the filters, live: the report either compares or says why it cannot. Below
 * k only "fewer than k", never the n.
 */
function GroupLine({ assessmentId, filters }: { assessmentId: string; filters: GroupFilters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const input = useMemo(() => ({ assessmentId, filters: filters as CompareFilters }), [assessmentId, filters]);
  const comparison = useApiQuery('pool.compare', input, { placeholderData: keepPreviousData });
  if (comparison.isError) return <QueryError error={comparison.error} onRetry={() => void comparison.refetch()} />;
  const data = comparison.data;
  if (!data) return <Skeleton h={20} w={240} radius="sm" />;
  return (
    <Text
      size="sm"
      c={data.suppressed ? 'dimmed' : undefined}
      data-testid="report-export-group"
      data-n={data.n ?? undefined}
      data-suppressed={data.suppressed}
      aria-busy={comparison.isFetching}
      title={describeGroup(t, language, data.filters, { full: true })}
      style={{ opacity: comparison.isPlaceholderData ? 0.6 : 1 }}
    >
      {data.suppressed || data.n === null
        ? t('results.export.groupSuppressed', { k: format.number(data.k) })
        : t('results.export.groupN', { n: format.number(data.n) })}
    </Text>
  );
}

function DoneView({ done, onAgain, onClose }: { done: Done; onAgain(): void; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const showInFolder = useApiMutation('files.showInFolder');
  const notShown = showInFolder.data?.shown === false;
  return (
    <Stack gap="md" data-testid="report-export-done">
      <Alert
        color="teal"
        variant="light"
        icon={<IconCheck />}
        title={
          done.kind === 'downloaded'
            ? t('results.export.downloaded', {
                file: done.fileName,
                size: format.number(Math.max(1, Math.round(done.size / 1024))),
              })
            : t('results.export.saved', { file: done.fileName })
        }
        data-testid="report-export-result"
      >
        {done.kind === 'saved' && (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {done.path}
          </Text>
        )}
      </Alert>
      {done.warnings.map((warning) => (
        <Alert key={warning} color="yellow" variant="light" icon={<IconAlert />} data-testid="report-export-warning">
          {warning}
        </Alert>
      ))}
      {(showInFolder.isError || notShown) && (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
          {showInFolder.isError
            ? errorSentence(t, showInFolder.error)
            : t('results.export.folderNotShown', { path: done.kind === 'saved' ? done.path : '' })}
        </Alert>
      )}
      <Group justify="space-between" gap="xs">
        <Button variant="subtle" onClick={onAgain}>
          {t('results.export.another')}
        </Button>
        <Group gap="xs">
          {done.kind === 'saved' && (
            <Button
              variant="default"
              loading={showInFolder.isPending}
              onClick={() => showInFolder.mutate({ path: done.path })}
              data-testid="report-export-show"
            >
              {t('results.export.showInFolder')}
            </Button>
          )}
          <Button onClick={onClose} data-autofocus>
            {t('common.close')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

/**
 * The choices of a report export — which report, its language, the benchmark group — then the export:
 * in the desktop app the Save dialog and a file on disk, in the browser a download.
 */
function ReportExportForm({
  engagement,
  round,
  onClose,
}: {
  engagement: Engagement;
  round: AssessmentSummary;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const info = useApiQuery('app.info', {}, { staleTime: Number.POSITIVE_INFINITY });
  const client = useApiQuery('clients.get', { id: engagement.clientId });
  const [kind, setKind] = useState<ReportKind>('management');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [withBenchmark, setWithBenchmark] = useState(true);
  const [chosen, setChosen] = useState<GroupFilters | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const build = useApiMutation('reports.build');
  const save = useApiMutation('reports.save');
  // Home asks for the report until one went out; a failure to note it must not spoil the export itself.
  const recordExport = useApiMutation('reports.recordExport');
  const recorded = () => recordExport.mutate({ assessmentId: round.id, kind, language });

  const own = useMemo<GroupFilters | null>(() => (client.data ? ownGroup(client.data.client) : null), [client.data]);
  const filters = chosen ?? own;
  const fileName = useMemo(
    () => suggestedFileName(kind, language, engagement, round),
    [kind, language, engagement, round],
  );
  const desktop = info.data?.transport === 'ipc';
  const pending = build.isPending || save.isPending;
  const error = build.error ?? save.error;
  const ready = info.data !== undefined && (!withBenchmark || filters !== null);

  const submit = () => {
    const request: ReportRequest = {
      assessmentId: round.id,
      kind,
      language,
      benchmark: withBenchmark ? { filters: (filters ?? NO_FILTERS) as CompareFilters } : null,
    };
    build.reset();
    save.reset();
    if (desktop) {
      save.mutate(request, {
        // Cancelled in the Save dialog: back to the form as it was, without a word.
        onSuccess: (result) => {
          if (result.saved) {
            setDone({ kind: 'saved', ...result });
            recorded();
          } else save.reset();
        },
      });
    } else {
      build.mutate(request, {
        onSuccess: (result) => {
          downloadBytes(result.fileName, result.contentBase64, DOCX_TYPE);
          setDone({ kind: 'downloaded', fileName: result.fileName, size: result.size, warnings: result.warnings });
          recorded();
        },
      });
    }
  };

  if (done) {
    return (
      <DoneView
        done={done}
        onClose={onClose}
        onAgain={() => {
          build.reset();
          save.reset();
          setDone(null);
        }}
      />
    );
  }

  return (
    <Stack gap="lg" data-testid="report-export-form">
      <Fieldset variant="unstyled" disabled={pending}>
        <Stack gap="lg">
          <Radio.Group label={t('results.export.kind')} value={kind} onChange={(v) => setKind(v as ReportKind)}>
            <Stack gap="xs" mt={6}>
              {REPORT_KINDS.map((k) => (
                <Radio
                  key={k}
                  value={k}
                  label={t(`results.export.kinds.${k}`)}
                  description={t(`results.export.kindHelp.${k}`)}
                />
              ))}
            </Stack>
          </Radio.Group>

          <Input.Wrapper label={t('results.export.language')} description={t('results.export.languageHelp')}>
            <div>
              <SegmentedControl
                mt={6}
                value={language}
                onChange={(v) => setLanguage(v as Language)}
                data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
                disabled={pending}
                data-testid="report-export-language"
              />
            </div>
          </Input.Wrapper>

          <Stack gap="sm">
            <Checkbox
              label={t('results.export.benchmark')}
              description={t('results.export.benchmarkHelp')}
              checked={withBenchmark}
              onChange={(e) => setWithBenchmark(e.currentTarget.checked)}
              data-testid="report-export-benchmark"
            />
            {withBenchmark && (
              <Stack gap="xs" pl={32}>
                {client.isError && <QueryError error={client.error} onRetry={() => void client.refetch()} />}
                {filters ? (
                  <>
                    <PoolFilterFields value={filters} onChange={setChosen} idPrefix="report" />
                    <GroupLine assessmentId={round.id} filters={filters} />
                  </>
                ) : (
                  !client.isError && <Skeleton h={60} radius="sm" />
                )}
              </Stack>
            )}
          </Stack>

          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {t('results.export.fileName')}
            </Text>
            <Text size="sm" ff="monospace" data-testid="report-export-filename" style={{ overflowWrap: 'anywhere' }}>
              {fileName}
            </Text>
          </Stack>

          {round.answeredCount === 0 && (
            <Text size="sm" c="dimmed" data-testid="report-export-no-answers">
              {t('results.export.noAnswers')}
            </Text>
          )}
        </Stack>
      </Fieldset>

      {error && !pending && (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert" data-testid="report-export-error">
          {errorSentence(t, error)}
        </Alert>
      )}
      {pending && (
        <Stack gap={6} data-testid="report-export-progress" role="status">
          <Progress value={100} animated striped size="lg" radius="xl" aria-label={t('results.export.building')} />
          <Text size="sm" c="dimmed">
            {desktop ? t('results.export.saving') : t('results.export.building')}
          </Text>
        </Stack>
      )}

      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose} disabled={pending}>
          {t('common.cancel')}
        </Button>
        <Button
          onClick={submit}
          loading={pending}
          disabled={!ready}
          leftSection={<IconReport size={16} />}
          data-testid="report-export-submit"
        >
          {t('results.export.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

/** "Export report…" on the results: a Word report of this round. It cannot be closed half-way an export. */
export function ReportExportModal({
  opened,
  onClose,
  engagement,
  round,
}: {
  opened: boolean;
  onClose(): void;
  engagement: Engagement;
  round: AssessmentSummary;
}) {
  const { t } = useTranslation();
  const busy = useIsMutating({ mutationKey: ['reports.build'] }) + useIsMutating({ mutationKey: ['reports.save'] }) > 0;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('results.export.title')}
      size={880}
      closeOnClickOutside={!busy}
      closeOnEscape={!busy}
      withCloseButton={!busy}
    >
      {opened && (
        <div data-testid="report-export-modal">
          <ReportExportForm engagement={engagement} round={round} onClose={onClose} />
        </div>
      )}
    </Modal>
  );
}
