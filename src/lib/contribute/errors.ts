/** `npm run new` fails with the shared command error (exit code 1 or 2); nothing is written then. */
export { CommandError as ContributeError } from '../command-error.ts';

/** `a`, `b` → "`a`, `b`", for messages that quote values. */
export const quoteList = (values: Iterable<string>): string => [...values].map((v) => `\`${v}\``).join(', ');
