import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { blockRadar } from '../../../../shared/charts/blockRadar';
import type { AssessmentResults } from '../../../../shared/results/results';
import { EChart } from '../../charts/EChart';
import { useFormat } from '../../i18n/format';
import { IconRadar } from '../../ui/icons';
import { useWorkshopChartStyle } from './workshopChartStyle';
import { Tool } from './WorkshopTools';
import classes from './Workshop.module.css';

/**
 * The live radar in the corner: every group's answers so far, scored with the same engine as the results.
 * Block ids as axis names keep it readable at this size; R (or the button) shows it large with the names,
 * and the text summary names every figure.
 */
export function MiniRadar({
  results,
  blockIds,
  projector,
  onEnlarge,
}: {
  results: AssessmentResults;
  blockIds: string[];
  projector: boolean;
  onEnlarge(): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const style = useWorkshopChartStyle(projector, 12);
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
  const enlarge = t('workshop.radarOpen');
  return (
    <section
      className={classes.radar}
      aria-label={t('workshop.radarTitle')}
      data-testid="mini-radar"
      data-scored-blocks={scores.filter((s) => s !== null).length}
      data-block-scores={blockIds
        .map((id, i) => `${id}=${scores[i] === null ? '' : (scores[i] as number).toFixed(2)}`)
        .join(' ')}
    >
      <div className={classes.radarCaption}>
        <span>{t('workshop.radarTitle')}</span>
        <span className="tabular">{format.count('workshop.groupsCount', results.respondents)}</span>
        <Tool label={enlarge} shortcut="radar" onClick={onEnlarge} testId="mini-radar-enlarge" size="sm">
          <IconRadar size={16} />
        </Tool>
      </div>
      <EChart option={option} summary={summary} height="100%" style={{ flex: 1, minHeight: 0 }} />
    </section>
  );
}
