import type { EChartsOption } from 'echarts';
import { baseOption, type ChartStyle, plotted, signed } from './chartStyle';

export interface RoundDeltasInput {
  blocks: { id: string; label: string; delta: number | null }[];
  labels: { delta: string };
}

/**
 * The change per block since the previous finalized round, as bars from zero: green where the score rose,
 * red where it fell (the only place those colours appear), with the signed change written at the bar's end.
 * A block without a score in either round has no bar.
 */
export function roundDeltas(input: RoundDeltasInput, style: ChartStyle): EChartsOption {
  const deltas = input.blocks
    .map((b) => b.delta)
    .filter((d): d is number => typeof d === 'number' && Number.isFinite(d));
  const reach = Math.max(0.5, Math.ceil(Math.max(0, ...deltas.map(Math.abs)) * 2) / 2);
  return {
    ...baseOption(style),
    grid: { left: 16, right: 48, top: 8, bottom: 28, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (typeof v === 'number' ? signed(style, v) : '—'),
    },
    xAxis: {
      type: 'value',
      min: -reach,
      max: reach,
      interval: reach / 2,
      axisLabel: { color: style.subtleText, formatter: (v: number) => signed(style, v, 2) },
      splitLine: { lineStyle: { color: style.gridLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: input.blocks.map((b) => b.label),
      axisTick: { show: false },
      axisLine: { onZero: true, lineStyle: { color: style.muted } },
      axisLabel: { color: style.text, width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: input.labels.delta,
        barMaxWidth: 18,
        data: input.blocks.map((b) => {
          const value = plotted(b.delta);
          if (typeof value !== 'number') return value;
          return { value, itemStyle: { color: value >= 0 ? style.positive : style.negative } };
        }),
        label: {
          show: true,
          position: 'right',
          color: style.text,
          formatter: (p) => (typeof p.value === 'number' ? signed(style, p.value) : ''),
        },
      },
    ],
  };
}
