import type { CustomSeriesRenderItem, EChartsOption } from 'echarts';
import {
  baseOption,
  blockAxis,
  type ChartStyle,
  plotted,
  SCORE_MIN,
  scoreAxis,
  scoreFigure,
  tooltipValue,
} from './chartStyle';

export interface BenchmarkBarInput {
  id: string;
  /** Already localised, e.g. "B1 Vision, mission and strategy". */
  label: string;
  /** The client's score; null when the block was not scored. */
  score: number | null;
  /** The comparison group's quartiles and median; null (and `suppressed`) below k. */
  p25: number | null;
  median: number | null;
  p75: number | null;
  suppressed: boolean;
}

export interface BenchmarkBarsInput {
  blocks: BenchmarkBarInput[];
  /** `suppressed`: written in the row of a block without benchmark figures, where its band would be. */
  labels: { client: string; band: string; median: string; suppressed: string };
}

/** The grey p25–p75 band of a block, or null when the group's statistics are not shown. */
export function bandOf(block: BenchmarkBarInput): [number, number] | null {
  if (block.suppressed || block.p25 === null || block.p75 === null) return null;
  return [block.p25, block.p75];
}

/**
 * The client against the comparison group per building block on the 1–5 scale (docs/statistics.md "Showing a
 * figure"): the group's middle half as a grey p25–p75 band with a dark tick at its median, the client as a
 * marker in the accent colour. A suppressed block keeps its row with no band and no median, only a note saying
 * why — never a bar or a tick at the scale's end, which would read as a group scoring 1.
 */
export function benchmarkBars(input: BenchmarkBarsInput, style: ChartStyle): EChartsOption {
  const bands = input.blocks.flatMap((b, i) => {
    const band = bandOf(b);
    return band ? [[i, band[0], band[1]]] : [];
  });
  const medians = input.blocks.flatMap((b, i) => (b.suppressed || b.median === null ? [] : [[i, b.median]]));

  const rowHeight = (api: Parameters<CustomSeriesRenderItem>[1]) =>
    (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 24;

  const renderBand: CustomSeriesRenderItem = (_params, api) => {
    const row = api.value(0) as number;
    const [x1, y] = api.coord([api.value(1), row]) as [number, number];
    const [x2] = api.coord([api.value(2), row]) as [number, number];
    const h = Math.min(22, rowHeight(api) * 0.55);
    return {
      type: 'rect',
      shape: { x: x1, y: y - h / 2, width: Math.max(2, x2 - x1), height: h, r: 2 },
      style: { fill: style.track, stroke: style.muted, lineWidth: 1 },
    };
  };
  const renderMedian: CustomSeriesRenderItem = (_params, api) => {
    const row = api.value(0) as number;
    const [x, y] = api.coord([api.value(1), row]) as [number, number];
    const h = Math.min(26, rowHeight(api) * 0.7);
    return {
      type: 'line',
      shape: { x1: x, y1: y - h / 2, x2: x, y2: y + h / 2 },
      style: { stroke: style.subtleText, lineWidth: 2.5 },
    };
  };

  const figures = input.blocks.flatMap((b, i) => (b.score === null ? [] : [[i, b.score]]));
  const renderFigure = scoreFigure(style, style.accent);

  return {
    ...baseOption(style),
    grid: { left: 16, right: 56, top: 8, bottom: 52, containLabel: true },
    legend: {
      show: true,
      bottom: 0,
      data: [input.labels.client, input.labels.band, input.labels.median],
      textStyle: { color: style.subtleText, fontSize: style.fontSize },
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
        name: input.labels.band,
        renderItem: renderBand,
        data: bands,
        encode: { x: [1, 2], y: 0 },
        itemStyle: { color: style.track, borderColor: style.muted },
        z: 1,
        silent: true,
        tooltip: { show: false },
      },
      {
        type: 'custom',
        name: input.labels.median,
        renderItem: renderMedian,
        data: medians,
        encode: { x: 1, y: 0 },
        itemStyle: { color: style.subtleText },
        z: 2,
        silent: true,
        tooltip: { show: false },
      },
      {
        type: 'scatter',
        name: input.labels.client,
        data: input.blocks.map((b, i) => [plotted(b.score), i]),
        symbol: 'diamond',
        symbolSize: 16,
        itemStyle: { color: style.accent, borderColor: '#ffffff', borderWidth: 1 },
        z: 3,
      },
      {
        type: 'custom',
        name: input.labels.client,
        renderItem: renderFigure,
        data: figures,
        encode: { x: 1, y: 0 },
        silent: true,
        tooltip: { show: false },
      },
      {
        type: 'scatter',
        name: 'suppressed',
        // Beside the client's marker, on the side with room, so the note never covers it.
        data: input.blocks.flatMap((b, i) =>
          bandOf(b) === null && b.suppressed
            ? [
                {
                  value: [b.score ?? SCORE_MIN, i],
                  label: { position: b.score !== null && b.score > 3 ? ('left' as const) : ('right' as const) },
                },
              ]
            : [],
        ),
        symbolSize: 0,
        silent: true,
        tooltip: { show: false },
        label: {
          show: true,
          distance: 12,
          formatter: input.labels.suppressed,
          color: style.subtleText,
          fontStyle: 'italic',
        },
      },
    ],
  };
}
