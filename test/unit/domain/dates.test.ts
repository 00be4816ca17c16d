import { describe, expect, it } from 'vitest';
import { formatDayMonthYear, parseDayMonthYear, withinPeriod } from '../../../shared/domain/dates';
import { AssessmentUpdate } from '../../../shared/assessments/schemas';
import { EngagementInput } from '../../../shared/clients/schemas';

describe('typed dates', () => {
  it('reads day-month-year with any usual separator, and ISO dates as pasted', () => {
    for (const text of ['2-3-2026', '02-03-2026', '2/3/2026', '02.03.2026', ' 2 3 2026 ', '2026-03-02']) {
      expect(parseDayMonthYear(text), text).toEqual({ kind: 'date', iso: '2026-03-02' });
    }
  });

  it('says a day that does not exist is impossible instead of clearing it', () => {
    expect(parseDayMonthYear('30-02-2026')).toEqual({ kind: 'impossible', day: 30, month: 2, year: 2026 });
    expect(parseDayMonthYear('29-02-2028')).toEqual({ kind: 'date', iso: '2028-02-29' });
    expect(parseDayMonthYear('31/04/2026').kind).toBe('impossible');
    expect(parseDayMonthYear('01-13-2026').kind).toBe('impossible');
  });

  it('refuses to guess a two-digit year or words', () => {
    expect(parseDayMonthYear('2-3-26').kind).toBe('unreadable');
    expect(parseDayMonthYear('next tuesday').kind).toBe('unreadable');
    expect(parseDayMonthYear('   ').kind).toBe('empty');
  });

  it('writes a date the way each language types it', () => {
    expect(formatDayMonthYear('2026-03-02', 'nl')).toBe('02-03-2026');
    expect(formatDayMonthYear('2026-03-02', 'en')).toBe('02/03/2026');
  });

  it('tells whether a date lies in a period with open ends', () => {
    expect(withinPeriod('2026-05-01', '2026-01-01', null)).toBe(true);
    expect(withinPeriod('2025-12-31', '2026-01-01', '2026-12-31')).toBe(false);
    expect(withinPeriod('2027-01-01', null, '2026-12-31')).toBe(false);
  });
});

describe('dates of rounds and engagements', () => {
  const codeOf = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
    r.success ? null : r.error?.issues[0]?.message;

  it('refuses years outside 2000–2100 as out of range, and impossible days as invalid', () => {
    const round = (heldOn: string) => codeOf(AssessmentUpdate.safeParse({ id: 'as_1', round: 'Baseline', heldOn }));
    expect(round('1999-12-31')).toBe('date_out_of_range');
    expect(round('2101-01-01')).toBe('date_out_of_range');
    expect(round('2026-02-30')).toBe('invalid_date');
    expect(round('2000-01-01')).toBeNull();
    const engagement = EngagementInput.safeParse({
      clientId: 'cl_1',
      title: 'Diagnose',
      purpose: 'diagnosis',
      startsOn: '9999-01-01',
    });
    expect(codeOf(engagement)).toBe('date_out_of_range');
  });
});
