import { IMPORT_LIMITS } from '../../../../shared/api/limits';
import { Button, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentSummary } from '../../../../shared/assessments/schemas';
import type { SurveyImportReport } from '../../../../shared/surveys/schemas';
import { EMPTY_MAPPING, type SurveyMapping } from '../../../../shared/surveys/mapping';
import { useApiMutation, useApiQuery } from '../../api/client';
import { engagementPath } from '../../app/paths';
import { FileImportModal } from '../../files/FileImportModal';
import { useFormat } from '../../i18n/format';
import { IconDownload } from '../../ui/icons';
import { SurveyMappingReview } from './SurveyMappingReview';
import { useTemplateDownload } from './useTemplateDownload';

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * A survey tool's export (Microsoft Forms, Google Forms, SurveyMonkey, Qualtrics, LimeSurvey, .xlsx or
 * CSV/TSV) or a Responses CSV into the round, all or nothing. As soon as the file is chosen the mapping
 * screen shows what was recognised and lets every column, answer and role that was not be fixed from a list
 * (SurveyMappingReview); the import then takes that mapping. Respondents who are already in the round are
 * replaced only after the consultant says so.
 */
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
  const format = useFormat();
  const importSurvey = useApiMutation('surveys.import');
  const template = useTemplateDownload();
  const [mapping, setMapping] = useState<SurveyMapping>(EMPTY_MAPPING);
  const [ready, setReady] = useState(false);
  const onReady = useCallback((r: boolean) => setReady(r), []);
  const framework = useApiQuery(
    'frameworks.get',
    { id: round?.frameworkId ?? '', version: round?.frameworkVersion },
    { enabled: round !== null, staleTime: Number.POSITIVE_INFINITY },
  );

  return (
    <FileImportModal<SurveyImportReport>
      opened={round !== null}
      onClose={() => {
        setMapping(EMPTY_MAPPING);
        setReady(false);
        onClose();
      }}
      title={t('surveyImport.title', { round: round?.round ?? '' })}
      maxBytes={IMPORT_LIMITS.surveyFileBytes}
      accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      testId="import"
      texts={{
        help: t('surveyImport.help'),
        file: t('surveyImport.file'),
        choose: t('surveyImport.choose'),
        submit: t('surveyImport.import'),
        importing: (file) => t('surveyImport.importing', { file }),
        problemsTitle: (file) => t('surveyImport.problemsTitle', { file }),
        problemsCount: (count) => format.count('surveyImport.problemsCount', count),
        nothingImported: t('surveyImport.nothingImported'),
        column: t('surveyImport.column'),
        doneTitle: (file) => t('surveyImport.doneTitle', { file }),
      }}
      beside={
        round && (
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={() => void template.download(round.id)}
            loading={template.busy}
          >
            {t('surveyImport.downloadTemplate')}
          </Button>
        )
      }
      review={(file) =>
        round &&
        framework.data && (
          <SurveyMappingReview
            key={`${file.fileName}:${file.contentBase64.length}`}
            assessmentId={round.id}
            framework={framework.data}
            file={file}
            mapping={mapping}
            onMappingChange={setMapping}
            onReady={onReady}
          />
        )
      }
      ready={ready}
      reviewKey={mapping}
      onFileChange={() => {
        setMapping(EMPTY_MAPPING);
        setReady(false);
      }}
      run={(file, replace) => importSurvey.mutateAsync({ ...file, assessmentId: round?.id ?? '', replace, mapping })}
      secondTry={(failure) => {
        const existing = stringsOf(failure.error.details?.existing);
        if (failure.code !== 'conflict' || existing.length === 0) return null;
        return {
          kind: 'question',
          title: t('surveyImport.replaceTitle'),
          body: (
            <>
              {format.count('surveyImport.replaceQuestion', existing.length)}{' '}
              <Text span size="sm" fw={500}>
                {existing.slice(0, 12).join(', ')}
                {existing.length > 12 ? ', …' : ''}
              </Text>
            </>
          ),
          confirm: t('surveyImport.replace'),
          keep: t('surveyImport.keepExisting'),
        };
      }}
      summary={(r) => [
        format.count('surveyImport.report.added', r.added),
        format.count('surveyImport.report.replaced', r.replaced),
        format.count('surveyImport.report.answers', r.answers),
        format.count('surveyImport.report.notApplicable', r.notApplicable),
        format.count('surveyImport.report.skipped', r.skipped),
      ]}
      doneAction={(close) =>
        round && (
          <Button component={Link} to={engagementPath(engagementId, 'results', round.id)} onClick={close}>
            {t('surveyImport.seeResults')}
          </Button>
        )
      }
    />
  );
}
