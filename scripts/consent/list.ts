// `npm run consent -- list`: every consent record, its state on a day and how many entries use it.
import { formatConsentTable, listConsents, requireDate } from '../../src/lib/consent/index.ts';
import { CommandError } from '../../src/lib/command-error.ts';
import { environment, parse } from '../lib/subcommand.ts';

export const listUsage = `Usage: npm run consent -- list [--date YYYY-MM-DD] [--json]

Lists every consent record: id, person (people id), audience, attribution, state and how many entries
use it. States: active; embargoed (until when); expiring within 60 days (when); expired (when); revoked
(when). Invalid records are listed too, with what is wrong.

Options:
  --date <day>   judge states on this day (default: TACIT_BUILD_DATE or today)
  --json         print the list as JSON for tools
  -h, --help     show this help

Exit codes: 0 listed, 2 wrong usage.`;

export async function list(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { date: { type: 'string' }, json: { type: 'boolean' } }, listUsage);
  if (values.help) return void console.log(listUsage);
  if (positionals.length) throw new CommandError(`\`list\` takes no arguments; got ${positionals.map((p) => `\`${p}\``).join(', ')}.\n\n${listUsage}`, 2);
  const { contentDir, today } = environment();
  const date = values.date === undefined ? today : requireDate(values.date, '--date');
  const rows = listConsents(contentDir, date);
  if (values.json) console.log(JSON.stringify({ date, consents: rows }, null, 2));
  else console.log(formatConsentTable(rows, date));
}
