import type { CustomSeriesRenderItem, EChartsOption } from 'echarts';
import { baseOption, type ChartStyle } from './chartStyle';

export interface PyramidLevelInput {
  id: string;
  label: string;
  score: number | null;
  reached: boolean;
}

export interface PyramidChartInput {
  /** Bottom first (L1 … L4). */
  levels: PyramidLevelInput[];
  labels: { reached: string; notReached: string; noScore: string };
}

/**
 * The Service Excellence Pyramid: one band per level stacked from the base, reached levels in the accent
 * colour and the rest in light grey, each named on the right with its score and whether it is reached.
 * Drawn with a custom series, so it scales with its box on screen and renders the same in a report.
 */
export function pyramidChart(input: PyramidChartInput, style: ChartStyle): EChartsOption {
  const count = Math.max(1, input.levels.length);

  const renderLevel: CustomSeriesRenderItem = (params, api) => {
    const i = params.dataIndex;
    const level = input.levels[i];
    if (!level) return null;
    const width = api.getWidth();
    const height = api.getHeight();
    const pad = 8;
    const gap = 4;
    const base = Math.min(width * 0.42, (height - pad * 2) * 1.3);
    const left = pad;
    const centre = left + base / 2;
    const band = (height - pad * 2) / count;
    const bottomY = height - pad - i * band;
    const topY = bottomY - band + gap;
    const halfAt = (t: number) => (base * (1 - t)) / 2;
    const t0 = i / count;
    const t1 = (i + 1) / count;
    const fill = level.reached ? style.accent : style.track;
    const ink = level.reached ? style.onAccent : style.subtleText;
    const status = level.reached ? input.labels.reached : input.labels.notReached;
    const figure = level.score === null ? input.labels.noScore : style.formatNumber(level.score, 2);
    const textX = left + base + 18;
    const midY = (topY + bottomY) / 2;
    return {
      type: 'group',
      children: [
        {
          type: 'polygon',
          shape: {
            points: [
              [centre - halfAt(t0), bottomY],
              [centre + halfAt(t0), bottomY],
              [centre + halfAt(t1), topY],
              [centre - halfAt(t1), topY],
            ],
          },
          style: { fill, stroke: level.reached ? style.accent : style.gridLine, lineWidth: 1 },
        },
        {
          type: 'text',
          x: centre,
          y: bottomY - Math.min(band * 0.42, 18),
          style: {
            text: level.id,
            fill: ink,
            font: `600 ${style.fontSize}px ${style.fontFamily}`,
            align: 'center',
            verticalAlign: 'middle',
          },
        },
        {
          type: 'text',
          x: textX,
          y: midY - 2,
          style: {
            text: level.label,
            fill: style.text,
            font: `600 ${style.fontSize}px ${style.fontFamily}`,
            align: 'left',
            verticalAlign: 'bottom',
            width: Math.max(80, width - textX - pad),
            overflow: 'truncate',
          },
        },
        {
          type: 'text',
          x: textX,
          y: midY + 2,
          style: {
            text: `${figure} · ${status}`,
            fill: level.reached ? style.text : style.subtleText,
            font: `${style.fontSize}px ${style.fontFamily}`,
            align: 'left',
            verticalAlign: 'top',
          },
        },
      ],
    };
  };

  return {
    ...baseOption(style),
    series: [
      {
        type: 'custom',
        coordinateSystem: 'none',
        renderItem: renderLevel,
        data: input.levels.map((l, i) => ({ name: l.id, value: [i, l.score ?? -1, l.reached ? 1 : 0] })),
        silent: true,
      },
    ],
  };
}
