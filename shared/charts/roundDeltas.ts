import type { EChartsOption } from 'echarts';
import { baseOption, blockAxis, type ChartStyle, MISSING, signed } from './chartStyle';

/** Whether a change is clear (shared/results/change.ts): a rise, a fall, or within the noise. */
export type DeltaVerdict = 'rise' | 'fall' | 'none';

export interface RoundDeltasInput {
  blocks: { id: string; label: string; delta: number | null; change: DeltaVerdict | null }[];
  /** The legend: what each colour means. */
  labels: { rise: string; fall: string; none: string };
}

/**
 * The change per block since the previous finalized round, as bars from zero with the signed change written
 * at the bar's end. The colour says whether the change is clear by the noise rule, not only its sign: blue
 * for a clear rise, orange for a clear fall (a pair colour-blind readers tell apart), grey for no clear
 * change — so a −0,06 among 25 respondents is not painted as a decline. A legend names the three. A block
 * without a score in either round has no bar.
 */
export function roundDeltas(input: RoundDeltasInput, style: ChartStyle): EChartsOption {
  const deltas = input.blocks
    .map((b) => b.delta)
    .filter((d): d is number => typeof d === 'number' && Number.isFinite(d));
  const reach = Math.max(0.5, Math.ceil(Math.max(0, ...deltas.map(Math.abs)) * 2) / 2);
  const verdictOf = (b: RoundDeltasInput['blocks'][number]): DeltaVerdict => b.change ?? 'none';
  const colours: Record<DeltaVerdict, string> = { rise: style.positive, fall: style.negative, none: style.muted };
  const series = (verdict: DeltaVerdict) => ({
    type: 'bar' as const,
    name: input.labels[verdict],
    // One stack: each row has a value in one series only, so the bar sits in the middle of its row.
    stack: 'delta',
    barMaxWidth: 18,
    itemStyle: { color: colours[verdict] },
    data: input.blocks.map((b) =>
      typeof b.delta === 'number' && Number.isFinite(b.delta) && verdictOf(b) === verdict ? b.delta : MISSING,
    ),
    label: {
      show: true,
      position: 'right' as const,
      color: style.text,
      formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? signed(style, p.value) : ''),
    },
  });
  const axis = blockAxis(
    style,
    input.blocks.map((b) => b.label),
  );
  return {
    ...baseOption(style),
    grid: { left: 16, right: 48, top: 8, bottom: 52, containLabel: true },
    legend: {
      show: true,
      bottom: 0,
      data: [input.labels.rise, input.labels.fall, input.labels.none],
      textStyle: { color: style.subtleText, fontSize: style.fontSize },
    },
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
    yAxis: { ...axis, axisLine: { onZero: true, lineStyle: { color: style.muted } } },
    series: [series('rise'), series('fall'), series('none')],
  };
}
