// `npm run taxonomy -- export`: the taxonomy as SKOS, for thesaurus tools and other systems.
import { resolve } from 'node:path';
import { CommandError } from '../../src/lib/command-error.ts';
import { readContent } from '../../src/lib/read/content.ts';
import { defaultScheme, toJsonLd, toSkos, toTurtle } from '../../src/lib/taxonomy/skos/index.ts';
import { validateTaxonomy } from '../../src/lib/taxonomy/validate/index.ts';
import { writeFilesAtomically } from '../../src/lib/write-files.ts';
import { environment, parse } from '../lib/subcommand.ts';
import { requireTaxonomy } from './readable.ts';

export const usage = `Usage: npm run taxonomy -- export [--format turtle|jsonld] [--out <file>]

Writes content/taxonomy.yaml as SKOS: a skos:ConceptScheme (the taxonomy's \`scheme\`, else the placeholder
${defaultScheme}) whose concepts have the URI <scheme>/<id>, skos:notation = id, labels and notes
tagged with the taxonomy's language, broader/narrower/related links, owl:deprecated and
dct:isReplacedBy; the steward as tacit:steward; the career stages as a second concept scheme. \`import\`
reads it back without loss.

Options:
  --format <f>   turtle (default) or jsonld
  --out <file>   write to this file instead of standard output
  -h, --help     show this help

Exit codes: 0 exported, 1 the taxonomy cannot be read, 2 wrong usage.`;

const formats = ['turtle', 'jsonld'] as const;

export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { format: { type: 'string' }, out: { type: 'string' } }, usage);
  if (values.help) return void console.log(usage);
  if (positionals.length) throw new CommandError(`\`export\` takes no arguments; got ${positionals.map((p) => `\`${p}\``).join(', ')}.\n\n${usage}`, 2);
  const format = values.format ?? 'turtle';
  if (!(formats as readonly string[]).includes(format))
    throw new CommandError(`\`--format ${format}\` is not a format \`export\` writes; use \`turtle\` or \`jsonld\`.`, 2);

  const { contentDir } = environment();
  const content = readContent(contentDir, { entries: false });
  requireTaxonomy(content, contentDir);
  // Export what is there: structural mistakes are `npm run check`'s to report, but say they exist.
  const errors = validateTaxonomy(content.taxonomy).filter((i) => i.severity === 'error').length;
  if (errors)
    process.stderr.write(
      `note: the taxonomy has ${errors} structural error${errors === 1 ? '' : 's'}; \`npm run check\` lists them. It was exported as it is.\n`,
    );
  if (content.taxonomy.scheme === undefined) {
    process.stderr.write(
      `note: taxonomy.yaml sets no \`scheme\`, so concept URIs use the placeholder ${defaultScheme}. Set \`scheme:\` to a URI of your organisation's.\n`,
    );
  }

  const quads = toSkos(content.taxonomy);
  const text = format === 'turtle' ? await toTurtle(quads) : toJsonLd(quads);
  // Wait until it is flushed: the command exits right after, which would cut a large pipe short.
  if (values.out === undefined) return new Promise((done) => process.stdout.write(text, () => done()));
  writeFilesAtomically([{ path: resolve(values.out), text }]);
  const { topics, collections, stages } = content.taxonomy;
  process.stderr.write(`Exported ${topics.length} topics, ${collections.length} collections and ${stages.length} stages to ${values.out}.\n`);
}
