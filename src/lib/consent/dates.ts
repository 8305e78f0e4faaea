import { isIsoDate } from '../schema/index.ts';

import { CommandError } from '../command-error.ts';

const DAY_MS = 24 * 3600 * 1000;

export { isIsoDate };

/** Whole days from `from` to `to` (negative when `to` is earlier); both `YYYY-MM-DD`. */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * Checks a date given on the command line. A malformed date is wrong usage (exit 2): the message names the
 * option so the person can retype it.
 */
export function requireDate(value: string, option: string): string {
  if (!isIsoDate(value)) throw new CommandError(`\`${option}\` is \`${value}\`; write a real day as \`YYYY-MM-DD\`, e.g. \`2026-11-23\`.`, 2);
  return value;
}
