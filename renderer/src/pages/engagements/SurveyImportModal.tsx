import { Alert, Button, FileInput, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentSummary, FileProblem, ResponsesImportReport } from '../../../../shared/assessments/schemas';
import { isApiFailure, useApiMutation } from '../../api/client';
import { errorSentence } from '../../app/errorText';
import { FileProblemsTable, problemsOf } from '../../files/FileProblemsTable';
import { readFileAsBase64 } from '../../files/fileTransfer';
import { useFormat } from '../../i18n/format';
import { IconAlert, IconCheck, IconDownload, IconUpload } from '../../ui/icons';
import { engagementPath } from '../../app/paths';
import { useTemplateDownload } from './useTemplateDownload';

type Outcome =
  | { kind: 'problems'; fileName: string; problems: FileProblem[] }
  | { kind: 'conflict'; fileName: string; existing: string[] }
  | { kind: 'done'; fileName: string; report: ResponsesImportReport }
  | { kind: 'failed'; error: unknown }
  | null;

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * A survey's Responses CSV into the round, all or nothing: every problem listed with its line and column,
 * and respondents who are already in the round replaced only after the consultant says so.
 */
function SurveyImport({
  round,
  engagementId,
  onClose,
}: {
  round: AssessmentSummary;
  engagementId: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [reading, setReading] = useState(false);
  const importResponses = useApiMutation('assessments.importResponses');
  const template = useTemplateDownload();
  const busy = reading || importResponses.isPending;

  const send = async (replace: boolean) => {
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
    importResponses.mutate(
      { assessmentId: round.id, contentBase64, fileName: file.name, replace },
      {
        onSuccess: (report) => setOutcome({ kind: 'done', fileName: file.name, report }),
        onError: (error) => {
          const details = isApiFailure(error) ? error.error.details : undefined;
          if (isApiFailure(error) && error.code === 'invalid_input' && problemsOf(details).length > 0) {
            setOutcome({ kind: 'problems', fileName: file.name, problems: problemsOf(details) });
          } else if (isApiFailure(error) && error.code === 'conflict' && stringsOf(details?.existing).length > 0) {
            setOutcome({ kind: 'conflict', fileName: file.name, existing: stringsOf(details?.existing) });
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
          title={t('surveyImport.doneTitle', { file: outcome.fileName })}
        >
          <List size="sm" spacing={2} data-testid="import-report">
            <List.Item>{format.count('surveyImport.report.added', r.added)}</List.Item>
            <List.Item>{format.count('surveyImport.report.replaced', r.replaced)}</List.Item>
            <List.Item>{format.count('surveyImport.report.answers', r.answers)}</List.Item>
            <List.Item>{format.count('surveyImport.report.notApplicable', r.notApplicable)}</List.Item>
            <List.Item>{format.count('surveyImport.report.skipped', r.skipped)}</List.Item>
          </List>
        </Alert>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button component={Link} to={engagementPath(engagementId, 'results', round.id)} onClick={onClose}>
            {t('surveyImport.seeResults')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">{t('surveyImport.help')}</Text>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <FileInput
          label={t('surveyImport.file')}
          placeholder={t('surveyImport.choose')}
          accept=".csv,text/csv"
          value={file}
          onChange={(picked) => {
            setFile(picked);
            setOutcome(null);
          }}
          leftSection={<IconUpload size={16} />}
          clearable
          style={{ flex: 1 }}
          data-autofocus
        />
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          onClick={() => void template.download(round.id)}
          loading={template.busy}
        >
          {t('surveyImport.downloadTemplate')}
        </Button>
      </Group>

      {outcome?.kind === 'problems' && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlert />}
          title={t('surveyImport.problemsTitle', { file: outcome.fileName })}
          role="alert"
        >
          <Stack gap="xs">
            <Text size="sm">
              {format.count('surveyImport.problemsCount', outcome.problems.length)} {t('surveyImport.nothingImported')}
            </Text>
            <FileProblemsTable
              problems={outcome.problems}
              columnLabel={t('surveyImport.column')}
              testId="import-problems"
            />
          </Stack>
        </Alert>
      )}

      {outcome?.kind === 'conflict' && (
        <Alert color="yellow" variant="light" icon={<IconAlert />} title={t('surveyImport.replaceTitle')} role="alert">
          <Stack gap="sm">
            <Text size="sm">
              {format.count('surveyImport.replaceQuestion', outcome.existing.length)}{' '}
              <Text span size="sm" fw={500}>
                {outcome.existing.slice(0, 12).join(', ')}
                {outcome.existing.length > 12 ? ', …' : ''}
              </Text>
            </Text>
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => setOutcome(null)}>
                {t('surveyImport.keepExisting')}
              </Button>
              <Button color="yellow" size="xs" onClick={() => void send(true)} loading={busy}>
                {t('surveyImport.replace')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      {outcome?.kind === 'failed' && (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
          {errorSentence(t, outcome.error)} {t('surveyImport.nothingImported')}
        </Alert>
      )}

      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button
          onClick={() => void send(false)}
          disabled={!file || outcome?.kind === 'conflict'}
          loading={busy}
          leftSection={<IconUpload size={16} />}
        >
          {t('surveyImport.import')}
        </Button>
      </Group>
    </Stack>
  );
}

export function ImportModal({
  round,
  engagementId,
  onClose,
}: {
  round: AssessmentSummary | null;
  engagementId: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={round !== null}
      onClose={onClose}
      title={t('surveyImport.title', { round: round?.round ?? '' })}
      size="xl"
    >
      {round && <SurveyImport round={round} engagementId={engagementId} onClose={onClose} />}
    </Modal>
  );
}
