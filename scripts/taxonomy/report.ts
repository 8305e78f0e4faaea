// `npm run taxonomy -- report`: how the taxonomy is used, what is unused, at risk or missing.
import { CommandError } from '../../src/lib/command-error.ts';
import { readContent } from '../../src/lib/read/content.ts';
import { isIsoDate } from '../../src/lib/review/index.ts';
import { topicGraph } from '../../src/lib/site/topics.ts';
import { formatTaxonomyReport, taxonomyReport } from '../../src/lib/taxonomy/report/index.ts';
import { environment, parse } from '../lib/subcommand.ts';
import { requireTaxonomy } from './readable.ts';

export const usage = `Usage: npm run taxonomy -- report [--date YYYY-MM-DD] [--horizon-months <n>] [--json]

For each concept: entries tagged with it (and with it or anything narrower), published and draft,
distinct mentors and kinds. Then: unused concepts; concepts whose entries all come from people leaving
within the horizon; topic ids entries use that the taxonomy lacks, with the closest concepts.
Counts every entry in the repository, whatever its audience: this report is for knowledge managers.

Options:
  --date <d>              judge departures from this day (default: TACIT_BUILD_DATE or today)
  --horizon-months <n>    months ahead a departure counts (default: riskHorizonMonths in content/site.yaml)
  --json                  print JSON for tools
  -h, --help              show this help

Exit codes: 0 report printed, 1 the content cannot be read, 2 wrong usage.`;

export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { date: { type: 'string' }, 'horizon-months': { type: 'string' }, json: { type: 'boolean' } }, usage);
  if (values.help) return void console.log(usage);
  if (positionals.length) throw new CommandError(`\`report\` takes no arguments; got ${positionals.map((p) => `\`${p}\``).join(', ')}.\n\n${usage}`, 2);
  const env = environment();
  const today = values.date ?? env.today;
  if (!isIsoDate(today)) throw new CommandError(`--date is \`${today}\`, which is not a calendar day; write it as YYYY-MM-DD, e.g. 2026-11-23.`, 2);
  const horizonText = values['horizon-months'];
  if (horizonText !== undefined && !/^\d{1,3}$/.test(horizonText))
    throw new CommandError(`--horizon-months is \`${horizonText}\`; give a whole number of months, e.g. 12.`, 2);

  const content = readContent(env.contentDir);
  requireTaxonomy(content, env.contentDir);
  const skipped = content.problems.filter((p) => p.severity === 'error').length;
  const report = taxonomyReport({
    topics: content.taxonomy.topics,
    entries: content.entries,
    people: content.people,
    today,
    horizonMonths: horizonText === undefined ? content.config.riskHorizonMonths : Number(horizonText),
    ancestorsOf: topicGraph(content.taxonomy).ancestorsOf,
  });
  if (values.json) return void console.log(JSON.stringify(report, null, 2));
  console.log(formatTaxonomyReport(report));
  if (skipped) console.log(`\nnote: ${skipped} problem${skipped === 1 ? '' : 's'} kept some entries out of these counts; \`npm run check\` lists them.`);
}
