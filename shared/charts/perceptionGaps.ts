import type { CustomSeriesRenderItem, EChartsOption } from 'echarts';
import { baseOption, blockAxis, type ChartStyle, SCORE_MIN, signed, scoreAxis, tooltipValue } from './chartStyle';

export interface GapRowInput {
  id: string;
  label: string;
  management: number | null;
  staff: number | null;
  gap: number | null;
  flagged: boolean | null;
  /** Hidden for anonymity: the row stays, with `labels.suppressed` instead of points. */
  suppressed: boolean;
}

export interface PerceptionGapsInput {
  blocks: GapRowInput[];
  labels: { management: string; staff: string; suppressed: string };
}

/**
 * Management against pooled staff and frontline per block, as a dumbbell: a dot per group joined by a line,
 * red with the gap written beside it when the gap is flagged (|gap| ≥ 0.75), grey otherwise. A suppressed
 * block keeps its row with a note and no points, so nothing about its groups can be read off the chart.
 */
export function perceptionGaps(input: PerceptionGapsInput, style: ChartStyle): EChartsOption {
  const shown = input.blocks
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => !b.suppressed && b.management !== null && b.staff !== null);
  const suppressed = input.blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.suppressed);

  const renderLink: CustomSeriesRenderItem = (_params, api) => {
    const row = api.value(0) as number;
    const m = api.value(1) as number;
    const s = api.value(2) as number;
    const flagged = api.value(3) === 1;
    const [x1, y] = api.coord([m, row]) as [number, number];
    const [x2] = api.coord([s, row]) as [number, number];
    const colour = flagged ? style.negative : style.muted;
    return {
      type: 'group',
      children: [
        { type: 'line', shape: { x1, y1: y, x2, y2: y }, style: { stroke: colour, lineWidth: flagged ? 3 : 2 } },
        {
          type: 'text',
          x: (x1 + x2) / 2,
          y: y - 7,
          style: {
            text: signed(style, m - s),
            fill: flagged ? style.negative : style.subtleText,
            font: `${flagged ? 600 : 400} ${Math.max(10, style.fontSize - 1)}px ${style.fontFamily}`,
            align: 'center',
            verticalAlign: 'bottom',
          },
        },
      ],
    };
  };

  const dots = (key: 'management' | 'staff') => shown.map(({ b, i }) => [b[key] as number, i]);

  return {
    ...baseOption(style),
    grid: { left: 16, right: 24, top: 36, bottom: 28, containLabel: true },
    legend: {
      top: 0,
      data: [input.labels.management, input.labels.staff],
      textStyle: { color: style.subtleText },
    },
    tooltip: { trigger: 'item', valueFormatter: tooltipValue(style) },
    xAxis: scoreAxis(style),
    yAxis: blockAxis(
      style,
      input.blocks.map((b) => b.label),
    ),
    series: [
      {
        type: 'custom',
        name: 'gap',
        renderItem: renderLink,
        data: shown.map(({ b, i }) => [i, b.management as number, b.staff as number, b.flagged ? 1 : 0]),
        encode: { x: [1, 2], y: 0 },
        silent: true,
        tooltip: { show: false },
        z: 1,
      },
      {
        type: 'scatter',
        name: input.labels.management,
        data: dots('management'),
        symbolSize: 12,
        itemStyle: { color: style.accent, opacity: 1 },
        tooltip: { valueFormatter: tooltipValue(style) },
        encode: { x: 0, y: 1, tooltip: 0 },
        z: 3,
      },
      {
        type: 'scatter',
        name: input.labels.staff,
        data: dots('staff'),
        symbolSize: 12,
        itemStyle: { color: style.muted, opacity: 1 },
        encode: { x: 0, y: 1, tooltip: 0 },
        z: 3,
      },
      {
        type: 'scatter',
        name: 'suppressed',
        data: suppressed.map(({ i }) => [SCORE_MIN, i]),
        symbolSize: 0,
        silent: true,
        tooltip: { show: false },
        label: {
          show: true,
          position: 'right',
          distance: 4,
          formatter: input.labels.suppressed,
          color: style.subtleText,
          fontStyle: 'italic',
        },
      },
    ],
  };
}
