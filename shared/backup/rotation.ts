/**
 * Which automatic backups to keep. Kept are:
 * - every backup of the last 24 hours (the one made just before a restore, an erasure or a large import
 *   must survive the "Back up now" that follows it);
 * - the newest backup of each of the last 7 days that have one;
 * - the newest of each of the last 4 ISO weeks that have one;
 * - the newest of each of the last 12 months that have one.
 * Days, weeks and months are those of UTC, so every process and time zone prunes alike. "That have one":
 * a laptop left shut for a fortnight keeps a week of backups, not none. At most about 24 h of backups + 23.
 */
export const ROTATION = { keepAllHours: 24, daily: 7, weekly: 4, monthly: 12 } as const;

export interface Dated {
  createdAt: string;
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const monthOf = (d: Date) => d.toISOString().slice(0, 7);

/** ISO 8601 week, e.g. "2026-W47": weeks start on Monday, and week 1 holds the year's first Thursday. */
export function isoWeekOf(d: Date): string {
  const date = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function backupsToKeep<T extends Dated>(backups: readonly T[], now: Date): Set<T> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<T>();
  const recent = now.getTime() - ROTATION.keepAllHours * 3_600_000;
  for (const b of newestFirst) if (Date.parse(b.createdAt) >= recent) keep.add(b);
  const newestPer = (period: (d: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const key = period(new Date(b.createdAt));
      if (seen.has(key)) continue;
      if (seen.size === count) break;
      seen.add(key);
      keep.add(b);
    }
  };
  newestPer(dayOf, ROTATION.daily);
  newestPer(isoWeekOf, ROTATION.weekly);
  newestPer(monthOf, ROTATION.monthly);
  return keep;
}
