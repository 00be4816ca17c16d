import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyChange, studentTwoSidedP, welchP } from '../../../shared/results/change';

// Reference values from SciPy 1.17 (stats.t.sf, stats.ttest_ind_from_stats with equal_var=False).
describe("Student's t and Welch's test", () => {
  it("matches SciPy's two-sided p-values", () => {
    expect(studentTwoSidedP(2.086, 20)).toBeCloseTo(0.04999635445744019, 10);
    expect(studentTwoSidedP(0.5, 3.3)).toBeCloseTo(0.6485350763995584, 10);
    expect(studentTwoSidedP(12, 1.5)).toBeCloseTo(0.018042029274027864, 10);
    expect(welchP(3.1, 0.6, 25, 3.4, 0.7, 24)).toBeCloseTo(0.11483211563928307, 10);
    expect(welchP(3.2, 0.55, 25, 3.14, 0.61, 26)).toBeCloseTo(0.7135802771803038, 10);
  });

  it('gives p = 1 for no difference and a p in [0, 1] that falls as the difference grows', () => {
    expect(welchP(3, 0.5, 20, 3, 0.5, 20)).toBeCloseTo(1, 12);
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.integer({ min: 2, max: 500 }),
        fc.integer({ min: 2, max: 500 }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (sd1, sd2, n1, n2, d) => {
          const p = welchP(3, sd1, n1, 3 + d, sd2, n2);
          const further = welchP(3, sd1, n1, 3 + d + 0.1, sd2, n2);
          return p >= 0 && p <= 1 + 1e-12 && further <= p + 1e-12;
        },
      ),
    );
  });
});

describe('a change between rounds', () => {
  const round = (score: number, sd: number | null, n: number) => ({ score, sd, n });

  it('calls −0.06 with about 25 respondents per round no clear change', () => {
    expect(classifyChange(round(3.2, 0.55, 25), round(3.14, 0.61, 26))).toMatchObject({
      direction: 'none',
      method: 'welch',
    });
  });

  it('calls a clear, large enough difference a rise or a fall', () => {
    expect(classifyChange(round(2.6, 0.5, 30), round(3.3, 0.5, 30)).direction).toBe('rise');
    expect(classifyChange(round(3.3, 0.5, 30), round(2.6, 0.5, 30)).direction).toBe('fall');
  });

  it('needs at least 0.10 even when thousands of respondents make a tiny difference significant', () => {
    const c = classifyChange(round(3.0, 0.3, 5000), round(3.06, 0.3, 5000));
    expect(c.p).toBeLessThan(0.05);
    expect(c.direction).toBe('none');
  });

  it('falls back to half a scale step for a workshop scored by one group', () => {
    expect(classifyChange(round(2.4, null, 1), round(2.8, null, 1))).toMatchObject({
      direction: 'none',
      method: 'threshold',
    });
    expect(classifyChange(round(2.4, null, 1), round(2.9, null, 1)).direction).toBe('rise');
  });

  it('has no change without a score on both sides', () => {
    expect(classifyChange({ score: null, sd: null, n: 0 }, round(3, 0.5, 10))).toEqual({
      delta: null,
      direction: null,
      p: null,
      method: null,
    });
  });
});
