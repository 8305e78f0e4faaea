import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { CommandError } from '../../src/lib/command-error.ts';

/**
 * A JSON file that a `gh` command wrote (or `-`, standard input), checked against `schema`. Refused with
 * the command that makes it: exit code 2 when the file is not there, 1 when it is not what was expected.
 */
export function readGhJson<S extends z.ZodType>(from: string, schema: S, command: string): z.infer<S> {
  if (from !== '-' && !existsSync(from)) throw new CommandError(`\`${from}\` does not exist. Save it first, e.g. \`${command} > ${from}\`.`, 2);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(from === '-' ? 0 : from, 'utf8'));
  } catch (error) {
    throw new CommandError(`\`${from}\` is not JSON: ${(error as Error).message}. Give the output of \`${command}\`.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new CommandError(`\`${from}\`: ${parsed.error.issues[0]!.message}.`);
  return parsed.data;
}
