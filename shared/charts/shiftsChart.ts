import type { CustomSeriesRenderItem, EChartsOption } from 'echarts';
import { baseOption, type ChartStyle, labelWidth, tooltipValue, wrapLabel } from './chartStyle';

export const SHIFT_MIN = 0;
export const SHIFT_MAX = 10;

export interface ShiftInput {
  id: string;
  /** The old way of thinking (left end of the line) and the new one (right end). */
  from: string;
  to: string;
  now: number | null;
  desired: number | null;
}

export interface ShiftsChartInput {
  shifts: ShiftInput[];
  labels: { now: string; desired: string };
}

/**
 * The paradigm shifts: per shift a line from the old way of thinking (0, left) to the new one (10, right),
 * with the team's position now (filled dot) and where it wants to be (ring), joined by an arrow. Both in the
 * client's accent; the line itself is a grey track.
 */
export function shiftsChart(input: ShiftsChartInput, style: ChartStyle): EChartsOption {
  const rows = input.shifts.map((s, i) => ({ s, i }));

  const renderTrack: CustomSeriesRenderItem = (_params, api) => {
    const row = api.value(0) as number;
    const [x1, y] = api.coord([SHIFT_MIN, row]) as [number, number];
    const [x2] = api.coord([SHIFT_MAX, row]) as [number, number];
    return { type: 'line', shape: { x1, y1: y, x2, y2: y }, style: { stroke: style.track, lineWidth: 6 } };
  };

  const renderMove: CustomSeriesRenderItem = (_params, api) => {
    const row = api.value(0) as number;
    const [x1, y] = api.coord([api.value(1), row]) as [number, number];
    const [x2] = api.coord([api.value(2), row]) as [number, number];
    const direction = Math.sign(x2 - x1);
    // Stop short of the ring so the arrowhead stays visible.
    const tip = x2 - direction * 9;
    if (Math.abs(tip - x1) < 6) return null;
    return {
      type: 'group',
      children: [
        { type: 'line', shape: { x1, y1: y, x2: tip, y2: y }, style: { stroke: style.accent, lineWidth: 2 } },
        {
          type: 'polygon',
          shape: {
            points: [
              [tip, y],
              [tip - direction * 7, y - 4.5],
              [tip - direction * 7, y + 4.5],
            ],
          },
          style: { fill: style.accent },
        },
      ],
    };
  };

  const categoryAxis = (labels: string[], position: 'left' | 'right') => ({
    type: 'category' as const,
    inverse: true,
    position,
    data: labels,
    axisTick: { show: false },
    axisLine: { show: false },
    // Wrapped here rather than by ECharts: its own wrapping is not measured by `containLabel`.
    axisLabel: { color: style.text, lineHeight: Math.round(style.fontSize * 1.25) },
  });

  const from = input.shifts.map((s) => wrapLabel(s.from, 24, 2));
  const to = input.shifts.map((s) => wrapLabel(s.to, 24, 2));
  // Margins from the labels themselves: ECharts' containLabel misjudges a second (right) category axis.
  const margin = (labels: string[]) => 16 + Math.max(40, ...labels.map((l) => labelWidth(l, style.fontSize)));

  return {
    ...baseOption(style),
    grid: { left: margin(from), right: margin(to), top: 36, bottom: 28 },
    legend: { top: 0, data: [input.labels.now, input.labels.desired], textStyle: { color: style.subtleText } },
    tooltip: { trigger: 'item', valueFormatter: tooltipValue(style, 1) },
    xAxis: {
      type: 'value',
      min: SHIFT_MIN,
      max: SHIFT_MAX,
      interval: 1,
      axisLabel: { color: style.subtleText, formatter: (v: number) => style.formatNumber(v, 0) },
      splitLine: { show: false },
    },
    yAxis: [categoryAxis(from, 'left'), categoryAxis(to, 'right')],
    series: [
      {
        type: 'custom',
        name: 'track',
        renderItem: renderTrack,
        data: rows.map(({ i }) => [i]),
        encode: { y: 0 },
        silent: true,
        tooltip: { show: false },
        z: 1,
      },
      {
        type: 'custom',
        name: 'move',
        renderItem: renderMove,
        data: rows
          .filter(({ s }) => s.now !== null && s.desired !== null)
          .map(({ s, i }) => [i, s.now as number, s.desired as number]),
        encode: { x: [1, 2], y: 0 },
        silent: true,
        tooltip: { show: false },
        z: 2,
      },
      {
        type: 'scatter',
        name: input.labels.now,
        data: rows.filter(({ s }) => s.now !== null).map(({ s, i }) => [s.now as number, i]),
        symbol: 'circle',
        symbolSize: 14,
        itemStyle: { color: style.accent, opacity: 1 },
        encode: { x: 0, y: 1, tooltip: 0 },
        z: 3,
      },
      {
        type: 'scatter',
        name: input.labels.desired,
        data: rows.filter(({ s }) => s.desired !== null).map(({ s, i }) => [s.desired as number, i]),
        symbol: 'circle',
        symbolSize: 14,
        itemStyle: { color: style.onAccent, borderColor: style.accent, borderWidth: 3, opacity: 1 },
        encode: { x: 0, y: 1, tooltip: 0 },
        z: 3,
      },
    ],
  };
}
