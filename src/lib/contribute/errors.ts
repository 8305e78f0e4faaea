/**
 * Something `npm run new` cannot do, with the exit code the command ends with: 1 when a value or the
 * content cannot be used, 2 when the command was called wrongly. Nothing is written when one is thrown.
 */
export class ContributeError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'ContributeError';
    this.exitCode = exitCode;
  }
}

/** `a`, `b` → "`a`, `b`", for messages that quote values. */
export const quoteList = (values: Iterable<string>): string => [...values].map((v) => `\`${v}\``).join(', ');
