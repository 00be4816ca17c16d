import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { roundDeltas } from '../../../../shared/charts/roundDeltas';
import { EChart } from '../../charts/EChart';
import { useChartStyle } from '../../charts/useChartStyle';
import { useFormat } from '../../i18n/format';
import { ResultsSection } from './ResultsSection';
import type { ResultsContext } from './resultsContext';

/** What changed per block since the engagement's previous finalized round. */
export function DeltasSection({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const format = useFormat();
  const style = useChartStyle();
  const previous = context.results.previous;
  const rows = useMemo(
    () =>
      (previous?.blocks ?? []).map((b) => ({
        id: b.id,
        label: `${b.id} ${context.blockName(b.id)}`,
        delta: b.delta,
        change: b.change,
      })),
    [previous, context],
  );
  const option = useMemo(
    () =>
      roundDeltas(
        {
          blocks: rows,
          labels: {
            rise: t('results.deltaLegend.rise'),
            fall: t('results.deltaLegend.fall'),
            none: t('results.deltaLegend.none'),
          },
        },
        style,
      ),
    [rows, style, t],
  );
  if (!previous) return null;
  const summary = rows
    .map((r) => `${r.label}: ${format.signed(r.delta)} (${t(`results.deltaLegend.${r.change ?? 'none'}`)})`)
    .join('; ');
  return (
    <ResultsSection
      title={t('results.deltasTitle', { round: previous.round })}
      description={t('results.deltasHelp', {
        round: previous.heldOn ? `${previous.round} (${format.date(previous.heldOn)})` : previous.round,
      })}
      testId="deltas"
    >
      <EChart option={option} summary={summary} height={360} />
    </ResultsSection>
  );
}
