import { describe, expect, it } from 'vitest';
import { bandOf, benchmarkBars } from '../../../shared/charts/benchmarkBars';
import { blockRadar } from '../../../shared/charts/blockRadar';
import { blocks, numbersIn, renderSvg, seriesOf, style } from './ssr';

const rows = blocks.map((b, i) => ({
  ...b,
  score: i === 2 ? null : 2.5 + i * 0.25,
  p25: i === 5 ? null : 2.75,
  median: i === 5 ? null : 3.1,
  p75: i === 5 ? null : 3.55,
  suppressed: i === 5,
}));
const labels = { client: 'Client', band: 'Middle half', median: 'Median', suppressed: 'no benchmark figures' };

describe('benchmarkBars', () => {
  const option = benchmarkBars({ blocks: rows, labels }, style);
  const [bands, medians, client] = seriesOf(option);

  it('draws the grey p25–p75 band and the median of every block that is not suppressed', () => {
    expect(bands?.data).toHaveLength(8);
    expect(bands?.data?.[0]).toEqual([0, 2.75, 3.55]);
    expect((bands?.data as number[][]).map((d) => d[0])).not.toContain(5);
    expect(medians?.data).toHaveLength(8);
    expect(medians?.data?.[0]).toEqual([0, 3.1]);
    expect(bandOf(rows[5]!)).toBeNull();
  });

  it('marks the client in the accent colour, and leaves an unscored block without a marker', () => {
    expect((client?.itemStyle as { color: string }).color).toBe(style.accent);
    expect(client?.data?.[0]).toEqual([2.5, 0]);
    expect(client?.data?.[2]).toEqual(['-', 2]);
    expect(client?.type).toBe('scatter');
  });

  it('names band, median and client in the legend', () => {
    expect((option.legend as { data: string[] }).data).toEqual(['Client', 'Middle half', 'Median']);
  });

  it('writes a note in a suppressed block’s row instead of a band or a median at the scale’s end', () => {
    const notes = seriesOf(option).find((x) => x.name === 'suppressed');
    expect(notes?.data).toHaveLength(1);
    expect((notes?.data?.[0] as { value: number[] }).value[1]).toBe(5);
    expect(renderSvg(option)).toContain('no benchmark figures');
  });

  it('writes the client’s scores with the language’s decimals and renders without NaN', () => {
    expect(numbersIn(option).every(Number.isFinite)).toBe(true);
    const svg = renderSvg(option);
    expect(svg).toContain('2,75');
    expect(svg).not.toContain('NaN');
    expect(svg).toContain(style.accent);
  });
});

describe('blockRadar with a benchmark group', () => {
  const scores = [3.2, 2.5, null, 4.1, 3.6, 1.8, 2.2, 3, 3.9];
  const option = blockRadar(
    {
      axes: blocks,
      client: { name: 'Baseline', scores },
      benchmark: {
        median: { name: 'Group median', scores: [3, 3, 3, 3, 3, null, 3, 3, 3] },
        top: { name: 'Top 10 %', scores: [4, 4, 4, 4, 4, null, 4, 4, 4] },
      },
    },
    style,
  );
  const series = seriesOf(option);
  const radar = series[0]?.data as { name: string }[];
  const overlays = series.slice(1);

  it('adds the group median and the top 10 % in grey, and names them in the legend', () => {
    expect(overlays.map((o) => o.name)).toEqual(['Top 10 %', 'Group median', 'Baseline']);
    expect(overlays.map((o) => (o.itemStyle as { color: string }).color)).toEqual([
      style.muted,
      style.subtleText,
      style.accent,
    ]);
    expect((option.legend as { data: string[] }).data).toEqual(['Baseline', 'Group median', 'Top 10 %']);
  });

  it('draws a series with a missing block as lines with a gap, never as a vertex at the centre', () => {
    expect(radar).toHaveLength(0);
    expect(overlays.every((o) => o.type === 'custom')).toBe(true);
    const svg = renderSvg(option);
    expect(svg).not.toContain('NaN');
  });

  it('draws a complete series as an ordinary radar polygon', () => {
    const full = blockRadar({ axes: blocks, client: { name: 'Baseline', scores: scores.map((v) => v ?? 3) } }, style);
    const [polygon, ...rest] = seriesOf(full);
    expect((polygon?.data as { name: string }[]).map((d) => d.name)).toEqual(['Baseline']);
    expect(rest).toHaveLength(0);
  });
});
