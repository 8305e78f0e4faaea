import { checkReturning } from './returning.ts';
import { checkReviews } from './review.ts';
import type { CheckContext } from './run.ts';
import type { Finding } from './types.ts';

/** Checks contributed by the consent lifecycle, review cycles and the taxonomy, run after the core rules. */
export const extraChecks: ((ctx: CheckContext) => Finding[])[] = [checkReturning, checkReviews];
