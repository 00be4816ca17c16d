import type { CustomSeriesRenderItem, CustomSeriesRenderItemReturn, EChartsOption } from 'echarts';
import { baseOption, type ChartStyle } from './chartStyle';

/** Drawing states of a bar; the roadmap's statuses map onto them (shared/reports/roadmap). */
export type TimelineBarLook = 'planned' | 'active' | 'done' | 'idea' | 'paused';

export interface RoadmapTimelineInput {
  /** Column labels, one per quarter of the horizon ("K1 2027"). */
  quarters: string[];
  rows: number;
  lanes: { row: number; label: string }[];
  bars: {
    row: number;
    from: number;
    to: number;
    /** Written left of the bar: "3 · Customer panel for co-creation". */
    label: string;
    look: TimelineBarLook;
    cutStart: boolean;
    cutEnd: boolean;
    milestones: { at: number; done: boolean }[];
  }[];
  arrows: { fromRow: number; toRow: number; fromAt: number; toAt: number }[];
  /** Today as a fractional column, or null when it lies outside the horizon. */
  today: number | null;
  labels: { today: string };
}

/** Rows and the quarter header in pixels, so the caller can size the drawing: header + rows × ROW_HEIGHT. */
export const TIMELINE_ROW_HEIGHT = 22;
export const TIMELINE_HEADER = 30;
/** The share of the width given to the initiatives' names left of the quarters. */
const LABEL_SHARE = 0.38;

type Shape =
  | { kind: 'column'; index: number; label: string }
  | { kind: 'lane'; row: number; label: string }
  | { kind: 'bar'; bar: RoadmapTimelineInput['bars'][number] }
  | { kind: 'arrow'; arrow: RoadmapTimelineInput['arrows'][number] }
  | { kind: 'today'; at: number };

/**
 * The roadmap as a quarter timeline: a column per quarter, a header row per swimlane, one bar per initiative
 * from its start to its end quarter with its milestones as diamonds, dependency arrows from the end of one
 * bar to the start of the next, and a dashed line for today. Everything is one custom series over hidden
 * value axes (x: columns, y: rows), so the picture is the same in Word as the layout computed for the screen.
 */
export function roadmapTimeline(input: RoadmapTimelineInput, style: ChartStyle): EChartsOption {
  const shapes: Shape[] = [
    ...input.quarters.map((label, index) => ({ kind: 'column' as const, index, label })),
    ...input.lanes.map((l) => ({ kind: 'lane' as const, row: l.row, label: l.label })),
    ...input.arrows.map((arrow) => ({ kind: 'arrow' as const, arrow })),
    ...input.bars.map((bar) => ({ kind: 'bar' as const, bar })),
    ...(input.today === null ? [] : [{ kind: 'today' as const, at: input.today }]),
  ];
  const columns = Math.max(1, input.quarters.length);
  const rows = Math.max(1, input.rows);
  const font = (weight: number, size = style.fontSize) => `${weight} ${size}px ${style.fontFamily}`;

  const fill = (look: TimelineBarLook) =>
    ({
      planned: style.accent,
      active: style.accent,
      done: style.positive,
      idea: style.track,
      paused: style.track,
    })[look];

  const renderItem: CustomSeriesRenderItem = (params, api) => {
    const shape = shapes[params.dataIndex];
    if (!shape) return null;
    const at = (x: number, y: number) => api.coord([x, y]) as [number, number];
    const [left, top] = at(0, 0);
    const [right, bottom] = at(columns, rows);
    const rowHeight = (bottom - top) / rows;
    const width = api.getWidth();
    switch (shape.kind) {
      case 'column': {
        const [x0] = at(shape.index, 0);
        const [x1] = at(shape.index + 1, 0);
        return {
          type: 'group',
          children: [
            {
              type: 'rect',
              shape: { x: x0, y: top, width: x1 - x0, height: bottom - top },
              style: { fill: shape.index % 2 === 0 ? 'rgba(0,0,0,0.025)' : 'rgba(0,0,0,0)' },
              silent: true,
            },
            {
              type: 'line',
              shape: { x1: x0, y1: top - 6, x2: x0, y2: bottom },
              style: { stroke: style.gridLine, lineWidth: 1 },
              silent: true,
            },
            {
              type: 'text',
              x: (x0 + x1) / 2,
              y: top - 10,
              style: {
                text: shape.label,
                fill: style.subtleText,
                font: font(600, style.fontSize - 1),
                align: 'center',
                verticalAlign: 'bottom',
              },
            },
          ],
        };
      }
      case 'lane': {
        const [, y] = at(0, shape.row);
        return {
          type: 'group',
          children: [
            {
              type: 'rect',
              shape: { x: 4, y: y + 1, width: right - 4, height: rowHeight - 2 },
              style: { fill: style.track },
              silent: true,
            },
            {
              type: 'text',
              x: 10,
              y: y + rowHeight / 2,
              style: {
                text: shape.label,
                fill: style.text,
                font: font(700),
                verticalAlign: 'middle',
                width: right - 20,
                overflow: 'truncate',
              },
            },
          ],
        };
      }
      case 'bar': {
        const { bar } = shape;
        const [x0, y] = at(bar.from, bar.row);
        const [x1] = at(bar.to + 1, bar.row);
        const inset = rowHeight * 0.2;
        const h = rowHeight - 2 * inset;
        const outlined = bar.look === 'idea' || bar.look === 'paused';
        const children: NonNullable<CustomSeriesRenderItemReturn>[] = [
          {
            type: 'text',
            x: left - 8,
            y: y + rowHeight / 2,
            style: {
              text: bar.label,
              fill: style.text,
              font: font(400),
              align: 'right',
              verticalAlign: 'middle',
              width: width * LABEL_SHARE - 16,
              overflow: 'truncate',
            },
          },
          {
            type: 'rect',
            shape: { x: x0 + 2, y: y + inset, width: Math.max(4, x1 - x0 - 4), height: h, r: 3 },
            style: {
              fill: fill(bar.look),
              stroke: outlined ? (bar.look === 'idea' ? style.accent : style.muted) : undefined,
              lineWidth: outlined ? 1.5 : 0,
              lineDash: bar.look === 'paused' ? [4, 3] : undefined,
            },
          },
        ];
        const edge = (x: number, pointLeft: boolean) => ({
          type: 'polygon' as const,
          shape: {
            points: pointLeft
              ? [
                  [x + 8, y + inset + 2],
                  [x + 3, y + rowHeight / 2],
                  [x + 8, y + rowHeight - inset - 2],
                ]
              : [
                  [x - 8, y + inset + 2],
                  [x - 3, y + rowHeight / 2],
                  [x - 8, y + rowHeight - inset - 2],
                ],
          },
          style: { fill: outlined ? style.muted : style.onAccent },
        });
        if (bar.cutStart) children.push(edge(x0, true));
        if (bar.cutEnd) children.push(edge(x1, false));
        for (const m of bar.milestones) {
          const [mx] = at(m.at, bar.row);
          const r = h / 2 + 1;
          const cy = y + rowHeight / 2;
          children.push({
            type: 'polygon',
            shape: {
              points: [
                [mx, cy - r],
                [mx + r, cy],
                [mx, cy + r],
                [mx - r, cy],
              ],
            },
            style: { fill: m.done ? style.text : style.onAccent, stroke: style.text, lineWidth: 1.2 },
          });
        }
        return { type: 'group', children };
      }
      case 'arrow': {
        const { arrow } = shape;
        const [x1, y1] = at(arrow.fromAt, arrow.fromRow + 0.5);
        const [x2, y2] = at(arrow.toAt, arrow.toRow + 0.5);
        const bend = Math.max(x1 + 6, Math.min(x2 - 6, x1 + 10));
        const points =
          x2 - 6 >= x1 + 6
            ? [
                [x1 - 2, y1],
                [bend, y1],
                [bend, y2],
                [x2, y2],
              ]
            : // The dependent starts before its dependency ends: the arrow goes back, under the rows.
              [
                [x1 - 2, y1],
                [x1 + 6, y1],
                [x1 + 6, (y1 + y2) / 2],
                [x2 - 8, (y1 + y2) / 2],
                [x2 - 8, y2],
                [x2, y2],
              ];
        return {
          type: 'group',
          children: [
            { type: 'polyline', shape: { points }, style: { stroke: style.text, lineWidth: 1.2, fill: 'none' } },
            {
              type: 'polygon',
              shape: {
                points: [
                  [x2 + 1, y2],
                  [x2 - 5, y2 - 4],
                  [x2 - 5, y2 + 4],
                ],
              },
              style: { fill: style.text },
            },
          ],
        };
      }
      case 'today': {
        const [x] = at(shape.at, 0);
        return {
          type: 'group',
          children: [
            {
              type: 'line',
              shape: { x1: x, y1: top - 4, x2: x, y2: bottom },
              style: { stroke: style.negative, lineWidth: 1.5, lineDash: [5, 4] },
            },
            {
              type: 'text',
              x: x + 3,
              y: bottom - 2,
              style: {
                text: input.labels.today,
                fill: style.negative,
                font: font(600, style.fontSize - 2),
                verticalAlign: 'bottom',
              },
            },
          ],
        };
      }
    }
  };

  return {
    ...baseOption(style),
    grid: { left: `${LABEL_SHARE * 100}%`, right: 12, top: TIMELINE_HEADER, bottom: 4 },
    xAxis: { type: 'value', min: 0, max: columns, show: false },
    yAxis: { type: 'value', min: 0, max: rows, inverse: true, show: false },
    series: [
      {
        type: 'custom',
        renderItem,
        data: shapes.map((_, i) => [i]),
        silent: true,
        clip: false,
        animation: false,
      },
    ],
  };
}
