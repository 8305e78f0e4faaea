/**
 * Why a consent command cannot go ahead. `exitCode` is 1 when the content or the request cannot be acted on
 * and 2 when the command was called wrongly, matching the exit codes every Tacit script documents.
 */
export class ConsentError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'ConsentError';
    this.exitCode = exitCode;
  }
}
