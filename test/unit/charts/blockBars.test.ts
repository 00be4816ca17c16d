import { describe, expect, it } from 'vitest';
import { blockBars, spreadOf } from '../../../shared/charts/blockBars';
import { blocks, numbersIn, renderSvg, seriesOf, style } from './ssr';

const rows = blocks.map((b, i) => ({
  ...b,
  score: i === 2 ? null : 3 + (i % 3) * 0.25,
  n: i === 4 ? 1 : i === 2 ? 0 : 6,
  sd: i === 4 || i === 2 ? null : 0.8,
  middleHalf: i === 2 || i === 4 ? null : { p25: 2.5, p75: 3.75 },
}));

describe('blockBars', () => {
  it('plots each block’s score, and nothing for a block without a score', () => {
    const option = blockBars({ blocks: rows, spread: 'iqr', labels: { score: 'Score', spread: 'Middle half' } }, style);
    const [bars] = seriesOf(option);
    expect(bars?.data).toEqual(rows.map((r) => r.score ?? '-'));
    expect((bars?.itemStyle as { color: string }).color).toBe(style.accent);
  });

  it('draws the middle half as whiskers, and none where it is not shown (too few respondents)', () => {
    const option = blockBars({ blocks: rows, spread: 'iqr', labels: { score: 'Score', spread: 'Middle half' } }, style);
    const whiskers = seriesOf(option)[1]?.data as number[][];
    expect(whiskers.map((w) => w[0])).toEqual([0, 1, 3, 5, 6, 7, 8]);
    expect(whiskers[0]).toEqual([0, 2.5, 3.75]);
  });

  it('never draws a whisker from one respondent’s own score', () => {
    expect(spreadOf({ ...rows[0]!, middleHalf: null }, 'iqr')).toBeNull();
    expect(Object.keys(rows[0]!)).not.toContain('min');
  });

  it('names the score and the spread in a legend', () => {
    const option = blockBars({ blocks: rows, spread: 'iqr', labels: { score: 'Score', spread: 'Middle half' } }, style);
    expect((option.legend as { data: string[] }).data).toEqual(['Score', 'Middle half']);
  });

  it('keeps ± sd whiskers within the 1–5 scale', () => {
    const high = spreadOf({ ...rows[0]!, score: 4.6, sd: 0.9 }, 'sd');
    expect(high?.[0]).toBeCloseTo(3.7);
    expect(high?.[1]).toBe(5);
    expect(spreadOf({ ...rows[0]!, score: 1.2, sd: 0.9 }, 'sd')?.[0]).toBe(1);
    expect(spreadOf({ ...rows[0]!, sd: null }, 'sd')).toBeNull();
  });

  it('writes the scores with the language’s decimal separator and renders without NaN', () => {
    const option = blockBars({ blocks: rows, spread: 'sd', labels: { score: 'Score', spread: '± sd' } }, style);
    expect(numbersIn(option).every(Number.isFinite)).toBe(true);
    const svg = renderSvg(option);
    expect(svg).toContain('3,25');
    expect(svg).not.toContain('3.25');
    expect(svg).not.toContain('NaN');
  });
});
