import { Modal, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { blockRadar } from '../../../../shared/charts/blockRadar';
import type { AssessmentResults } from '../../../../shared/results/results';
import { EChart } from '../../charts/EChart';
import { useFormat } from '../../i18n/format';
import { useWorkshopChartStyle } from './workshopChartStyle';

/**
 * `R`: the live radar large enough to read across a room, every axis with its block's name. Esc closes.
 * The corner radar keeps to block ids; this is where the names are.
 */
export function RadarDialog({
  opened,
  results,
  blocks,
  projector,
  onClose,
}: {
  opened: boolean;
  results: AssessmentResults;
  blocks: { id: string; name: string }[];
  projector: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const style = useWorkshopChartStyle(projector, 15);
  const scores = useMemo(() => {
    const byId = new Map(results.blocks.map((b) => [b.id, b.score]));
    return blocks.map((b) => byId.get(b.id) ?? null);
  }, [results, blocks]);
  const option = useMemo(
    () =>
      blockRadar(
        {
          axes: blocks.map((b) => ({ id: b.id, label: `${b.id} ${b.name}` })),
          client: { name: t('workshop.radarSeries'), scores },
          // Wide enough that every block's full name fits in three lines.
          labelWidth: 30,
        },
        style,
      ),
    [blocks, scores, style, t],
  );
  const summary = t('workshop.radarSummary', {
    scores: blocks
      .map(
        (b, i) => `${b.id} ${b.name}: ${scores[i] === null ? t('workshop.notScored') : format.decimal(scores[i], 1)}`,
      )
      .join('; '),
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('workshop.radarDialogTitle', { count: results.respondents })}
      size="min(1200px, 94vw)"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Text size="sm" mb="xs">
        {t('workshop.radarDialogHelp')}
      </Text>
      {opened && <EChart option={option} summary={summary} height="min(72vh, 760px)" testId="workshop-radar-large" />}
    </Modal>
  );
}
