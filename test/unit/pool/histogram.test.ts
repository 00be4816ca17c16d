import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogramPercentileRank, histogramStatistics } from '../../../shared/pool/histogram';
import { groupStatistics, percentileRank } from '../../../shared/pool/statistics';

/** Values on a grid (units / scale) as a histogram slice placed at an offset inside a larger array. */
function histogramOf(units: number[], lowest: number, bins: number, scale: number) {
  const offset = 7;
  const counts = new Int32Array(offset + bins + 3);
  for (const u of units) counts[offset + u - lowest] = (counts[offset + u - lowest] ?? 0) + 1;
  return { counts, offset, bins, lowest, scale };
}

const close = (a: number | null, b: number | null) =>
  a === null || b === null ? expect(a).toBe(b) : expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9);

describe('statistics from a histogram equal those from the sorted values', () => {
  for (const [name, lowest, highest, scale] of [
    ['block scores (hundredths)', 100, 500, 100],
    ['overall (1/900 grid)', 900, 4500, 900],
  ] as const) {
    it(`${name}: PERCENTILE.INC, mean, STDEV.S and percentile rank`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: lowest, max: highest }), { maxLength: 300 }),
          fc.integer({ min: 3, max: 10 }),
          fc.oneof(
            fc.integer({ min: lowest - 5, max: highest + 5 }).map((u) => u / scale),
            fc.double({ min: 0.5, max: 5.5, noNaN: true }),
          ),
          (units, k, x) => {
            const h = histogramOf(units, lowest, highest - lowest + 1, scale);
            const sorted = units.map((u) => u / scale).sort((a, b) => a - b);
            const want = groupStatistics(sorted, k);
            const got = histogramStatistics(h, k);
            expect(got.n).toBe(want.n);
            expect(got.suppressed).toBe(want.suppressed);
            for (const key of ['mean', 'sd', 'p10', 'p25', 'median', 'p75', 'p90'] as const) close(got[key], want[key]);
            close(histogramPercentileRank(h, x), percentileRank(sorted, x));
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it('handles one value and all-equal values', () => {
    const one = histogramStatistics(histogramOf([250], 100, 401, 100), 1);
    expect(one).toMatchObject({ n: 1, mean: 2.5, sd: null, p10: 2.5, median: 2.5, p90: 2.5 });
    const same = histogramStatistics(histogramOf([300, 300, 300, 300, 300], 100, 401, 100), 5);
    expect(same).toMatchObject({ n: 5, mean: 3, sd: 0, p25: 3, p75: 3 });
  });
});
