import { reviewState } from '../review/index.ts';
import { fieldPosition } from './locate.ts';
import type { CheckContext } from './run.ts';
import type { Finding } from './types.ts';

/** Published entries whose review is overdue: a warning, so advice does not silently rot. */
export function checkReviews(ctx: CheckContext): Finding[] {
  const months = ctx.content.config.staleAfterMonths;
  return ctx.content.entries.flatMap((entry): Finding[] => {
    if (entry.data.status !== 'published') return [];
    const state = reviewState(entry.data, ctx.today, months);
    if (!state.due) return [];
    const field = entry.data.reviewBy ? 'reviewBy' : entry.data.reviewed ? 'reviewed' : 'title';
    const why =
      state.rule === 'review-by'
        ? `its review was due by ${entry.data.reviewBy}`
        : state.confirmed
          ? `it was last confirmed on ${state.confirmed.date}, over ${months} months ago`
          : 'it has no `reviewed`, `added` or conversation date';
    return [
      {
        file: entry.file,
        ...fieldPosition(entry, [field]),
        severity: 'warning',
        rule: 'review-overdue',
        message: `Review overdue: ${why}. Ask the mentor (or the topic's steward, see \`npm run report -- stale\`) to confirm it and set \`reviewed:\` to today.`,
      },
    ];
  });
}
