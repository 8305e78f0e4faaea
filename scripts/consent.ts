// `npm run consent -- <list|new|revoke>`: the consent lifecycle, from recording a consent to withdrawing it.

import { CommandError } from '../src/lib/command-error.ts';
import { didYouMean } from '../src/lib/suggest.ts';
import { list, listUsage } from './consent/list.ts';
import { newConsent, newUsage } from './consent/new.ts';
import { revoke, revokeUsage } from './consent/revoke.ts';
import { run } from './lib/subcommand.ts';

const usage = `Usage: npm run consent -- <command> [options]

Manages consent records (content/consent/<id>.yaml), which decide what of a mentor's knowledge is
published, to whom and how they are named.

Commands:
  list              every record with its state (active, embargoed, expiring, expired, revoked) and entries
  new               record a consent, by prompts or by flags
  revoke <id>       withdraw a consent: mark it revoked, delete its entries, write a tombstone and show
                    what each audience's site stops building

Run \`npm run consent -- <command> --help\` for a command's options.

Exit codes: 0 done, 1 failed (nothing written), 2 wrong usage.`;

const commands: Record<string, { run: (argv: string[]) => Promise<void>; usage: string }> = {
  list: { run: list, usage: listUsage },
  new: { run: newConsent, usage: newUsage },
  revoke: { run: revoke, usage: revokeUsage },
};

const [name, ...rest] = process.argv.slice(2);
await run(async () => {
  if (name === undefined) throw new CommandError(`Give a command.\n\n${usage}`, 2);
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log((rest[0] === undefined ? undefined : commands[rest[0]])?.usage ?? usage);
    return;
  }
  const command = commands[name];
  if (!command)
    throw new CommandError(
      `Unknown command \`${name}\`.${didYouMean(name, Object.keys(commands))} The commands are \`list\`, \`new\` and \`revoke\`.\n\n${usage}`,
      2,
    );
  await command.run(rest);
});
