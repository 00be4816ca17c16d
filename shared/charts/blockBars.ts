import type { CustomSeriesRenderItem, EChartsOption } from 'echarts';
import {
  baseOption,
  blockAxis,
  type ChartStyle,
  plotted,
  SCORE_MAX,
  SCORE_MIN,
  scoreAxis,
  scoreFigure,
  tooltipValue,
} from './chartStyle';

export interface BlockBarInput {
  id: string;
  label: string;
  score: number | null;
  n: number;
  sd: number | null;
  /** The respondents' 25th to 75th percentile; null where the block has too few respondents to show it. */
  middleHalf: { p25: number; p75: number } | null;
}

/**
 * `iqr`: the middle half of the respondents (25th to 75th percentile), never one respondent's own score;
 * `sd`: score ± one standard deviation, kept within 1–5.
 */
export type SpreadKind = 'iqr' | 'sd';

export interface BlockBarsInput {
  blocks: BlockBarInput[];
  spread: SpreadKind;
  labels: { score: string; spread: string };
}

/** The whisker of one block, or null when there is no spread to show (too few respondents, or no difference). */
export function spreadOf(block: BlockBarInput, kind: SpreadKind): [number, number] | null {
  if (block.score === null) return null;
  if (kind === 'iqr') {
    const half = block.middleHalf;
    if (half === null || half.p75 === half.p25) return null;
    return [half.p25, half.p75];
  }
  if (block.sd === null || block.sd === 0) return null;
  return [Math.max(SCORE_MIN, block.score - block.sd), Math.min(SCORE_MAX, block.score + block.sd)];
}

/**
 * Score per building block as horizontal bars on the 1–5 scale (accent), each with its spread as an error
 * bar (dark grey whisker with caps) and a legend naming both. Blocks without a score keep their row but have
 * no bar; blocks without a spread to show have no whisker.
 */
export function blockBars(input: BlockBarsInput, style: ChartStyle): EChartsOption {
  const whiskers = input.blocks.flatMap((b, i) => {
    const s = spreadOf(b, input.spread);
    return s ? [[i, s[0], s[1]]] : [];
  });

  const renderWhisker: CustomSeriesRenderItem = (_params, api) => {
    const row = api.value(0) as number;
    const low = api.coord([api.value(1), row]);
    const high = api.coord([api.value(2), row]);
    const band = (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 20;
    const cap = Math.max(6, band * 0.28);
    const stroke = { stroke: style.text, lineWidth: 1.5 };
    const [x1, y] = low as [number, number];
    const [x2] = high as [number, number];
    return {
      type: 'group',
      children: [
        { type: 'line', shape: { x1, y1: y, x2, y2: y }, style: stroke },
        { type: 'line', shape: { x1, y1: y - cap / 2, x2: x1, y2: y + cap / 2 }, style: stroke },
        { type: 'line', shape: { x1: x2, y1: y - cap / 2, x2, y2: y + cap / 2 }, style: stroke },
      ],
    };
  };

  const figures = input.blocks.flatMap((b, i) => (b.score === null ? [] : [[i, b.score]]));
  const renderFigure = scoreFigure(style, style.text);

  return {
    ...baseOption(style),
    grid: { left: 16, right: 56, top: 8, bottom: 52, containLabel: true },
    legend: {
      show: true,
      bottom: 0,
      data: [input.labels.score, input.labels.spread],
      textStyle: { color: style.subtleText, fontSize: style.fontSize },
    },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: tooltipValue(style) },
    xAxis: scoreAxis(style),
    yAxis: blockAxis(
      style,
      input.blocks.map((b) => b.label),
    ),
    series: [
      {
        type: 'bar',
        name: input.labels.score,
        data: input.blocks.map((b) => plotted(b.score)),
        itemStyle: { color: style.accent, borderRadius: [0, 2, 2, 0] },
        barMaxWidth: 22,
      },
      {
        type: 'custom',
        name: input.labels.spread,
        renderItem: renderWhisker,
        data: whiskers,
        encode: { x: [1, 2], y: 0 },
        itemStyle: { color: style.text },
        z: 3,
        silent: true,
        tooltip: { show: false },
      },
      {
        // The figures in a column right of the scale, clear of bars and whiskers.
        type: 'custom',
        name: input.labels.score,
        renderItem: renderFigure,
        data: figures,
        encode: { x: 1, y: 0 },
        silent: true,
        tooltip: { show: false },
      },
    ],
  };
}
