// The one bridge between Astro pages and the shared logic in src/lib: every page reads the gated site here.
import type { Site } from './lib/site/model.ts';

// In a build, Tacit's integration has read and gated the content before any page renders, and shares the
// result (see `currentSite`). Taking it from there, rather than importing the reader, keeps this module
// instance from loading everything the reader needs (the name lexicons of the attribution scan are
// about 60 MB) a second time. The dev server has no build hooks, so there the pages compute it.
const shared = (globalThis as { __tacitSite?: { site: Site } }).__tacitSite;
export const site: Site = shared?.site ?? (await import('./lib/site/index.ts')).currentSite(import.meta.env.BASE_URL);

/** A site-relative path (`/topics/sales/`) prefixed with the base the site is served under. */
export const href = (path: string): string => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;

const long = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** `2025-03-14` → `March 14, 2025`. */
export const formatDate = (iso: string): string => long.format(new Date(`${iso}T00:00:00Z`));

/** "3 months ago" between an ISO date and the build date. */
export function ago(iso: string, today = site.today): string {
  const months = Math.round((Date.parse(today) - Date.parse(iso)) / (30.44 * 24 * 3600 * 1000));
  if (months <= 0) return 'this month';
  if (months < 24) return `${months} month${months === 1 ? '' : 's'} ago`;
  const years = Math.floor(months / 12);
  return `${years} year${years === 1 ? '' : 's'} ago`;
}
