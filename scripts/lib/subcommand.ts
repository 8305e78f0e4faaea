// What the subcommands of `npm run consent` and `npm run taxonomy` share: argument parsing, the content folder, today, and failing well.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CommandError } from '../../src/lib/command-error.ts';
import { buildEnv } from '../../src/lib/site/options.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a subcommand's arguments; anything unknown or malformed is wrong usage (exit 2), with its help. */
export function parse<O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n\n${usage}`, 2);
  }
}

/** The content folder (`TACIT_CONTENT_DIR`) and today (`TACIT_BUILD_DATE`, else the UTC date). */
export function environment(): { contentDir: string; today: string } {
  try {
    const env = buildEnv();
    return { contentDir: env.contentDir, today: env.today };
  } catch (error) {
    throw new CommandError((error as Error).message, 2);
  }
}

/** Prompts only make sense when a person is at the keyboard; scripts and CI get flags and errors instead. */
export const interactive = (): boolean => Boolean(process.stdin.isTTY);

/** Runs a subcommand and turns what it throws into a message and the documented exit code. */
export async function run(command: () => Promise<void>): Promise<never> {
  try {
    await command();
    process.exit(0);
  } catch (error) {
    const e = error as Error;
    if (e.name === 'ExitPromptError' || e.name === 'AbortPromptError') {
      process.stderr.write('Cancelled; nothing was written.\n');
      process.exit(1);
    }
    process.stderr.write(`${e instanceof CommandError ? e.message : `Unexpected error: ${e.stack ?? e.message}`}\n`);
    process.exit(e instanceof CommandError ? e.exitCode : 1);
  }
}
