import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { blockRadar } from '../../../../shared/charts/blockRadar';
import type { AssessmentResults } from '../../../../shared/results/results';
import { EChart } from '../../charts/EChart';
import { useChartStyle } from '../../charts/useChartStyle';
import { useFormat } from '../../i18n/format';
import classes from './Workshop.module.css';

/**
 * The live radar in the corner: every group's answers so far, scored with the same engine as the results.
 * Block ids as axis names keep it readable at this size; the text summary names every figure.
 */
export function MiniRadar({ results, blockIds }: { results: AssessmentResults; blockIds: string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const style = useChartStyle({ fontSize: 11 });
  const scores = useMemo(() => {
    const byId = new Map(results.blocks.map((b) => [b.id, b.score]));
    return blockIds.map((id) => byId.get(id) ?? null);
  }, [results, blockIds]);
  const option = useMemo(
    () =>
      blockRadar(
        {
          axes: blockIds.map((id) => ({ id, label: id })),
          client: { name: t('workshop.radarSeries'), scores },
          compact: true,
        },
        style,
      ),
    [blockIds, scores, style, t],
  );
  const summary = t('workshop.radarSummary', {
    scores: blockIds
      .map((id, i) => `${id} ${scores[i] === null ? t('workshop.notScored') : format.decimal(scores[i], 1)}`)
      .join('; '),
  });
  return (
    <div
      className={classes.radar}
      data-testid="mini-radar"
      data-scored-blocks={scores.filter((s) => s !== null).length}
      data-block-scores={blockIds
        .map((id, i) => `${id}=${scores[i] === null ? '' : (scores[i] as number).toFixed(2)}`)
        .join(' ')}
    >
      <div className={classes.radarCaption}>
        <span>{t('workshop.radarTitle')}</span>
        <span className="tabular">{format.count('workshop.groupsCount', results.respondents)}</span>
      </div>
      <EChart option={option} summary={summary} height="clamp(140px, 22vh, 250px)" />
    </div>
  );
}
