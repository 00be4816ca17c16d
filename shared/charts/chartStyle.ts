import type { CustomSeriesRenderItem } from 'echarts';
/**
 * What every chart builder needs to know about its surroundings: colours, type and number formatting.
 * Builders are pure (option objects only) so the screen and the Word report draw the same chart; the
 * caller passes the firm's accent, the language's number formatter and already translated labels.
 */
export interface ChartStyle {
  /** The client, always: the firm's accent colour. */
  accent: string;
  /** Text drawn on the accent (labels inside reached pyramid levels). */
  onAccent: string;
  /** Comparisons: a previous round, a benchmark, another group. */
  muted: string;
  /** Tracks, bands and levels not reached. */
  track: string;
  text: string;
  subtleText: string;
  gridLine: string;
  /**
   * Meaning only: a clear rise. With `negative` a pair colour-blind readers tell apart (blue against orange,
   * from Okabe and Ito's palette), never green against red.
   */
  positive: string;
  /** Meaning only: a clear fall, a flagged gap. */
  negative: string;
  fontFamily: string;
  fontSize: number;
  /** Off for reports (SSR to SVG) and for live updates that must not move. */
  animation: boolean;
  /** Numbers in the reader's language: decimal comma in Dutch. */
  formatNumber(value: number, fractionDigits: number): string;
}

const englishNumbers = new Map<number, Intl.NumberFormat>();

function formatEnglish(value: number, fractionDigits: number): string {
  let f = englishNumbers.get(fractionDigits);
  if (!f) {
    f = new Intl.NumberFormat('en', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
    englishNumbers.set(fractionDigits, f);
  }
  return f.format(value);
}

export const DEFAULT_CHART_STYLE: ChartStyle = {
  accent: '#3b5bdb',
  onAccent: '#ffffff',
  muted: '#868e96',
  track: '#e9ecef',
  text: '#212529',
  subtleText: '#495057',
  gridLine: '#dee2e6',
  positive: '#0b5fa5',
  negative: '#c8500a',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontSize: 12,
  animation: false,
  formatNumber: formatEnglish,
};

export function chartStyle(overrides: Partial<ChartStyle> = {}): ChartStyle {
  return { ...DEFAULT_CHART_STYLE, ...overrides };
}

/** The answer scale every score chart shares. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** ECharts' own "no value": the point or bar is left out rather than drawn at zero. */
export const MISSING = '-' as const;
export type Plotted = number | typeof MISSING;

export function plotted(value: number | null | undefined): Plotted {
  return typeof value === 'number' && Number.isFinite(value) ? value : MISSING;
}

/** "+0.40", "−0.25", "0.00": a change, with a true minus sign; what rounds to zero carries no sign. */
export function signed(style: ChartStyle, value: number, fractionDigits = 2): string {
  const text = style.formatNumber(Math.abs(value), fractionDigits);
  if (Math.abs(value) < 0.5 * 10 ** -fractionDigits) return style.formatNumber(0, fractionDigits);
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** Base text settings for any option: the chart's font, size and colour. */
export function baseOption(style: ChartStyle) {
  return {
    animation: style.animation,
    textStyle: { fontFamily: style.fontFamily, fontSize: style.fontSize, color: style.text },
  };
}

export function tooltipValue(style: ChartStyle, fractionDigits = 2) {
  return (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? style.formatNumber(value, fractionDigits) : '—';
}

/**
 * Breaks a label into lines of at most `width` characters at spaces, and at most `lines` lines (the last
 * one ends in "…" when text is left over). For places where ECharts cannot wrap by itself (radar names).
 */
export function wrapLabel(text: string, width: number, lines = 3): string {
  const out: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= width || !line) {
      line = candidate;
      continue;
    }
    out.push(line);
    line = word;
    if (out.length === lines - 1) {
      const rest = words.slice(w).join(' ');
      line = rest.length > width ? `${rest.slice(0, width - 1).trimEnd()}…` : rest;
      break;
    }
  }
  if (line) out.push(line);
  return out.join('\n');
}

/**
 * A generous estimate of the width of a (possibly multi-line) label in pixels, for margins that must hold
 * it without a DOM to measure in (reports render server-side). Average glyph ≈ 0.58 em for UI sans fonts.
 */
export function labelWidth(text: string, fontSize: number): number {
  const longest = Math.max(0, ...text.split('\n').map((line) => line.length));
  return Math.ceil(longest * fontSize * 0.58);
}

/** The horizontal 1–5 score axis shared by every per-block bar chart. */
export function scoreAxis(style: ChartStyle) {
  return {
    type: 'value' as const,
    min: SCORE_MIN,
    max: SCORE_MAX,
    interval: 1,
    axisLabel: { color: style.subtleText, formatter: (v: number) => style.formatNumber(v, 0) },
    splitLine: { lineStyle: { color: style.gridLine } },
  };
}

/** How wide a block's name may run left of a chart before it wraps onto a second line. */
export const BLOCK_LABEL_WIDTH = 250;

/**
 * The vertical axis listing the building blocks top to bottom, each name in full: a long one wraps onto a
 * second (or third) line rather than being cut off.
 */
export function blockAxis(style: ChartStyle, labels: string[]) {
  return {
    type: 'category' as const,
    inverse: true,
    data: labels,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: style.gridLine } },
    axisLabel: {
      color: style.text,
      width: BLOCK_LABEL_WIDTH,
      overflow: 'break' as const,
      lineHeight: Math.round(style.fontSize * 1.2),
    },
  };
}

/** Draws each block's score as a figure right of the 5 on the score axis (series data: [row, score]). */
export function scoreFigure(style: ChartStyle, fill: string): CustomSeriesRenderItem {
  return (_params, api) => {
    const row = api.value(0) as number;
    const [x, y] = api.coord([SCORE_MAX, row]) as [number, number];
    return {
      type: 'text',
      x: x + 10,
      y,
      style: {
        text: style.formatNumber(api.value(1) as number, 2),
        fill,
        font: `600 ${style.fontSize}px ${style.fontFamily}`,
        verticalAlign: 'middle',
        align: 'left',
      },
    };
  };
}
