import { describe, expect, it } from 'vitest';
import { answerDistribution } from '../../../shared/charts/answerDistribution';
import { chartStyle } from '../../../shared/charts/chartStyle';

const style = chartStyle();
const scoreLabels = ['1 Absent', '2 Starting', '3 Developing', '4 Established', '5 Leading'] as const;

type Bar = { name: string; stack: string; data: unknown[]; itemStyle: { color: string } };

describe('the answer distribution chart', () => {
  const option = answerDistribution(
    {
      questions: [
        { id: 'B1.Q1', shares: [10, 20, 30, 25, 15] },
        { id: 'B1.Q2', shares: null },
        { id: 'B1.Q3', shares: [0, 0, 50, 50, 0] },
      ],
      scoreLabels,
      tooFew: 'too few answers',
    },
    style,
  );
  const series = option.series as Bar[];

  it('stacks the five scores in one bar per question, lowest score first, on a 0–100 % axis', () => {
    expect(series.map((s) => s.name)).toEqual([...scoreLabels]);
    expect(new Set(series.map((s) => s.stack)).size).toBe(1);
    expect(series.map((s) => s.data[0])).toEqual([10, 20, 30, 25, 15]);
    expect(option.xAxis).toMatchObject({ min: 0, max: 100 });
  });

  it('leaves a question below the anonymity floor without bars and says why, never a zero', () => {
    expect(series.every((s) => s.data[1] === '-')).toBe(true);
    expect((option.yAxis as { data: string[] }).data).toEqual(['B1.Q1', 'B1.Q2 (too few answers)', 'B1.Q3']);
  });

  it('draws no empty segment for a score nobody gave', () => {
    expect(series.map((s) => s.data[2])).toEqual(['-', '-', 50, 50, '-']);
  });

  it('runs from the fall colour to the rise colour, not red to green', () => {
    expect(series[0]?.itemStyle.color).toBe(style.negative);
    expect(series[4]?.itemStyle.color).toBe(style.positive);
    expect(series[2]?.itemStyle.color).toBe(style.track);
  });
});
