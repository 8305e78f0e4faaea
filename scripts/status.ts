// `npm run status`: what the gate publishes for an audience, and why each withheld entry is withheld.
import { parseCli } from './lib/cli.ts';
import { withheldReasons } from '../src/lib/gate/index.ts';
import { ContentError, formatProblems } from '../src/lib/problems.ts';
import { attribution, buildEnv, entryDate, gateContent, newestFirst } from '../src/lib/site/index.ts';
import { summaryLine } from '../src/lib/gate/index.ts';
import { CommandError } from '../src/lib/command-error.ts';

const usage = `Usage: npm run status -- [--audience <id>] [--date YYYY-MM-DD] [--json]

Shows what a build would publish and, for every withheld entry, the reasons.

Options:
  --audience <id>   the audience to judge for (default: TACIT_AUDIENCE or the site's default)
  --date <day>      judge embargoes and expiry on this day (default: TACIT_BUILD_DATE or today)
  --json            print a JSON report for tools
  -h, --help        show this help

Exit codes: 0 report printed, 1 the content has errors, 2 wrong usage.`;

const args = parseCli(usage, { audience: { type: 'string' }, date: { type: 'string' }, json: { type: 'boolean' } }).values;

try {
  const env = buildEnv({
    ...process.env,
    TACIT_AUDIENCE: args.audience ?? process.env.TACIT_AUDIENCE,
    TACIT_BUILD_DATE: args.date ?? process.env.TACIT_BUILD_DATE,
  });
  // Only the gate's answer is needed: no body is rendered.
  const { gated, audience } = gateContent(env);
  const published = gated.published
    .map(({ entry, consent, mentor }) => ({
      slug: entry.slug,
      title: entry.data.title,
      kind: entry.data.kind,
      attribution: attribution(entry.data.mentor, mentor, consent).mode,
      date: entryDate(entry.data),
    }))
    .sort(newestFirst)
    .map(({ date: _date, ...e }) => e);
  const withheld = gated.withheld.map((w) => ({ slug: w.entry.slug, file: w.entry.file, reasons: w.reasons }));
  const site = { audience, today: env.today, withheld, summary: summaryLine(published.length, withheld, audience, env.today) };
  if (args.json) {
    console.log(
      JSON.stringify(
        {
          audience: site.audience,
          date: site.today,
          published,
          withheld: site.withheld,
        },
        null,
        2,
      ),
    );
  } else {
    console.log(site.summary);
    if (site.withheld.length) {
      console.log('\nWithheld:');
      const width = Math.max(...site.withheld.map((w) => w.file.length));
      for (const w of site.withheld) console.log(`  ${w.file.padEnd(width)}  ${w.reasons.map((r) => `${withheldReasons[r]} (${r})`).join(', ')}`);
    }
  }
} catch (error) {
  if (error instanceof ContentError) {
    console.error(formatProblems(error.problems));
    process.exit(1);
  }
  if (!(error instanceof CommandError)) throw error;
  console.error(error.message);
  process.exit(error.exitCode);
}
