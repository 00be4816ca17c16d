/**
 * The consultant's calendar date as `YYYY-MM-DD`, not UTC's: a report or a deadline checked at 00:30 in
 * Amsterdam counts as today, not as yesterday.
 */
export function calendarDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
