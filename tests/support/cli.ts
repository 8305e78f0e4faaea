import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './build.ts';

/**
 * Runs one of the project's commands (`scripts/<script>.ts`) as `npm run` would: from the project root
 * unless `cwd` is given, with `env` added to the environment. Standard input is an empty pipe, not a
 * terminal, so a command that would wait for an answer fails instead of hanging the test.
 */
export function runScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd = projectRoot) {
  return spawnSync(process.execPath, [join(projectRoot, 'scripts', `${script}.ts`), ...args], {
    cwd,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, ...env },
  });
}
