// `npm run consent -- revoke <id>`: withdraw a consent and take everything under it out of the repository.
import { confirm } from '@inquirer/prompts';
import { applyRevocation, formatRevocation, planRevocation, requireDate, revocationDone, revocationJson } from '../../src/lib/consent/index.ts';
import { CommandError } from '../../src/lib/command-error.ts';
import { environment, interactive, parse } from '../lib/subcommand.ts';

export const revokeUsage = `Usage: npm run consent -- revoke <consent-id> [options]

Withdraws a consent. Marks content/consent/<id>.yaml \`revoked\` (comments and layout kept), deletes every
entry whose \`consent:\` is that id, whatever its status, and writes a tombstone in content/tombstones/
(digests and dates only: no name, role, title or text) so that \`npm run check\` refuses the content if a
revert or an old branch brings it back. First it prints what each audience's site stops building.

Options:
  --reason <text>   why consent was withdrawn, kept in the record's \`notes\` with the date.
                    Give it only if the person agreed to that text being kept.
  --date <day>      the day consent was withdrawn, YYYY-MM-DD (default: today)
  --dry-run         show what would happen; write and delete nothing
  --json            print the report as JSON for tools
  -y, --yes         do not ask for confirmation (asked only when run in a terminal)
  -h, --help        show this help

Today is TACIT_BUILD_DATE when set, else the UTC date; the sites are judged on it.
All or nothing: the record and tombstone are written atomically before any entry is deleted.

Exit codes: 0 revoked (or dry run shown), 1 cannot revoke (unknown or already revoked consent, unreadable
record, cancelled; nothing written), 2 wrong usage.`;

export async function revoke(argv: string[]): Promise<void> {
  const { values, positionals } = parse(
    argv,
    { reason: { type: 'string' }, date: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, yes: { type: 'boolean', short: 'y' } },
    revokeUsage,
  );
  if (values.help) return void console.log(revokeUsage);
  if (positionals.length !== 1) {
    throw new CommandError(
      `${positionals.length ? `Give one consent id; got ${positionals.map((p) => `\`${p}\``).join(', ')}.` : 'Which consent? Give its id, e.g. `npm run consent -- revoke dana-whitfield-2025` (`npm run consent -- list` shows them).'}\n\n${revokeUsage}`,
      2,
    );
  }
  if (values.reason !== undefined && !values.reason.trim())
    throw new CommandError('`--reason` is empty; leave it out, or give the reason the person agreed to keep.', 2);
  const { contentDir, today } = environment();
  const date = values.date === undefined ? undefined : requireDate(values.date, '--date');
  const plan = planRevocation({ contentDir, consentId: positionals[0]!, date, today, reason: values.reason });

  if (values['dry-run']) {
    console.log(values.json ? JSON.stringify(revocationJson(plan, 'dry-run'), null, 2) : formatRevocation(plan, 'dry-run'));
    return;
  }
  const ask = interactive() && !values.yes;
  if (ask) {
    // With --json the report goes to stdout for a tool, so the person reads the plan and answers on stderr.
    const out = values.json ? process.stderr : process.stdout;
    out.write(`${formatRevocation(plan, 'plan')}\n\n`);
    const go = await confirm(
      { message: `Revoke \`${plan.consentId}\` and delete ${plan.entries.length} entr${plan.entries.length === 1 ? 'y' : 'ies'}?`, default: false },
      { output: out },
    );
    if (!go) throw new CommandError('Cancelled; nothing was written.');
  }
  applyRevocation(plan, contentDir);
  // After a confirmed plan the person has read the report; repeating it would bury the outcome.
  console.log(values.json ? JSON.stringify(revocationJson(plan, 'done'), null, 2) : ask ? revocationDone(plan) : formatRevocation(plan, 'done'));
}
