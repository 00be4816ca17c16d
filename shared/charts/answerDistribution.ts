import type { EChartsOption } from 'echarts';
import { baseOption, type ChartStyle, MISSING } from './chartStyle';

export interface AnswerDistributionInput {
  /**
   * One row per question, top to bottom: each score's share of the answers in whole per cent (1 to 5, adding
   * up to 100), or null where fewer answered than the anonymity floor allows showing.
   */
  questions: { id: string; shares: readonly (number | null)[] | null }[];
  /** The five scores' names for the legend ("1 Not in place" …), lowest first. */
  scoreLabels: readonly [string, string, string, string, string];
  /** Beside a row without bars: why it has none ("too few answers"). */
  tooFew: string;
}

/** Shares this small get no label inside their segment: the number would not fit. */
const LABEL_MIN_SHARE = 8;

/** A colour `weight` of the way from white to `hex` (#rrggbb). */
function tint(hex: string, weight: number): string {
  const channel = (i: number) => {
    const value = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(255 - (255 - value) * weight)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/**
 * How the answers to each question spread over the scale, as one 100 % bar per question stacked from score 1
 * (left) to 5 (right). The colours run from the fall colour through grey to the rise colour — a pair
 * colour-blind readers tell apart — so low and high answers read apart without relying on red and green. A
 * question below the anonymity floor keeps its row, without bars, and says why: never a zero.
 */
export function answerDistribution(input: AnswerDistributionInput, style: ChartStyle): EChartsOption {
  const colours = [style.negative, tint(style.negative, 0.45), style.track, tint(style.positive, 0.45), style.positive];
  const textOn = [style.onAccent, style.text, style.text, style.text, style.onAccent];
  const shown = (q: AnswerDistributionInput['questions'][number]) =>
    q.shares !== null && q.shares.some((s) => s !== null);
  return {
    ...baseOption(style),
    grid: { left: 16, right: 24, top: 8, bottom: 44, containLabel: true },
    legend: {
      show: true,
      bottom: 0,
      data: [...input.scoreLabels],
      textStyle: { color: style.subtleText, fontSize: style.fontSize },
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (typeof v === 'number' ? `${style.formatNumber(v, 0)} %` : '—'),
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      axisLabel: { color: style.subtleText, formatter: (v: number) => `${style.formatNumber(v, 0)} %` },
      splitLine: { lineStyle: { color: style.gridLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: input.questions.map((q) => (shown(q) ? q.id : `${q.id} (${input.tooFew})`)),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: style.gridLine } },
      axisLabel: { color: style.text },
    },
    series: input.scoreLabels.map((name, i) => ({
      type: 'bar' as const,
      name,
      stack: 'answers',
      barMaxWidth: 20,
      itemStyle: { color: colours[i] },
      data: input.questions.map((q) => {
        const share = q.shares?.[i];
        return typeof share === 'number' && Number.isFinite(share) && share > 0 ? share : MISSING;
      }),
      label: {
        show: true,
        position: 'inside' as const,
        color: textOn[i],
        formatter: (p: { value: unknown }) =>
          typeof p.value === 'number' && p.value >= LABEL_MIN_SHARE ? style.formatNumber(p.value, 0) : '',
      },
    })),
  };
}
