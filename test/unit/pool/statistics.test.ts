import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupStatistics, percentileInc, percentileRank } from '../../../shared/pool/statistics';

describe('Excel-compatible benchmark statistics', () => {
  // Worked by hand as Excel does: =PERCENTILE.INC({1.5,2,2.25,3,3.5,4,4.75},0.25) = 2.125, etc.
  const values = [1.5, 2, 2.25, 3, 3.5, 4, 4.75];

  it('interpolates percentiles at rank (n − 1) · p like PERCENTILE.INC', () => {
    expect(percentileInc(values, 0)).toBe(1.5);
    expect(percentileInc(values, 0.1)).toBeCloseTo(1.8, 12); // rank 0.6: 1.5 + 0.6 × 0.5
    expect(percentileInc(values, 0.25)).toBeCloseTo(2.125, 12); // rank 1.5
    expect(percentileInc(values, 0.5)).toBe(3);
    expect(percentileInc(values, 0.75)).toBeCloseTo(3.75, 12); // rank 4.5
    expect(percentileInc(values, 0.9)).toBeCloseTo(4.3, 12); // rank 5.4: 4 + 0.4 × 0.75
    expect(percentileInc(values, 1)).toBe(4.75);
  });

  it('computes mean and the sample standard deviation like AVERAGE and STDEV.S', () => {
    const s = groupStatistics(values, 5);
    expect(s.mean).toBeCloseTo(3, 12);
    // STDEV.S: sqrt((2.25 + 1 + 0.5625 + 0 + 0.25 + 1 + 3.0625) / 6) = sqrt(8.125 / 6)
    expect(s.sd).toBeCloseTo(Math.sqrt(8.125 / 6), 12);
    expect(s).toMatchObject({ n: 7, median: 3, suppressed: false });
  });

  it('ranks with half the ties: 100 · (below + ½ · equal) / n', () => {
    expect(percentileRank(values, 3)).toBeCloseTo((100 * (3 + 0.5)) / 7, 12);
    expect(percentileRank(values, 3 + 5e-10)).toBeCloseTo((100 * 3.5) / 7, 12);
    expect(percentileRank(values, 1)).toBe(0);
    expect(percentileRank(values, 5)).toBe(100);
    expect(percentileRank([], 3)).toBeNull();
  });

  it('suppresses a group below k but still gives its n', () => {
    expect(groupStatistics([2, 3, 4, 5], 5)).toEqual({
      n: 4,
      mean: null,
      sd: null,
      p10: null,
      p25: null,
      median: null,
      p75: null,
      p90: null,
      suppressed: true,
    });
  });

  it('keeps percentiles ordered and within the range of the values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 5, noNaN: true }), { minLength: 5, maxLength: 60 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const s = groupStatistics(sorted, 5);
        const ps = [s.p10, s.p25, s.median, s.p75, s.p90] as number[];
        for (let i = 1; i < ps.length; i++)
          expect(ps[i] as number).toBeGreaterThanOrEqual((ps[i - 1] as number) - 1e-12);
        expect(ps[0] as number).toBeGreaterThanOrEqual((sorted[0] as number) - 1e-12);
        expect(ps[4] as number).toBeLessThanOrEqual((sorted.at(-1) as number) + 1e-12);
      }),
    );
  });
});
