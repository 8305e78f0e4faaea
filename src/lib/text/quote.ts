/** `a`, `b` → "`a`, `b`", for messages that quote values. */
export const quoteList = (values: Iterable<string>): string => [...values].map((v) => `\`${v}\``).join(', ');
