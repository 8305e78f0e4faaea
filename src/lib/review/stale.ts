// When an entry is due for review. Pure: the build date is always passed in, so the site, `npm run report`
// and the tests agree on any given day.
import { addMonths } from './months.ts';

/** The dates of an entry that say how current it is; entry front matter and `PublishedEntry` both fit. */
export interface ReviewDates {
  reviewed?: string | undefined;
  reviewBy?: string | undefined;
  added?: string | undefined;
  conversation?: { date: string } | undefined;
}

/** Which date stands for "last confirmed": the review, else first publication, else the conversation. */
export type ConfirmedBasis = 'reviewed' | 'added' | 'conversation';

/** Why an entry is (or will become) due: its own `reviewBy`, the site's age limit, or no date at all. */
export type ReviewRule = 'review-by' | 'age' | 'undated';

export interface ReviewState {
  /** True when the entry should be reviewed again: the last day it counts as current is behind us. */
  due: boolean;
  rule: ReviewRule;
  /** The last day the entry counts as current; absent only for an undated entry. */
  dueOn?: string | undefined;
  /** The date its age is judged from, and which field that was; absent when the entry has none. */
  confirmed?: { date: string; basis: ConfirmedBasis } | undefined;
}

/** The date an entry was last known to be right: `reviewed`, else `added`, else `conversation.date`. */
export function lastConfirmed(d: ReviewDates): { date: string; basis: ConfirmedBasis } | undefined {
  if (d.reviewed) return { date: d.reviewed, basis: 'reviewed' };
  if (d.added) return { date: d.added, basis: 'added' };
  if (d.conversation) return { date: d.conversation.date, basis: 'conversation' };
  return undefined;
}

/**
 * Whether an entry is due for review on `today`. `reviewBy` overrides the age rule for its entry (so a
 * mentor can ask for an early review of something fast-moving, or vouch for an evergreen entry for
 * longer); otherwise an entry is due once it was last confirmed more than `staleAfterMonths` ago.
 * Both limits are inclusive: on the `reviewBy` day itself the entry is still current, the day after
 * it is due. An entry with no date at all has never been confirmed, so it is due.
 */
export function reviewState(d: ReviewDates, today: string, staleAfterMonths: number): ReviewState {
  const confirmed = lastConfirmed(d);
  if (d.reviewBy) return { due: d.reviewBy < today, rule: 'review-by', dueOn: d.reviewBy, confirmed };
  if (!confirmed) return { due: true, rule: 'undated' };
  const dueOn = addMonths(confirmed.date, staleAfterMonths);
  return { due: dueOn < today, rule: 'age', dueOn, confirmed };
}

/** Shorthand for `reviewState(...).due`. */
export const isStale = (d: ReviewDates, today: string, staleAfterMonths: number): boolean => reviewState(d, today, staleAfterMonths).due;
