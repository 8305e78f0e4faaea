// `npm run plan -- interview <person>`: what to ask someone before they leave. For knowledge managers, who
// can read the repository and so may see every name; the site has the same plans for named mentors.
import { fail, orExit, parseCli } from './lib/cli.ts';
import { readGhJson } from './lib/gh-json.ts';
import { gapsOf, issueListSchema } from '../src/lib/gaps/index.ts';
import { formatInterviewPlan, interviewPlan } from '../src/lib/plan/index.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { readContent } from '../src/lib/read/content.ts';
import { isIsoDate } from '../src/lib/schema/index.ts';
import { buildEnv, buildSite } from '../src/lib/site/index.ts';
import { didYouMean } from '../src/lib/suggest.ts';

const usage = `Usage: npm run plan -- interview <person> [options]

For someone about to leave: the topics where they hold most or all of the knowledge, most at risk first;
for each, what is captured, what is missing, and questions to ask. Markdown to print or send.

Options:
  --gaps <file>       searches that found nothing (\`gh issue list --label gap --json number,title,body\`),
                      turned into questions for the closest topic
  --audience <id>     count what this audience's build publishes (default: TACIT_AUDIENCE or defaultAudience)
  --date <YYYY-MM-DD> judge on this day (default: TACIT_BUILD_DATE or today)
  --json              print JSON for tools
  -h, --help          show this help

Exit codes: 0 plan printed, 1 the content has errors or the person has nothing published, 2 wrong usage.`;

const { values: args, positionals } = parseCli(
  usage,
  { gaps: { type: 'string' }, audience: { type: 'string' }, date: { type: 'string' }, json: { type: 'boolean' } },
  true,
);
const [command, person, ...extra] = positionals;
if (command !== 'interview') fail(2, `${command === undefined ? 'Name a plan' : `There is no plan \`${command}\``}: use \`interview <person>\`.\n\n${usage}`);
if (person === undefined) fail(2, `Name the person, by their people id (the file name in content/people/).\n\n${usage}`);
if (extra.length) fail(2, `Unexpected argument ${extra.map((e) => `\`${e}\``).join(' ')}.\n\n${usage}`);

const env = buildEnv({ ...process.env, TACIT_BUILD_DATE: args.date ?? process.env.TACIT_BUILD_DATE });
if (!isIsoDate(env.today)) fail(2, `--date is \`${env.today}\`, which is not a calendar day; write it as YYYY-MM-DD.`);
const content = readContent(env.contentDir);
if (content.problems.some((p) => p.severity === 'error'))
  fail(1, `${formatProblems(content.problems.filter((p) => p.severity === 'error'))}\n\nFix these first.`);
const people = [...content.people.keys()];
if (!content.people.has(person!)) fail(2, `There is nobody \`${person}\` in content/people/.${didYouMean(person!, people)}`);
const audience = args.audience ?? env.audience ?? content.config.defaultAudience;
if (!content.config.audiences.includes(audience))
  fail(
    2,
    `The audience \`${audience}\` is not one of ${content.config.audiences.map((a) => `\`${a}\``).join(', ')}.${didYouMean(audience, content.config.audiences)}`,
  );

// Searches nobody could answer, read and checked as the gaps report reads them.
const gaps = args.gaps === undefined ? [] : gapsOf(orExit(() => readGhJson(args.gaps!, issueListSchema, 'gh issue list --label gap --json number,title,body')));

const site = buildSite(content, { audience, today: env.today, base: '/' });
const mentorBySlug = new Map(content.entries.map((e) => [e.slug, e.data.mentor]));
const plan = interviewPlan({
  topics: site.topics,
  // The repository's readers may see every name: the person is their people id.
  mentorOf: (slug) => {
    const id = mentorBySlug.get(slug)!;
    const p = content.people.get(id);
    return { key: id, named: true, name: p?.name ?? id, role: p?.role, leaving: p?.leaving };
  },
  person: person!,
  today: env.today,
  gaps,
});
if (!plan)
  fail(
    1,
    `${content.people.get(person!)!.name} has no entry that the \`${audience}\` edition publishes, so there is nothing to plan from. Try another --audience, or start from the topics they know.`,
  );
console.log(args.json ? JSON.stringify(plan, null, 2) : formatInterviewPlan(plan!));
