// The one bridge between Astro pages and the shared logic in src/lib: every page reads the gated site here.
import { site } from 'virtual:tacit/site';
import { plural } from './lib/text/index.ts';

export { site };

/** A site-relative path (`/topics/sales/`) prefixed with the base the site is served under. */
export const href = (path: string): string => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;

const long = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** `2025-03-14` → `March 14, 2025`. */
export const formatDate = (iso: string): string => long.format(new Date(`${iso}T00:00:00Z`));

/** "3 months ago" between an ISO date and the build date. */
export function ago(iso: string, today = site.today): string {
  const months = Math.round((Date.parse(today) - Date.parse(iso)) / (30.44 * 24 * 3600 * 1000));
  if (months <= 0) return 'this month';
  if (months < 24) return `${plural(months, 'month')} ago`;
  return `${plural(Math.floor(months / 12), 'year')} ago`;
}
