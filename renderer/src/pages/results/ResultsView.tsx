import { Button, Skeleton, Stack } from '@mantine/core';
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
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
import { PresentationBar } from './PresentationBar';
import { PyramidSection } from './PyramidSection';
import classes from './Results.module.css';
import { partElementId, partHeading, RESULTS_PARTS, type ResultsPart } from './resultsParts';
import type { ResultsContext } from './resultsContext';
import { ResultsSummary } from './ResultsSummary';
import { RolesSection } from './RolesSection';
import { RoundNotesSection } from './RoundNotesSection';
import { SectionNav } from './SectionNav';
import { ShiftsSection } from './ShiftsSection';
import { usePresentation } from './usePresentation';
import { useScrollSpy } from './useScrollSpy';

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

  return <ResultsParts context={context} round={round} engagementId={engagementId} />;
}

/**
 * The parts of the results on one page with a navigation that follows the scroll, or, presenting, one part
 * per screen (resultsParts.ts names them; print puts each on a new page, see app/global.css).
 */
function ResultsParts({
  context,
  round,
  engagementId,
}: {
  context: ResultsContext;
  round: AssessmentSummary;
  engagementId: string;
}) {
  const { t } = useTranslation();
  const empty = context.results.overall.blocksScored === 0;
  const previous = context.results.previous !== null;
  const parts = useMemo(
    (): ResultsPart[] => (empty ? ['shifts'] : RESULTS_PARTS.filter((part) => part !== 'change' || previous)),
    [empty, previous],
  );
  const nav = useRef<HTMLElement | null>(null);
  const active = useScrollSpy(parts, nav);
  const presentation = usePresentation(parts);
  const showing = presentation.current;
  const root = useRef<HTMLDivElement | null>(null);

  // Each new screen of a presentation starts at its top, its heading read out and focused.
  useEffect(() => {
    if (showing === null) return;
    root.current?.scrollTo({ top: 0 });
    const heading = partHeading(showing);
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [showing]);

  const node: Record<ResultsPart, ReactNode> = {
    summary: <ResultsSummary context={context} />,
    blocks: <BlockCharts context={context} />,
    table: <BlockTable context={context} />,
    change: <DeltasSection context={context} />,
    benchmark: <BenchmarkSection context={context} />,
    pyramid: <PyramidSection context={context} />,
    gaps: <GapsSection context={context} />,
    roles: <RolesSection context={context} />,
    elements: <ElementsSection context={context} />,
    answers: <Heatmap context={context} />,
    shifts: <ShiftsSection context={context} />,
  };

  const presenting = presentation.current !== null;
  return (
    <div
      ref={root}
      className={classes.root}
      data-presenting={presenting || undefined}
      role={presenting ? 'region' : undefined}
      aria-label={presenting ? t('results.present.region') : undefined}
      data-testid="results"
    >
      {!empty && !presenting && <SectionNav ref={nav} parts={parts} active={active} onPresent={presentation.start} />}
      <Stack gap="xl" mt={empty ? 0 : 'md'}>
        {empty && (
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
        )}
        {parts.map((part) => (
          <div
            key={part}
            id={partElementId(part)}
            className={classes.part}
            data-results-part={part}
            data-current={presentation.current === part || undefined}
          >
            {node[part]}
          </div>
        ))}
        {/* The consultant's workspace for the report, not a part to present: left out of presenting and print. */}
        {!presenting && (
          <div data-controls>
            <RoundNotesSection assessmentId={round.id} />
          </div>
        )}
      </Stack>
      {presenting && <PresentationBar presentation={presentation} parts={parts} />}
    </div>
  );
}
