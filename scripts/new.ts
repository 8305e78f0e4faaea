// `npm run new`: scaffold a valid draft entry, by prompts in a terminal or by flags in scripts.
import { fail, parseCli } from './lib/cli.ts';
import { askForEntry } from '../src/lib/contribute/ask.ts';
import { makeCatalog } from '../src/lib/contribute/catalog.ts';
import { planDraft, type PlannedDraft } from '../src/lib/contribute/draft.ts';
import { quoteList } from '../src/lib/text/index.ts';
import { CommandError } from '../src/lib/command-error.ts';
import { inquirerPrompter, isPromptExit } from '../src/lib/contribute/prompter.ts';
import { missingFields, resolveRequest, type NewEntryRequest, type RawRequest } from '../src/lib/contribute/resolve.ts';
import { writeNewFile } from '../src/lib/contribute/write.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { readContent } from '../src/lib/read/content.ts';
import { buildEnv } from '../src/lib/site/options.ts';

const usage = `Usage: npm run new [-- options]

Scaffolds a draft entry in content/entries/<folder>/<slug>.mdx: valid front matter with
status: draft, and a placeholder paragraph and <Quote> for you to replace. In a terminal it asks
for whatever the options leave out; elsewhere the required options must all be given.

Options:
  --kind <kind>         story, advice or insight                                  (required)
  --title <text>        a specific, short headline                               (required)
  --summary <text>      one sentence that stands alone                           (required)
  --topics <a,b>        topic ids, or exact labels or synonyms, most specific first (required)
  --mentor <id>         the people id (default: the person the consent names)
  --consent <id>        the consent record that covers the entry                 (required)
  --stages <a,b>        career-stage ids it speaks to
  --folder <path>       folder under content/entries (default: the first topic's top concept)
  --slug <slug>         file name and URL (default: from the title, made unique)
  -y, --yes             write without asking for confirmation
  -h, --help            show this help

Example:
  npm run new -- --kind advice --title "Ask what they can give" \\
    --summary "When a buyer asks for a discount, ask what they can give in return." \\
    --topics sales/negotiation/pricing --consent desmond-achterberg-nwosu-2025 --yes

Exit codes: 0 draft written, 1 a value or the content could not be used (nothing written),
2 wrong usage, 130 cancelled.`;

const args = parseCli(usage, {
  kind: { type: 'string' },
  title: { type: 'string' },
  summary: { type: 'string' },
  topics: { type: 'string' },
  mentor: { type: 'string' },
  consent: { type: 'string' },
  stages: { type: 'string' },
  folder: { type: 'string' },
  slug: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
}).values;

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const given: RawRequest = {
  kind: args.kind,
  title: args.title,
  summary: args.summary,
  topics: list(args.topics),
  mentor: args.mentor,
  consent: args.consent,
  stages: list(args.stages),
  folder: args.folder,
  slug: args.slug,
};
// Prompts need a person at a terminal; in CI or a pipe, asking would hang or read garbage.
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const missing = missingFields(given);
if (!interactive && missing.length) {
  fail(
    2,
    `Missing ${quoteList(missing.map((f) => `--${f}`))}: this is not a terminal, so \`npm run new\` cannot ask for ${missing.length === 1 ? 'it' : 'them'}. Pass ${missing.length === 1 ? 'it' : 'them'} as options.\n\n${usage}`,
  );
}

let env: ReturnType<typeof buildEnv>;
try {
  env = buildEnv();
} catch (error) {
  fail(2, (error as Error).message);
}
// The catalog needs the records and the existing slugs (it lists those itself), not every entry's body.
const content = readContent(env!.contentDir, { entries: false });
// Broken entries elsewhere must not stop anyone adding one; broken settings, people or consent would.
const setup = content.problems.filter((p) => p.severity === 'error' && !p.file.includes('/entries/'));
if (setup.length) fail(1, `The content has errors to fix before a draft can be written:\n${formatProblems(setup)}`);
const catalog = makeCatalog(content, env!.contentDir);
const today = env!.today;
const warn = (message: string) => process.stderr.write(`warning: ${message}\n`);

try {
  let request: NewEntryRequest;
  let plan: PlannedDraft;
  if (interactive) {
    request = await askForEntry(catalog, given, inquirerPrompter, warn, today);
    plan = planDraft(catalog, request, today);
    if (!args.yes) {
      console.log(`\n${plan.file}\n${plan.text.slice(0, plan.text.indexOf('\n---\n') + 5)}`);
      if (!(await inquirerPrompter.confirm('Write this draft?', true))) fail(130, 'Nothing written.');
    }
  } else {
    request = resolveRequest(catalog, given);
    plan = planDraft(catalog, request, today);
    for (const w of plan.warnings) warn(w);
  }
  writeNewFile(plan.path, plan.text);
  console.log(`Created ${plan.file} (status: draft)

Next steps:
  1. Open it and replace the placeholder paragraph and the example <Quote> with what the mentor said.
     Quotes are verbatim; name no one but the mentor.
  2. npm run check              finds anything the build would refuse
  3. Review it with the mentor, set status: published, and open a pull request (see CONTRIBUTING.md).`);
} catch (error) {
  if (isPromptExit(error)) fail(130, 'Cancelled; nothing written.');
  if (error instanceof CommandError) fail(error.exitCode, error.exitCode === 2 ? `${error.message}\n\n${usage}` : error.message);
  throw error;
}
