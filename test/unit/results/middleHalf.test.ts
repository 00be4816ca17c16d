import { describe, expect, it } from 'vitest';
import { MIDDLE_HALF_MIN_N, middleHalf, spread } from '../../../shared/results/stats';

describe('the spread shown to a client', () => {
  it('has no minimum or maximum: the lowest or highest respondent is one person’s figure', () => {
    expect(Object.keys(spread([1, 2, 3, 4, 5]))).toEqual(['score', 'n', 'sd']);
  });

  it('gives the 25th and 75th percentile (PERCENTILE.INC) from nine respondents on', () => {
    const values = [4, 1, 3, 2, 5, 3, 4, 2, 3];
    expect(middleHalf(values)).toEqual({ p25: 2, p75: 4 });
    expect(values).toEqual([4, 1, 3, 2, 5, 3, 4, 2, 3]);
  });

  it('shows no middle half below nine respondents, where a quartile would sit next to one person', () => {
    expect(MIDDLE_HALF_MIN_N).toBe(9);
    expect(middleHalf([1, 2, 3, 4, 5, 6, 7, 8])).toBeNull();
  });
});
