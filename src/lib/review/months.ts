// Calendar arithmetic on `YYYY-MM-DD` strings. Dates stay strings everywhere in Tacit so that comparisons
// are plain string comparisons and no time zone can shift a day.

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export { isIsoDate } from '../schema/primitives.ts';

/**
 * The same day `months` calendar months later (or earlier, when negative). A day that the target month
 * lacks becomes its last day, so `2025-08-31` + 6 months is `2026-02-28`, never a day in March.
 */
export function addMonths(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12; // 0-based
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(Math.min(d, lastDay))}`;
}

/** Whole calendar months from `from` to `to` (0 when `to` is not a full month later). */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const [fy = 0, fm = 1] = from.split('-').map(Number);
  const [ty = 0, tm = 1] = to.split('-').map(Number);
  let months = (ty - fy) * 12 + (tm - fm);
  if (addMonths(from, months) > to) months -= 1;
  return Math.max(0, months);
}
