// `npm run taxonomy -- suggest`: phrases entries use that no label covers, as candidate concepts or synonyms.
import { CommandError } from '../../src/lib/command-error.ts';
import { gapsOf, issueListSchema } from '../../src/lib/gaps/index.ts';
import { readContent } from '../../src/lib/read/content.ts';
import { plainText } from '../../src/lib/render/index.ts';
import { suggestCandidates } from '../../src/lib/taxonomy/suggest/index.ts';
import { textTable } from '../../src/lib/text/index.ts';
import { readGhJson } from '../lib/gh-json.ts';
import { environment, parse } from '../lib/subcommand.ts';
import { requireTaxonomy } from './readable.ts';

export const usage = `Usage: npm run taxonomy -- suggest [--min-entries <n>] [--limit <n>] [--gaps <file>] [--json]

Mines the entries' titles, summaries and bodies for frequent two- and three-word phrases that no label,
altLabel or hiddenLabel covers. When most entries using a phrase share a topic, it is suggested as a
synonym (an altLabel) of that topic; otherwise as a new concept. Nothing is changed: add what you accept
to content/taxonomy.yaml.

Options:
  --min-entries <n>   a phrase must appear in at least this many entries (default 2)
  --limit <n>         show at most this many candidates (default 25)
  --gaps <file>       also mine what readers searched for and did not find (the issue list of
                      \`gh issue list --label gap --json number,title,body\`); each counts as an entry (\`gap #42\`)
  --json              print JSON for tools
  -h, --help          show this help

Exit codes: 0 suggestions printed, 1 the content cannot be read, 2 wrong usage.`;

export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(
    argv,
    { 'min-entries': { type: 'string' }, limit: { type: 'string' }, gaps: { type: 'string' }, json: { type: 'boolean' } },
    usage,
  );
  if (values.help) return void console.log(usage);
  if (positionals.length) throw new CommandError(`\`suggest\` takes no arguments; got ${positionals.map((p) => `\`${p}\``).join(', ')}.\n\n${usage}`, 2);
  const count = (name: 'min-entries' | 'limit', fallback: number) => {
    const text = values[name];
    if (text === undefined) return fallback;
    if (!/^[1-9]\d{0,4}$/.test(text)) throw new CommandError(`--${name} is \`${text}\`; give a whole number above 0, e.g. ${fallback}.`, 2);
    return Number(text);
  };
  const options = { minEntries: count('min-entries', 2), limit: count('limit', 25) };
  const { contentDir } = environment();
  const content = readContent(contentDir);
  requireTaxonomy(content, contentDir);
  const entries = content.entries.map((e) => ({ slug: e.slug, topics: e.data.topics, text: [e.data.title, e.data.summary, plainText(e.tree)].join('\n') }));
  // A search nobody could answer is evidence of a missing topic or synonym, as an entry's words are.
  if (values.gaps !== undefined) {
    const issues = readGhJson(values.gaps, issueListSchema, 'gh issue list --label gap --json number,title,body');
    entries.push(...gapsOf(issues).map((g, i) => ({ slug: `gap #${g.number ?? i + 1}`, topics: [] as string[], text: g.query })));
  }
  const candidates = suggestCandidates(entries, content.taxonomy.topics, options);
  if (values.json) return void console.log(JSON.stringify({ entries: entries.length, candidates }, null, 2));
  if (!candidates.length) return void console.log(`No phrase used in ${options.minEntries} or more of ${entries.length} entries is missing from the taxonomy.`);
  console.log(`${candidates.length} candidate${candidates.length === 1 ? '' : 's'} from ${entries.length} entries, most salient first:\n`);
  console.log(
    textTable(
      ['phrase', 'entries', 'suggestion', 'for example'],
      candidates.map((c) => [
        c.phrase,
        String(c.entries.length),
        c.suggestion.type === 'synonym' ? `altLabel of \`${c.suggestion.of}\`` : 'new concept',
        c.entries.slice(0, 2).join(', ') + (c.entries.length > 2 ? ', …' : ''),
      ]),
      ['l', 'r', 'l', 'l'],
    ),
  );
  console.log('\nAdd what you accept to content/taxonomy.yaml (a concept, or an altLabel), then run `npm run check`.');
  const skipped = content.problems.filter((p) => p.severity === 'error').length;
  if (skipped) console.log(`note: ${skipped} problem${skipped === 1 ? '' : 's'} kept some entries out; \`npm run check\` lists them.`);
}
