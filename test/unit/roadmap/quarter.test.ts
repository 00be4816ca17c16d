import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addQuarters,
  compareQuarters,
  parseQuarter,
  quarterEnd,
  quarterIndex,
  quarterLabel,
  quarterOf,
  QuarterSchema,
  quarterSpan,
  quarterStart,
  quartersFrom,
} from '../../../shared/roadmap/quarter';

describe('quarters', () => {
  it('reads YYYY-Qn and refuses anything else', () => {
    expect(parseQuarter('2027-Q1')).toEqual({ year: 2027, quarter: 1 });
    for (const bad of ['2027-Q5', '2027-Q0', '27-Q1', '2027Q1', '2027-q1 ', '1999-Q4', '2100-Q1', '']) {
      expect(parseQuarter(bad), bad).toBeNull();
    }
    expect(QuarterSchema.parse(' 2027-q3 ')).toBe('2027-Q3');
    expect(QuarterSchema.safeParse('2027-Q5').error?.issues[0]?.message).toBe('invalid_quarter');
  });

  it('moves across a year boundary by index', () => {
    expect(addQuarters('2027-Q4', 1)).toBe('2028-Q1');
    expect(addQuarters('2027-Q1', -1)).toBe('2026-Q4');
    expect(quarterSpan('2027-Q3', '2028-Q2')).toBe(4);
    expect(compareQuarters('2027-Q4', '2028-Q1')).toBeLessThan(0);
    expect(quartersFrom('2026-Q4', 3)).toEqual(['2026-Q4', '2027-Q1', '2027-Q2']);
  });

  it('knows the first and last day of a quarter, leap years included', () => {
    expect(quarterStart('2028-Q1')).toBe('2028-01-01');
    expect(quarterEnd('2028-Q1')).toBe('2028-03-31');
    expect(quarterEnd('2027-Q2')).toBe('2027-06-30');
    expect(quarterEnd('2027-Q4')).toBe('2027-12-31');
    expect(quarterOf('2028-02-29')).toBe('2028-Q1');
    expect(quarterOf('2026-11-22')).toBe('2026-Q4');
  });

  it('is written as the reader writes it', () => {
    expect(quarterLabel('2027-Q1', 'nl')).toBe('K1 2027');
    expect(quarterLabel('2027-Q1', 'en')).toBe('Q1 2027');
  });

  it('round-trips every quarter through its index, its dates and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000 * 4, max: 2099 * 4 + 3 }), fc.integer({ min: -20, max: 20 }), (i, n) => {
        const q = `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
        expect(quarterIndex(q)).toBe(i);
        expect(quarterOf(quarterStart(q))).toBe(q);
        expect(quarterOf(quarterEnd(q))).toBe(q);
        expect(quarterSpan(q, addQuarters(q, n))).toBe(n + 1);
      }),
    );
  });
});
