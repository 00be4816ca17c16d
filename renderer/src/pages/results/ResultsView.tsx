import { Button, Skeleton, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentSummary } from '../../../../shared/assessments/schemas';
import { useApiQuery } from '../../api/client';
import { indexFramework, useLocalText } from '../../framework/frameworkText';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { IconPresentation } from '../../ui/icons';
import { QueryError } from '../../ui/QueryError';
import { engagementPath, workshopPath } from '../../app/paths';
import { BenchmarkSection } from './BenchmarkSection';
import { BlockCharts } from './BlockCharts';
import { BlockTable } from './BlockTable';
import { DeltasSection } from './DeltasSection';
import { ElementsSection } from './ElementsSection';
import { explainer } from './explain';
import { GapsSection } from './GapsSection';
import { Heatmap } from './Heatmap';
import { PyramidSection } from './PyramidSection';
import type { ResultsContext } from './resultsContext';
import { ResultsSummary } from './ResultsSummary';
import { RolesSection } from './RolesSection';
import { ShiftsSection } from './ShiftsSection';

/** Everything a consultant discusses on the spot, for one round: scores, spread, gaps, pyramid, shifts, change. */
export function ResultsView({ round, engagementId }: { round: AssessmentSummary; engagementId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useLocalText();
  const results = useApiQuery('assessments.results', { id: round.id });
  const workspace = useApiQuery('assessments.workspace', { id: round.id });

  const context = useMemo((): ResultsContext | null => {
    if (!results.data || !workspace.data) return null;
    const index = indexFramework(workspace.data.framework);
    return {
      results: results.data,
      workspace: workspace.data,
      index,
      mode: workspace.data.assessment.mode,
      blockName: (id) => {
        const block = index.block.get(id);
        return block ? text(block.name) : id;
      },
      explain: explainer(t, format, workspace.data.assessment.mode),
    };
  }, [results.data, workspace.data, text, t, format]);

  const failed = results.error ?? workspace.error;
  if (failed) {
    return (
      <QueryError
        error={failed}
        onRetry={() => {
          void results.refetch();
          void workspace.refetch();
        }}
      />
    );
  }
  if (!context) return <Skeleton h={320} radius="md" />;

  const empty = context.results.overall.blocksScored === 0;
  return (
    <Stack gap="xl" data-testid="results">
      {empty ? (
        <EmptyState
          title={t('results.emptyTitle')}
          body={round.mode === 'workshop' ? t('results.emptyWorkshop') : t('results.emptySurvey')}
          action={
            round.mode === 'workshop' ? (
              <Button component={Link} to={workshopPath(round.id)} leftSection={<IconPresentation size={16} />}>
                {t('rounds.workshopScreen')}
              </Button>
            ) : (
              <Button component={Link} to={engagementPath(engagementId, 'rounds')}>
                {t('engagement.tabs.rounds')}
              </Button>
            )
          }
        />
      ) : (
        <>
          <ResultsSummary context={context} />
          <BlockCharts context={context} />
          <BlockTable context={context} />
          {context.results.previous && <DeltasSection context={context} />}
          <BenchmarkSection context={context} />
          <PyramidSection context={context} />
          <GapsSection context={context} />
          <RolesSection context={context} />
          <ElementsSection context={context} />
          <Heatmap context={context} />
        </>
      )}
      <ShiftsSection context={context} />
    </Stack>
  );
}
