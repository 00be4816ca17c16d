import { describe, expect, it } from 'vitest';
import { backupsToKeep, isoWeekOf, ROTATION } from '../../../shared/backup/rotation';

const at = (iso: string) => ({ createdAt: iso });
const kept = (backups: { createdAt: string }[], now: string) =>
  [...backupsToKeep(backups, new Date(now))]
    .map((b) => b.createdAt)
    .sort()
    .reverse();

describe('the backup rotation', () => {
  it('documents what it keeps', () => {
    expect(ROTATION).toEqual({ keepAllHours: 24, daily: 7, weekly: 4, monthly: 12 });
  });

  it('keeps every backup of the last 24 hours, however many', () => {
    const backups = Array.from({ length: 10 }, (_, i) => at(`2026-11-22T0${i}:00:00.000Z`));
    expect(kept(backups, '2026-11-22T12:00:00Z')).toHaveLength(10);
  });

  it('keeps the newest of each day on the seven latest days that have one, not of seven calendar days', () => {
    const backups = [
      at('2026-11-01T08:00:00.000Z'),
      at('2026-11-01T18:00:00.000Z'),
      at('2026-10-20T08:00:00.000Z'),
      at('2026-10-10T08:00:00.000Z'),
    ];
    // A laptop shut for weeks still keeps its last days' backups.
    expect(kept(backups, '2026-11-22T12:00:00Z')).toEqual([
      '2026-11-01T18:00:00.000Z',
      '2026-10-20T08:00:00.000Z',
      '2026-10-10T08:00:00.000Z',
    ]);
  });

  it('keeps one a week for 4 weeks and one a month for 12 months beyond the days', () => {
    const backups = Array.from({ length: 730 }, (_, day) => at(new Date(Date.UTC(2025, 0, 1 + day, 9)).toISOString()));
    const result = kept(backups, '2026-12-31T12:00:00Z');
    // Today; six more days (Dec 25–30); the weeks of Dec 14–20 and 7–13 (Dec 21–27's newest is a kept day);
    // the end of each month from January to November.
    expect(result).toHaveLength(1 + 6 + 2 + 11);
    expect(result.at(-1)).toBe('2026-01-31T09:00:00.000Z');
    expect(new Set(result.map((r) => r.slice(0, 7))).size).toBe(12);
  });

  it('numbers ISO weeks as ISO 8601 does around the new year', () => {
    expect(isoWeekOf(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01');
    expect(isoWeekOf(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeekOf(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01');
    expect(isoWeekOf(new Date('2026-11-22T12:00:00Z'))).toBe('2026-W47');
  });
});
