// `npm run check`: every problem in the knowledge base, in one pass, with where it is and how to fix it.
import { parseCli } from './lib/cli.ts';
import { annotations, applyFixes, runCheck, summaryTable, writeStepSummary, type CheckOptions, type Finding } from '../src/lib/check/index.ts';
import { extraChecks } from '../src/lib/check/extra.ts';
import { compareProblems, formatProblem } from '../src/lib/problems.ts';
import { buildEnv } from '../src/lib/site/options.ts';
import { plural } from '../src/lib/text/index.ts';

const usage = `Usage: npm run check [-- --fix] [--json] [--names] [--date YYYY-MM-DD] [--no-cache]

Validates content/ in one pass: front matter against the schemas, ids of topics, people, consent and
stages, consent of published entries, attribution leaks, third-party names and contact details, unsafe
MDX, duplicate slugs, broken internal links, revoked content coming back and overdue reviews.
Prints \`file:line:col  severity  message  rule-id\` for every problem.

Options:
  --fix        repair what can be repaired (deprecated topic ids), then check again
  --json       print the problems as JSON for tools
  --names      also look for person names nobody listed (slower; warnings only)
  --date <d>   judge consent dates and reviews on this day (default: TACIT_BUILD_DATE or today)
  --no-cache   parse every entry again instead of reusing what the last run found in unchanged files
               (kept in TACIT_CACHE_DIR, default .cache/tacit/, keyed by each file's digest, the people and
               consent records and Tacit's code; TACIT_CACHE=off turns it off)
  -h, --help   show this help

Under GitHub Actions it also writes annotations and a summary table for the job.
Exit codes: 0 no errors (warnings allowed), 1 errors, 2 wrong usage.`;

const args = parseCli(usage, {
  fix: { type: 'boolean' },
  json: { type: 'boolean' },
  names: { type: 'boolean' },
  date: { type: 'string' },
  'no-cache': { type: 'boolean' },
}).values;
let env: ReturnType<typeof buildEnv>;
try {
  env = buildEnv({ ...process.env, TACIT_BUILD_DATE: args.date ?? process.env.TACIT_BUILD_DATE });
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}

const options: CheckOptions = {
  contentDir: env.contentDir,
  today: env.today,
  detectUnknownNames: Boolean(args.names),
  extra: extraChecks,
  cacheDir: args['no-cache'] ? undefined : env.cacheDir,
  // A cold check of a large knowledge base takes seconds: say what it is doing, on a terminal only.
  onParse:
    !args.json && process.stderr.isTTY
      ? (files, threads) => {
          if (files >= 200)
            process.stderr.write(`Parsing ${files.toLocaleString('en-US')} entries the cache does not have, on ${plural(threads, 'thread')}…\n`);
        }
      : undefined,
};
const started = performance.now();
let result = await runCheck(options);
let fixed = 0;
if (args.fix) {
  const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
  if (fixes.length) {
    fixed = applyFixes(fixes).applied;
    result = await runCheck(options);
  }
}
const ms = Math.round(performance.now() - started);
// Errors first: they are what stops a pull request, and a long list of warnings must not bury them.
const severityRank = (f: Finding) => (f.severity === 'error' ? 0 : 1);
const findings: Finding[] = [...result.findings].sort((a, b) => severityRank(a) - severityRank(b) || compareProblems(a, b));
const errors = findings.filter((f) => f.severity === 'error').length;
const warnings = findings.length - errors;
const fixable = findings.filter((f) => f.fix).length;

if (process.env.GITHUB_ACTIONS === 'true') {
  for (const line of annotations(findings)) console.log(line);
  writeStepSummary(summaryTable(findings, result.entries));
}
if (args.json) {
  console.log(
    JSON.stringify(
      {
        errors,
        warnings,
        fixed,
        entries: result.entries,
        milliseconds: ms,
        problems: findings.map(({ fix, ...p }) => ({ ...p, fixable: Boolean(fix) })),
      },
      null,
      2,
    ),
  );
} else {
  for (const f of findings) console.log(formatProblem(f));
  const tally = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  console.log(
    `${findings.length ? '\n' : ''}${tally} in ${result.entries} entries (${ms} ms).${fixed ? ` Fixed ${fixed}.` : ''}${fixable && !args.fix ? ` ${fixable} can be fixed with \`npm run check -- --fix\`.` : ''}`,
  );
}
// Not process.exit(): it would cut off output still being written to a pipe (a large --json report).
process.exitCode = errors ? 1 : 0;
