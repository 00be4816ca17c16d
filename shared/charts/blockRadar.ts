import type {
  CustomSeriesOption,
  CustomSeriesRenderItem,
  CustomSeriesRenderItemReturn,
  EChartsOption,
  RadarSeriesOption,
} from 'echarts';
import { baseOption, type ChartStyle, MISSING, plotted, SCORE_MAX, tooltipValue, wrapLabel } from './chartStyle';

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
   * line. Blocks without benchmark figures are null: the line has a gap there.
   */
  benchmark?: { median: RadarSeriesInput; top: RadarSeriesInput } | null;
  /** A small chart: no legend, no tooltip, short axis names, thinner lines. */
  compact?: boolean;
  /** Characters per line of an axis name before it wraps (at most three lines); 20 unless given. */
  labelWidth?: number;
}

/** Where the radar sits in its chart, as fractions: shared by the radar and the overlay drawing gapped series. */
function geometry(compact: boolean) {
  return { cx: 0.5, cy: compact ? 0.52 : 0.48, radius: compact ? 0.66 : 0.54 };
}

type Role = 'client' | 'comparison' | 'median' | 'top';

const LINE_TYPE = { client: 'solid', comparison: 'dashed', median: 'solid', top: 'dotted' } as const;
const DASH = { solid: null, dashed: [6, 4], dotted: [2, 3] } as const;

/**
 * The nine building blocks on a radar with rings at 1–5, the client in the accent colour and an optional
 * comparison in grey, dashed. A series with a block missing — a block nobody scored, or a benchmark block
 * without figures — is drawn with a gap there: its line stops at the neighbouring blocks and no point is
 * placed on the missing block's axis. (ECharts' radar would draw the missing vertex at the centre, which
 * reads as a score far below 1 — "peers score very low".)
 */
export function blockRadar(input: BlockRadarInput, style: ChartStyle): EChartsOption {
  const compact = input.compact ?? false;
  const place = geometry(compact);
  // ECharts lays indicators out counter-clockwise from the top; reading order is clockwise, so B1 stays on
  // top and the rest are given in reverse.
  const order = input.axes.map((_, i) => (i === 0 ? 0 : input.axes.length - i));
  const colourOf = (role: Role) =>
    role === 'client' ? style.accent : role === 'median' ? style.subtleText : style.muted;
  const widthOf = (role: Role) => (role === 'top' ? 2 : compact ? 2 : 2.5);
  const valuesOf = (s: RadarSeriesInput) => order.map((i) => plotted(s.scores[i]));
  const complete = (s: RadarSeriesInput) => valuesOf(s).every((v) => v !== MISSING);

  const polygon = (s: RadarSeriesInput, role: Role): NonNullable<RadarSeriesOption['data']>[number] => {
    const colour = colourOf(role);
    return {
      name: s.name,
      value: valuesOf(s),
      symbol: role === 'top' ? 'none' : 'circle',
      symbolSize: compact ? 4 : 6,
      itemStyle: { color: colour },
      lineStyle: { color: colour, width: widthOf(role), type: LINE_TYPE[role] },
      areaStyle:
        role === 'client'
          ? { color: style.accent, opacity: 0.12 }
          : role === 'median'
            ? { color: style.muted, opacity: 0.1 }
            : undefined,
    };
  };

  /** A series with gaps, drawn over the radar: lines only between neighbouring blocks that both have a value. */
  const gapped = (s: RadarSeriesInput, role: Role): CustomSeriesOption => {
    const values = valuesOf(s);
    const colour = colourOf(role);
    const dash = DASH[LINE_TYPE[role]];
    const renderItem: CustomSeriesRenderItem = (_params, api) => {
      const width = api.getWidth();
      const height = api.getHeight();
      const cx = width * place.cx;
      const cy = height * place.cy;
      const r = (Math.min(width, height) / 2) * place.radius;
      const point = (j: number): [number, number] | null => {
        const v = values[j];
        if (typeof v !== 'number') return null;
        const angle = Math.PI / 2 + (j * 2 * Math.PI) / values.length;
        const d = (r * v) / SCORE_MAX;
        return [cx + d * Math.cos(angle), cy - d * Math.sin(angle)];
      };
      const children: CustomSeriesRenderItemReturn[] = [];
      values.forEach((_, j) => {
        const from = point(j);
        const to = point((j + 1) % values.length);
        if (from && to) {
          children.push({
            type: 'line',
            shape: { x1: from[0], y1: from[1], x2: to[0], y2: to[1] },
            style: { stroke: colour, lineWidth: widthOf(role), ...(dash ? { lineDash: [...dash] } : {}) },
          });
        }
        if (from && role !== 'top') {
          children.push({
            type: 'circle',
            shape: { cx: from[0], cy: from[1], r: compact ? 2 : 3 },
            style: { fill: colour },
          });
        }
      });
      return { type: 'group', children } as CustomSeriesRenderItemReturn;
    };
    return {
      type: 'custom',
      name: s.name,
      coordinateSystem: 'none',
      renderItem,
      data: [[0]],
      itemStyle: { color: colour },
      silent: true,
      tooltip: { show: false },
      z: role === 'client' ? 4 : 3,
    };
  };

  const benchmark = input.benchmark ?? null;
  const layers: [RadarSeriesInput, Role][] = [
    ...(benchmark
      ? ([
          [benchmark.top, 'top'],
          [benchmark.median, 'median'],
        ] as [RadarSeriesInput, Role][])
      : []),
    ...(input.comparison ? ([[input.comparison, 'comparison']] as [RadarSeriesInput, Role][]) : []),
    [input.client, 'client'],
  ];
  // A series with no value at all is left out, legend included: there is nothing of it to see.
  const drawn = layers.filter(([s]) => valuesOf(s).some((v) => v !== MISSING));
  const data = drawn.filter(([s]) => complete(s)).map(([s, role]) => polygon(s, role));
  const overlays = drawn.filter(([s]) => !complete(s)).map(([s, role]) => gapped(s, role));
  const legendOrder: [RadarSeriesInput | null, Role][] = [
    [input.client, 'client'],
    [input.comparison ?? null, 'comparison'],
    [benchmark?.median ?? null, 'median'],
    [benchmark?.top ?? null, 'top'],
  ];
  const legendNames = legendOrder.flatMap(([s]) => (s && drawn.some(([d]) => d === s) ? [s.name] : []));

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
        // Full names, wrapped: up to five short lines, so even the longest block name is never cut off.
        return { name: compact ? label : wrapLabel(label, input.labelWidth ?? 20, 5), min: 0, max: SCORE_MAX };
      }),
      center: [`${place.cx * 100}%`, `${place.cy * 100}%`],
      radius: `${place.radius * 100}%`,
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
    series: [{ type: 'radar', data, emphasis: { disabled: compact } }, ...overlays],
  };
}
