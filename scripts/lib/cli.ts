import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CommandError } from '../../src/lib/command-error.ts';

/** Prints a message to stderr and exits with `code` (1 failure, 2 wrong usage). */
export const fail = (code: number, message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(code);
};

/**
 * Parses the command line the same way for every Tacit command: `--help`/`-h` prints the usage and exits
 * 0; an unknown or malformed option prints what is wrong and the usage, and exits 2.
 */
export function parseCli<T extends ParseArgsConfig['options']>(usage: string, options: T, allowPositionals = false) {
  const parse = () => {
    try {
      return parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
    } catch (error) {
      return fail(2, `${(error as Error).message}\n\n${usage}`);
    }
  };
  const parsed = parse();
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

/** Runs `body`; a `CommandError` it throws ends the command with its message and exit code. */
export function orExit<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof CommandError) return fail(error.exitCode, error.message);
    throw error;
  }
}
