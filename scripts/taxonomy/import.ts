// `npm run taxonomy -- import <file>`: replace content/taxonomy.yaml with the concepts of a SKOS vocabulary.
import { existsSync, statSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CommandError } from '../../src/lib/command-error.ts';
import { displayPath } from '../../src/lib/text/index.ts';
import { readContent } from '../../src/lib/read/content.ts';
import { languageTag } from '../../src/lib/schema/taxonomy.ts';
import { importSkos, RdfSyntaxError, SkosImportError } from '../../src/lib/taxonomy/skos/index.ts';
import { writeFilesAtomically } from '../../src/lib/write-files.ts';
import { environment, parse } from '../lib/subcommand.ts';

export const usage = `Usage: npm run taxonomy -- import <file> [options]

Replaces content/taxonomy.yaml with the concepts of one SKOS concept scheme, read from Turtle (.ttl),
N-Triples (.nt), N-Quads (.nq) or TriG (.trig). Ids come from skos:notation; a concept without one gets
an id made from its preferred label (made unique with -2, -3 … and a warning). skos:broader and the
inverse of skos:narrower become broader topics; a Tacit export's career stages come along.

The import is refused, and nothing written, when the file cannot be read (file:line:column), has no
concept scheme, a label without a language tag, a concept without a preferred label in --lang, or what
\`npm run check\` would call an error, such as a cycle of broader topics or one label on two topics.

Options:
  --scheme <uri>     the concept scheme to import when the file has several
  --lang <tag>       the label language (default: the scheme's dct:language, else en)
  --all-languages    keep preferred labels in every language, not only --lang
  --out <file>       write there instead of content/taxonomy.yaml
  --force            replace an existing taxonomy
  --dry-run          check and summarise; write nothing
  --json             print the summary as JSON for tools
  -h, --help         show this help

Exit codes: 0 imported (or would be, with --dry-run), 1 refused (nothing written), 2 wrong usage.`;

const options = {
  scheme: { type: 'string' },
  lang: { type: 'string' },
  'all-languages': { type: 'boolean' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

export async function run(argv: string[]): Promise<void> {
  const started = performance.now();
  const { values, positionals } = parse(argv, options, usage);
  if (values.help) return void console.log(usage);
  if (positionals.length !== 1)
    throw new CommandError(
      `Give exactly one file to import${positionals.length ? `; got ${positionals.map((p) => `\`${p}\``).join(', ')}` : ''}.\n\n${usage}`,
      2,
    );
  if (values.lang !== undefined && !languageTag.safeParse(values.lang.toLowerCase()).success) {
    throw new CommandError(`\`--lang ${values.lang}\` is not a language tag. Write one such as \`en\`, \`fr\` or \`pt-BR\`.`, 2);
  }
  const file = positionals[0]!;
  const { contentDir, today } = environment();
  const target = resolve(values.out ?? join(contentDir, 'taxonomy.yaml'));
  const dryRun = values['dry-run'] ?? false;
  if (!existsSync(file) || !statSync(file).isFile())
    throw new CommandError(`\`${file}\` is not a file. Give the path of a SKOS file such as \`thesaurus.ttl\`.`);
  if (!dryRun && !values.force && existsSync(target)) {
    throw new CommandError(
      `\`${displayPath(target)}\` already exists. Pass \`--force\` to replace it, \`--out <file>\` to write elsewhere, or \`--dry-run\` to see what would be imported.`,
    );
  }

  let result: ReturnType<typeof importSkos>;
  try {
    result = importSkos(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
      file,
      today,
      scheme: values.scheme,
      lang: values.lang?.toLowerCase(),
      allLanguages: values['all-languages'],
    });
  } catch (error) {
    if (error instanceof RdfSyntaxError || error instanceof SkosImportError) throw new CommandError(`${error.message}\nNothing was written.`);
    throw error;
  }
  const vanished = vanishedTopics(contentDir, new Set(result.taxonomy.topics.map((t) => t.id)));
  if (!dryRun) writeFilesAtomically([{ path: target, text: result.yaml }]);
  const seconds = (performance.now() - started) / 1000;

  const summary = {
    file,
    scheme: result.scheme,
    language: result.taxonomy.language,
    topics: result.taxonomy.topics.length,
    stages: result.taxonomy.stages.length,
    collections: result.taxonomy.collections.length,
    written: dryRun ? null : displayPath(target),
    dryRun,
    seconds: Number(seconds.toFixed(2)),
    warnings: result.warnings,
    vanished,
  };
  if (values.json) return void console.log(JSON.stringify(summary, null, 2));

  const shown = result.warnings.slice(0, 10);
  for (const w of shown) process.stderr.write(`warning  ${w}\n`);
  if (result.warnings.length > shown.length)
    process.stderr.write(`… and ${result.warnings.length - shown.length} more warnings (\`--json\` lists them all).\n`);
  if (vanished.entries) {
    // The most used first: those are the moves that matter most.
    const ranked = Object.entries(vanished.topics).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    const ids =
      ranked
        .slice(0, 10)
        .map(([id, n]) => `\`${id}\` (${n})`)
        .join(', ') + (ranked.length > 10 ? ` and ${ranked.length - 10} more` : '');
    process.stderr.write(
      `warning  ${vanished.entries} ${vanished.entries === 1 ? 'entry uses' : 'entries use'} topics the imported taxonomy does not have: ${ids}. \`npm run check\` will list them until they are moved to new topics.\n`,
    );
  }
  const what = `${count(summary.topics, 'topic')}, ${count(summary.collections, 'collection')} and ${count(summary.stages, 'career stage')} from \`${file}\` (concept scheme \`${result.scheme}\`, labels in \`${summary.language}\`)`;
  console.log(
    dryRun
      ? `Dry run: would import ${what} into ${displayPath(target)}; nothing was written.`
      : `Imported ${what} into ${displayPath(target)} in ${seconds.toFixed(1)} s.`,
  );
}

/** Topic ids that entries use and the new taxonomy lacks, with how many entries use each. */
function vanishedTopics(contentDir: string, ids: ReadonlySet<string>): { entries: number; topics: Record<string, number> } {
  if (!existsSync(join(contentDir, 'entries'))) return { entries: 0, topics: {} };
  const topics: Record<string, number> = {};
  let entries = 0;
  for (const entry of readContent(contentDir).entries) {
    const gone = entry.data.topics.filter((t) => !ids.has(t));
    if (gone.length) entries++;
    for (const t of gone) topics[t] = (topics[t] ?? 0) + 1;
  }
  return { entries, topics };
}

const count = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
