/**
 * Why a command cannot go ahead, with the exit code it ends with: 1 when the content or a value cannot be
 * acted on, 2 when the command was called wrongly, the codes every Tacit script documents. Nothing is
 * written when one is thrown.
 */
export class CommandError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'CommandError';
    this.exitCode = exitCode;
  }
}
