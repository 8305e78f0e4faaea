// `npm run report -- stale|at-risk|gaps`: reports for knowledge managers, who can read the repository and so may
// see every name. Both judge the same pure functions the site uses.
import { spawnSync } from 'node:child_process';
import { fail, orExit, parseCli } from './lib/cli.ts';
import { readGhJson } from './lib/gh-json.ts';
import { formatGapReport, gapReportJson, gapsOf, groupGaps, issueListSchema } from '../src/lib/gaps/index.ts';
import { topicHints } from '../src/lib/index/topics.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { readContent, type Content } from '../src/lib/read/content.ts';
import { formatStaleReport, isIsoDate, planReminders, reminderInputs, reviewGroups, reviewScope, staleReportJson } from '../src/lib/review/index.ts';
import { assessRisk, formatRiskReport, riskReportJson, type MentorRef } from '../src/lib/risk/index.ts';
import { buildEnv, buildSite, topicGraph } from '../src/lib/site/index.ts';
import { didYouMean } from '../src/lib/suggest.ts';

const usage = `Usage: npm run report -- <report> [options]

Reports:
  stale     entries due for review, grouped by whom to ask: the mentor, or the topic's steward once the
            mentor has left. Judges every entry marked published, for any audience, unless --audience is given.
  at-risk   per topic (narrower topics counted in): entries, distinct mentors, and whether every mentor
            leaves within the horizon; topics with no entries; leavers ranked by what only they hold.
            Counts only what the audience's build publishes.
  reminders what the review-reminders workflow does: one issue per mentor or steward with entries due
            (open, rewrite or close). Reads --issues: \`gh issue list --label review-reminder --json number,title,body\`.
  gaps      what readers asked for with "Ask a mentor about this", grouped by the closest topic and how
            much it holds. Reads --from: the JSON of \`gh issue list --label gap --json number,title,body,url,createdAt\`.

Options:
  --audience <id>         stale: only what this audience's build publishes; at-risk: the audience
                          (default: TACIT_AUDIENCE or the site's defaultAudience)
  --date <YYYY-MM-DD>     judge on this day (default: TACIT_BUILD_DATE or today)
  --horizon-months <n>    at-risk: months ahead a departure counts (default: riskHorizonMonths in content/site.yaml)
  --from <file>           gaps: the issue list to read (\`-\` for standard input)
  --issues <file>         reminders: the open reminder issues (\`-\` for standard input)
  --apply                 reminders: carry the plan out with the GitHub CLI (\`gh\`), as the workflow does
  --json                  print JSON for tools
  -h, --help              show this help

Exit codes: 0 report printed, 1 the content has errors, 2 wrong usage.`;

const { values: args, positionals } = parseCli(
  usage,
  {
    audience: { type: 'string' },
    date: { type: 'string' },
    'horizon-months': { type: 'string' },
    from: { type: 'string' },
    issues: { type: 'string' },
    apply: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  true,
);
const reports = ['stale', 'at-risk', 'gaps', 'reminders'];
const [report, ...extra] = positionals;
if (report === undefined) fail(2, `Name a report: ${reports.join(' or ')}.\n\n${usage}`);
if (!reports.includes(report!)) fail(2, `There is no report \`${report}\`; use ${reports.map((r) => `\`${r}\``).join(' or ')}.${didYouMean(report!, reports)}`);
if (extra.length)
  fail(2, `Unexpected argument${extra.length === 1 ? '' : 's'} ${extra.map((e) => `\`${e}\``).join(' ')}; reports take only options.\n\n${usage}`);
if (report !== 'at-risk' && args['horizon-months'] !== undefined) fail(2, '--horizon-months applies to the at-risk report only.');
if (report === 'gaps' && args.from === undefined)
  fail(2, 'The gaps report reads an issue list: give --from <file>, e.g. the output of `gh issue list --label gap --json number,title,body,url,createdAt`.');
if (report !== 'gaps' && args.from !== undefined) fail(2, '--from applies to the gaps report only.');
if (report === 'reminders' && args.issues === undefined)
  fail(
    2,
    'The reminders report needs the open reminder issues: give --issues <file>, e.g. the output of `gh issue list --label review-reminder --state open --json number,title,body`.',
  );
if (report !== 'reminders' && (args.issues !== undefined || args.apply)) fail(2, '--issues and --apply apply to the reminders report only.');

let env: ReturnType<typeof buildEnv> | undefined;
try {
  env = buildEnv({ ...process.env, TACIT_BUILD_DATE: args.date ?? process.env.TACIT_BUILD_DATE });
} catch (error) {
  fail(2, (error as Error).message);
}
const today = env!.today;
if (!isIsoDate(today))
  fail(2, `${args.date ? '--date' : 'TACIT_BUILD_DATE'} is \`${today}\`, which is not a calendar day; write it as YYYY-MM-DD, e.g. 2026-11-23.`);

let horizon: number | undefined;
if (args['horizon-months'] !== undefined) {
  horizon = Number(args['horizon-months']);
  if (!/^\d+$/.test(args['horizon-months']) || horizon < 1)
    fail(2, `--horizon-months is \`${args['horizon-months']}\`; give a whole number of months, 1 or more, e.g. 12.`);
}

const content = readContent(env!.contentDir);
if (content.problems.some((p) => p.severity === 'error')) {
  fail(
    1,
    `${formatProblems(content.problems.filter((p) => p.severity === 'error'))}\n\nFix these problems in the content first; \`npm run status\` shows the same list.`,
  );
}
const audiences = content.config.audiences;
const checkAudience = (a: string): string =>
  audiences.includes(a)
    ? a
    : fail(
        2,
        `The audience \`${a}\` is not one of this site's audiences in content/site.yaml: ${audiences.map((x) => `\`${x}\``).join(', ')}.${didYouMean(a, audiences)}`,
      );

const print = (text: string, json: unknown) => console.log(args.json ? JSON.stringify(json, null, 2) : text);

/** The stale report: its text and its JSON. */
function stale(audience: string | undefined): [string, unknown] {
  const scope = reviewScope(content, today, audience);
  const ctx = { people: content.people, graph: topicGraph(content.taxonomy), today, staleAfterMonths: content.config.staleAfterMonths };
  const groups = reviewGroups(scope.candidates, ctx);
  const meta = { today, audience, staleAfterMonths: ctx.staleAfterMonths };
  return [formatStaleReport(groups, scope, meta), staleReportJson(groups, scope, meta)];
}

if (report === 'stale') {
  print(...stale(args.audience === undefined ? undefined : checkAudience(args.audience)));
} else if (report === 'reminders') {
  const issues = orExit(() => readGhJson(args.issues!, reminderInputs.issues, 'gh issue list --label review-reminder --state open --json number,title,body'));
  const report = reminderInputs.stale.parse(stale(args.audience === undefined ? undefined : checkAudience(args.audience))[1]);
  const plan = planReminders(report, issues);
  const text = [
    `${plan.create.length} to open, ${plan.update.length} to update, ${plan.close.length} to close.`,
    ...plan.create.map((c) => `  open    ${c.title}`),
    ...plan.update.map((u) => `  update  #${u.number} ${u.title}`),
    ...plan.close.map((c) => `  close   #${c.number} (${c.person})`),
  ].join('\n');
  print(text, plan);
  if (args.apply) applyReminders(plan);
} else if (report === 'gaps') {
  const audience = checkAudience(args.audience ?? env!.audience ?? content.config.defaultAudience);
  print(...gaps(content, audience, args.from!));
} else {
  const audience = checkAudience(args.audience ?? env!.audience ?? content.config.defaultAudience);
  print(...atRisk(content, audience));
}

/** Opens, rewrites and closes the reminder issues with `gh`, one command each, stopping at the first failure. */
function applyReminders(plan: ReturnType<typeof planReminders>): void {
  const gh = (...argv: string[]) => {
    const run = spawnSync('gh', argv, { stdio: ['ignore', 'inherit', 'inherit'] });
    if (run.error || run.status !== 0)
      fail(1, `\`gh ${argv.slice(0, 2).join(' ')}\` failed${run.error ? `: ${run.error.message}` : ''}. Is the GitHub CLI installed and GH_TOKEN set?`);
  };
  for (const c of plan.create) gh('issue', 'create', '--label', 'review-reminder', '--title', c.title, '--body', c.body);
  for (const u of plan.update) gh('issue', 'edit', String(u.number), '--title', u.title, '--body', u.body);
  for (const c of plan.close) gh('issue', 'close', String(c.number), '--comment', c.comment);
}

/** The gaps report: each asked-for thing beside the topic it is closest to, with what that topic holds. */
function gaps(content: Content, audience: string, from: string): [string, unknown] {
  const issues = orExit(() => readGhJson(from, issueListSchema, 'gh issue list --label gap --json number,title,body,url,createdAt'));
  const site = buildSite(content, { audience, today, base: '/' });
  const groups = groupGaps(gapsOf(issues), topicHints(site));
  return [formatGapReport(groups), gapReportJson(groups)];
}

/** The at-risk report: the site's published list for the audience, with everyone named (the repo is open to its readers). */
function atRisk(content: Content, audience: string): [string, unknown] {
  const site = buildSite(content, { audience, today, base: '/' });
  const mentorBySlug = new Map(content.entries.map((e) => [e.slug, e.data.mentor]));
  const mentorOf = (slug: string): MentorRef => {
    const id = mentorBySlug.get(slug)!;
    const person = content.people.get(id);
    return { key: id, named: true, name: person?.name ?? id, role: person?.role, leaving: person?.leaving };
  };
  const r = assessRisk({ topics: site.topics, mentorOf, today, horizonMonths: horizon ?? content.config.riskHorizonMonths });
  return [formatRiskReport(r, audience), riskReportJson(r, audience)];
}
