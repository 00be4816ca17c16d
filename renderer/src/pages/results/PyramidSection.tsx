import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pyramidChart } from '../../../../shared/charts/pyramidChart';
import { EChart } from '../../charts/EChart';
import { useChartStyle } from '../../charts/useChartStyle';
import { useLocalText } from '../../framework/frameworkText';
import { useFormat } from '../../i18n/format';
import { ResultsSection } from './ResultsSection';
import type { ResultsContext } from './resultsContext';

/** The Service Excellence Pyramid: which levels of customer experience the organisation has reached. */
export function PyramidSection({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useLocalText();
  const style = useChartStyle({ fontSize: 13 });
  const { framework } = context.workspace;
  const levels = useMemo(
    () =>
      context.results.pyramid.levels.map((l) => {
        const def = framework.pyramid.find((p) => p.id === l.id);
        return { id: l.id, label: def ? text(def.name) : l.id, score: l.score, reached: l.reached };
      }),
    [context.results.pyramid, framework, text],
  );
  const option = useMemo(
    () =>
      pyramidChart(
        {
          levels,
          labels: {
            reached: t('results.reached'),
            notReached: t('results.notReached'),
            noScore: t('results.noScoreShort'),
          },
        },
        style,
      ),
    [levels, style, t],
  );
  const summary = levels
    .map(
      (l) =>
        `${l.id} ${l.label}: ${format.decimal(l.score)} ${l.reached ? t('results.reached') : t('results.notReached')}`,
    )
    .join('; ');
  return (
    <ResultsSection
      title={t('results.pyramidTitle')}
      description={t('results.pyramidHelp', { threshold: format.decimal(3.5, 1) })}
      testId="pyramid"
    >
      <EChart option={option} summary={summary} height={300} />
    </ResultsSection>
  );
}
