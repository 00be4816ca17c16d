import { SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blockBars, type SpreadKind } from '../../../../shared/charts/blockBars';
import { blockRadar } from '../../../../shared/charts/blockRadar';
import { EChart } from '../../charts/EChart';
import { useChartStyle } from '../../charts/useChartStyle';
import { useFormat } from '../../i18n/format';
import { ResultsSection } from './ResultsSection';
import type { ResultsContext } from './resultsContext';

/** The nine blocks at a glance: a radar (with the previous round) and bars with their spread. */
export function BlockCharts({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const format = useFormat();
  const style = useChartStyle();
  const [spread, setSpread] = useState<SpreadKind>('iqr');
  const { results, blockName, workspace } = context;
  const previous = results.previous;
  const labelled = useMemo(
    () => results.blocks.map((b) => ({ ...b, label: `${b.id} ${blockName(b.id)}` })),
    [results.blocks, blockName],
  );

  const radar = useMemo(
    () =>
      blockRadar(
        {
          axes: labelled.map((b) => ({ id: b.id, label: b.label })),
          client: { name: workspace.assessment.round, scores: labelled.map((b) => b.score) },
          comparison: previous
            ? {
                name: previous.round,
                scores: labelled.map((b) => previous.blocks.find((p) => p.id === b.id)?.score ?? null),
              }
            : null,
        },
        style,
      ),
    [labelled, previous, style, workspace.assessment.round],
  );
  const bars = useMemo(
    () =>
      blockBars(
        {
          blocks: labelled,
          spread,
          labels: { score: t('results.columns.score'), spread: t(`results.spread.${spread}`) },
        },
        style,
      ),
    [labelled, spread, style, t],
  );

  const summary = labelled
    .map((b) => `${b.label}: ${b.score === null ? t('results.noScoreShort') : format.decimal(b.score)}`)
    .join('; ');

  return (
    <ResultsSection title={t('results.blocksTitle')} description={t('results.blocksHelp')}>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <EChart
          option={radar}
          summary={t('results.radarSummary', { scores: summary })}
          height={440}
          testId="results-radar"
        />
        <Stack gap="xs">
          <SegmentedControl
            size="xs"
            aria-label={t('results.spread.label')}
            value={spread}
            onChange={(value) => setSpread(value as SpreadKind)}
            data={[
              { value: 'iqr', label: t('results.spread.iqr') },
              { value: 'sd', label: t('results.spread.sd') },
            ]}
            style={{ alignSelf: 'flex-end' }}
            data-controls
          />
          <EChart
            option={bars}
            summary={t('results.barsSummary', { scores: summary })}
            height={400}
            testId="results-bars"
          />
          <Text size="xs" c="dimmed">
            {t(`results.spread.help.${spread}`)}
          </Text>
        </Stack>
      </SimpleGrid>
    </ResultsSection>
  );
}
