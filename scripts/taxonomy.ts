// `npm run taxonomy -- <command>`: the knowledge manager's tools for the SKOS-shaped taxonomy.
import { CommandError } from '../src/lib/command-error.ts';
import { didYouMean } from '../src/lib/suggest.ts';
import { run } from './lib/subcommand.ts';

/** Each command lives in `scripts/taxonomy/<name>.ts` and exports `run(argv)` and `usage`. */
const commands: Record<string, string> = {
  report: 'usage per concept, unused concepts, topics held only by people leaving, unknown topics in drafts',
  suggest: 'candidate concepts and synonyms mined from entry texts, for a person to accept',
  rename: '<old> <new>: give a concept a new id and rewrite every entry that uses it',
  merge: '<from> <into>: move entries to <into>; <from> becomes deprecated and its URL redirects',
  move: '<id> --under <parent>: put a concept under another broader concept',
  deprecate: '<id> [--replaced-by <id>]: retire a concept',
  export: '--format turtle|jsonld: write the taxonomy as SKOS',
  import: '<file> [--scheme <uri>] [--lang en]: replace the taxonomy with a SKOS vocabulary',
};

const usage = `Usage: npm run taxonomy -- <command> [options]

Curates content/taxonomy.yaml, the SKOS-shaped topics and facets. Edits keep the file's comments and
formatting and rewrite entries' front matter in place; every edit has --dry-run, which prints the diff.

Commands:
${Object.entries(commands)
  .map(([name, what]) => `  ${name.padEnd(11)} ${what}`)
  .join('\n')}

Run \`npm run taxonomy -- <command> --help\` for a command's options.

Exit codes: 0 done, 1 failed (nothing written), 2 wrong usage.`;

const [name, ...rest] = process.argv.slice(2);
await run(async () => {
  if (name === undefined) throw new CommandError(`Give a command.\n\n${usage}`, 2);
  if (name === '--help' || name === '-h' || name === 'help') {
    if (rest[0] !== undefined && rest[0] in commands) return void console.log((await load(rest[0])).usage);
    return void console.log(usage);
  }
  if (!(name in commands)) throw new CommandError(`Unknown command \`${name}\`.${didYouMean(name, Object.keys(commands))}\n\n${usage}`, 2);
  await (await load(name)).run(rest);
});

async function load(command: string): Promise<{ run: (argv: string[]) => Promise<void>; usage: string }> {
  const file = ['rename', 'merge', 'move', 'deprecate'].includes(command) ? 'edit' : command;
  const module = (await import(`./taxonomy/${file}.ts`)) as Record<string, unknown>;
  const runs = module[`${command}Run`] ?? module.run;
  const usageText = module[`${command}Usage`] ?? module.usage;
  return { run: runs as (argv: string[]) => Promise<void>, usage: usageText as string };
}
