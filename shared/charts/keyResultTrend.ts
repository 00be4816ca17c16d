import type { EChartsOption } from 'echarts';
import { baseOption, type ChartStyle } from './chartStyle';

export interface KeyResultTrendInput {
  /** The periods in the order reported, and the value of each. */
  points: { period: string; value: number }[];
  target: number | null;
  /** A comparison value (the benchmark pool's, or an external one), drawn as a dashed line. */
  comparison: number | null;
  labels: { series: string; target: string; comparison: string };
}

/**
 * A key result of a recognition dossier: its series as a line with the values written at each point, the
 * target as a solid line in the accent and the comparison as a dashed grey line, each named in the legend.
 * The value axis fits the points, the target and the comparison, so none falls off the picture.
 */
export function keyResultTrend(input: KeyResultTrendInput, style: ChartStyle): EChartsOption {
  const values = [
    ...input.points.map((p) => p.value),
    ...(input.target !== null ? [input.target] : []),
    ...(input.comparison !== null ? [input.comparison] : []),
  ];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = high === low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.15;
  const digits = values.every(Number.isInteger) ? 0 : 1;
  const format = (v: number) => style.formatNumber(v, digits);
  const flat = (value: number, name: string, color: string, type: 'solid' | 'dashed') => ({
    type: 'line' as const,
    name,
    data: input.points.map(() => value),
    symbol: 'none',
    lineStyle: { color, type, width: 2 },
    itemStyle: { color },
  });
  return {
    ...baseOption(style),
    grid: { left: 16, right: 24, top: 24, bottom: 48, containLabel: true },
    legend: {
      show: true,
      bottom: 0,
      textStyle: { color: style.subtleText, fontSize: style.fontSize },
    },
    xAxis: {
      type: 'category',
      data: input.points.map((p) => p.period),
      axisLabel: { color: style.subtleText },
      axisLine: { lineStyle: { color: style.muted } },
    },
    yAxis: {
      type: 'value',
      min: Math.floor((low - pad) * 10) / 10,
      max: Math.ceil((high + pad) * 10) / 10,
      axisLabel: { color: style.subtleText, formatter: (v: number) => format(v) },
      splitLine: { lineStyle: { color: style.gridLine } },
    },
    series: [
      {
        type: 'line',
        name: input.labels.series,
        data: input.points.map((p) => p.value),
        symbolSize: 8,
        lineStyle: { color: style.text, width: 2 },
        itemStyle: { color: style.text },
        label: {
          show: true,
          position: 'top',
          color: style.text,
          formatter: (p: { value: unknown }) => format(Number(p.value)),
        },
      },
      ...(input.target !== null ? [flat(input.target, input.labels.target, style.accent, 'solid')] : []),
      ...(input.comparison !== null ? [flat(input.comparison, input.labels.comparison, style.muted, 'dashed')] : []),
    ],
  };
}
