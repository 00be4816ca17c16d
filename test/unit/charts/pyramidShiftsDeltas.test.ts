import { describe, expect, it } from 'vitest';
import { signed, wrapLabel } from '../../../shared/charts/chartStyle';
import { pyramidChart } from '../../../shared/charts/pyramidChart';
import { roundDeltas } from '../../../shared/charts/roundDeltas';
import { shiftsChart } from '../../../shared/charts/shiftsChart';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { blocks, numbersIn, renderSvg, seriesOf, style } from './ssr';

describe('pyramidChart', () => {
  const levels = sxDefault.pyramid.map((l, i) => ({
    id: l.id,
    label: l.name.en,
    score: [3.8, 3.6, 3.1, null][i] ?? null,
    reached: i < 2,
  }));
  const labels = { reached: 'reached', notReached: 'not reached', noScore: 'no score' };

  it('fills reached levels with the accent and the others with the track grey', () => {
    const svg = renderSvg(pyramidChart({ levels, labels }, style), 640, 300);
    expect(svg.match(new RegExp(`fill="${style.accent}"`, 'g'))).toHaveLength(2);
    expect(svg.match(new RegExp(`fill="${style.track}"`, 'g'))).toHaveLength(2);
    expect(svg).toContain('3,80 · reached');
    expect(svg).toContain('no score · not reached');
    expect(svg).not.toContain('NaN');
  });

  it('has one band per level', () => {
    const option = pyramidChart({ levels, labels }, style);
    expect(seriesOf(option)[0]?.data).toHaveLength(4);
    expect(numbersIn(option).every(Number.isFinite)).toBe(true);
  });
});

describe('shiftsChart', () => {
  const shifts = sxDefault.shifts.map((s, i) => ({
    id: s.id,
    from: s.from.en,
    to: s.to.en,
    now: i === 3 ? null : 3,
    desired: i === 9 ? null : 8,
  }));
  const option = shiftsChart({ shifts, labels: { now: 'Now', desired: 'Desired' } }, style);
  const series = seriesOf(option);

  it('puts the old way of thinking left and the new one right', () => {
    const [left, right] = option.yAxis as { data: string[] }[];
    expect(left?.data[0]).toBe('Satisfied customers');
    expect(right?.data[0]).toMatch(/^Enthusiastic customers/);
  });

  it('marks now and desired per shift, leaving out positions not given', () => {
    const now = series.find((s) => s.name === 'Now');
    const desired = series.find((s) => s.name === 'Desired');
    expect(now?.data).toHaveLength(9);
    expect((now?.data as number[][]).map((d) => d[1])).not.toContain(3);
    expect((desired?.data as number[][]).map((d) => d[1])).not.toContain(9);
    expect(series.find((s) => s.name === 'move')?.data).toHaveLength(8);
  });

  it('renders on a 0–10 line without NaN', () => {
    expect((option.xAxis as { min: number; max: number }).max).toBe(10);
    const svg = renderSvg(option, 900, 520);
    expect(svg).toContain(style.accent);
    expect(svg).not.toContain('NaN');
  });
});

describe('roundDeltas', () => {
  const verdict = (i: number) =>
    i === 2 ? null : i === 0 ? ('fall' as const) : i === 8 ? ('rise' as const) : ('none' as const);
  const rows = blocks.map((b, i) => ({ ...b, delta: i === 2 ? null : (i - 4) * 0.25, change: verdict(i) }));
  const labels = { rise: 'Clear rise', fall: 'Clear fall', none: 'No clear change' };
  const option = roundDeltas({ blocks: rows, labels }, style);
  const [rise, fall, none] = seriesOf(option);

  it('colours only clear changes: a rise and a fall in a colour-blind-safe pair, the rest grey', () => {
    expect(rise?.data?.[8]).toBe(1);
    expect(fall?.data?.[0]).toBe(-1);
    expect(none?.data?.[3]).toBe(-0.25);
    expect(rise?.data?.[3]).toBe('-');
    expect(fall?.data?.[3]).toBe('-');
    expect((rise?.itemStyle as { color: string }).color).toBe(style.positive);
    expect((fall?.itemStyle as { color: string }).color).toBe(style.negative);
    expect((none?.itemStyle as { color: string }).color).toBe(style.muted);
    expect(style.positive).not.toMatch(/^#2b8a3e$/i);
  });

  it('leaves out blocks without a delta, and names the three colours in a legend', () => {
    expect([rise, fall, none].every((s) => s?.data?.[2] === '-')).toBe(true);
    expect((option.legend as { data: string[] }).data).toEqual(['Clear rise', 'Clear fall', 'No clear change']);
  });

  it('writes signed changes in the reader’s language', () => {
    const svg = renderSvg(option);
    expect(svg).toContain('+1,00');
    expect(svg).toContain('−0,75');
    expect(svg).not.toContain('NaN');
    expect(numbersIn(option).every(Number.isFinite)).toBe(true);
  });
});

describe('chart text helpers', () => {
  it('signs changes, and leaves what rounds to zero unsigned', () => {
    expect(signed(style, 0.4)).toBe('+0,40');
    expect(signed(style, -0.004)).toBe('0,00');
  });

  it('wraps long labels at spaces within a number of lines', () => {
    expect(wrapLabel('Understanding customer needs, expectations and desires', 24)).toBe(
      'Understanding customer\nneeds, expectations and\ndesires',
    );
    expect(wrapLabel('a b c d e f g h', 3, 2).split('\n')).toHaveLength(2);
  });
});
