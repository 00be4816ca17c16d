import type { EChartsOption, RadarSeriesOption } from 'echarts';
import { baseOption, type ChartStyle, plotted, SCORE_MAX, tooltipValue, wrapLabel } from './chartStyle';

export interface RadarSeriesInput {
  /** The legend's name, e.g. "Baseline 2026" or "Follow-up (previous round)". */
  name: string;
  /** One score per axis, in the order of `axes`; null where nothing was scored. */
  scores: (number | null)[];
}

export interface BlockRadarInput {
  /** The building blocks, in framework order; `label` already localised (a short one for small charts). */
  axes: { id: string; label: string }[];
  client: RadarSeriesInput;
  /** E.g. the previous round; drawn in grey, dashed, under the client. */
  comparison?: RadarSeriesInput | null;
  /**
   * A benchmark comparison group: its median in grey with a faint area, its top 10 % (p90) as a grey dotted
   * line. Suppressed blocks are null (drawn at the centre, like an unscored block).
   */
  benchmark?: { median: RadarSeriesInput; top: RadarSeriesInput } | null;
  /** A small chart: no legend, no tooltip, short axis names, thinner lines. */
  compact?: boolean;
  /** Characters per line of an axis name before it wraps (at most three lines); 20 unless given. */
  labelWidth?: number;
}

/**
 * The nine building blocks on a radar with rings at 1–5, the client in the accent colour and an optional
 * comparison in grey, dashed. A block nobody scored has no value: ECharts draws its vertex at the centre,
 * below the scale's lowest ring, so it reads as "no score" rather than as a score of 1.
 */
export function blockRadar(input: BlockRadarInput, style: ChartStyle): EChartsOption {
  const compact = input.compact ?? false;
  // ECharts lays indicators out counter-clockwise from the top; reading order is clockwise, so B1 stays on
  // top and the rest are given in reverse.
  const order = input.axes.map((_, i) => (i === 0 ? 0 : input.axes.length - i));
  const series = (
    s: RadarSeriesInput,
    role: 'client' | 'comparison' | 'median' | 'top',
  ): NonNullable<RadarSeriesOption['data']>[number] => {
    const colour = role === 'client' ? style.accent : role === 'median' ? style.subtleText : style.muted;
    const line = { client: 'solid', comparison: 'dashed', median: 'solid', top: 'dotted' } as const;
    return {
      name: s.name,
      value: order.map((i) => plotted(s.scores[i])),
      symbol: role === 'top' ? 'none' : 'circle',
      symbolSize: compact ? 4 : 6,
      itemStyle: { color: colour },
      lineStyle: { color: colour, width: role === 'top' ? 2 : compact ? 2 : 2.5, type: line[role] },
      areaStyle:
        role === 'client'
          ? { color: style.accent, opacity: 0.12 }
          : role === 'median'
            ? { color: style.muted, opacity: 0.1 }
            : undefined,
    };
  };
  const benchmark = input.benchmark ?? null;
  const data = [
    ...(benchmark ? [series(benchmark.top, 'top'), series(benchmark.median, 'median')] : []),
    ...(input.comparison ? [series(input.comparison, 'comparison')] : []),
    series(input.client, 'client'),
  ];
  const legendNames = [
    input.client.name,
    ...(input.comparison ? [input.comparison.name] : []),
    ...(benchmark ? [benchmark.median.name, benchmark.top.name] : []),
  ];

  return {
    ...baseOption(style),
    color: [style.accent, style.muted, style.subtleText],
    legend: compact
      ? undefined
      : {
          show: true,
          bottom: 0,
          data: legendNames,
          textStyle: { color: style.subtleText, fontSize: style.fontSize },
          icon: 'roundRect',
        },
    tooltip: compact ? undefined : { trigger: 'item', valueFormatter: tooltipValue(style) },
    radar: {
      indicator: order.map((i) => {
        const label = input.axes[i]?.label ?? '';
        return { name: compact ? label : wrapLabel(label, input.labelWidth ?? 20), min: 0, max: SCORE_MAX };
      }),
      center: ['50%', compact ? '52%' : '48%'],
      radius: compact ? '66%' : '54%',
      splitNumber: SCORE_MAX,
      shape: 'polygon',
      axisName: {
        color: style.text,
        fontSize: compact ? Math.max(10, style.fontSize - 2) : style.fontSize,
        fontFamily: style.fontFamily,
        lineHeight: Math.round(style.fontSize * 1.25),
      },
      axisNameGap: compact ? 4 : 10,
      splitLine: { lineStyle: { color: style.gridLine } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: style.gridLine } },
    },
    series: [{ type: 'radar', data, emphasis: { disabled: compact } }],
  };
}
