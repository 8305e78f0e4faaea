import { basename } from 'node:path';
import { taxonomySchema, type Taxonomy } from '../../schema/taxonomy.ts';
import { validateTaxonomy } from '../validate/index.ts';
import { fromSkos, type FromSkosOptions, type TaxonomyInput } from './from-skos.ts';
import { parseRdf } from './parse.ts';
import { taxonomyYaml } from './to-yaml.ts';

/** Why an import was refused: every problem found, not just the first. Nothing is written. */
export class SkosImportError extends Error {
  readonly problems: readonly string[];
  constructor(file: string, problems: readonly string[]) {
    const shown = problems
      .slice(0, 20)
      .map((p) => `  - ${p.replaceAll('\n', '\n    ')}`)
      .join('\n');
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more.` : '';
    super(
      problems.length === 1
        ? `Cannot import \`${file}\`: ${problems[0]}`
        : `Cannot import \`${file}\`: ${problems.length} problems must be fixed in the vocabulary first:\n${shown}${more}`,
    );
    this.name = 'SkosImportError';
    this.problems = problems;
  }
}

export interface ImportOptions extends FromSkosOptions {
  /** The file's name as the user gave it, for messages and the header comment. */
  file: string;
  /** The day written into the header comment, `YYYY-MM-DD`. */
  today: string;
}

export interface ImportResult {
  taxonomy: Taxonomy;
  input: TaxonomyInput;
  /** The new `taxonomy.yaml`. */
  yaml: string;
  scheme: string;
  /** What was repaired, renamed or left out, and the validator's warnings. */
  warnings: string[];
}

/**
 * A SKOS vocabulary (Turtle and friends) to `taxonomy.yaml` text. Refuses, with every reason, anything the
 * build would refuse: broken syntax (with line and column), missing labels or language tags, and the
 * structural errors of `validateTaxonomy` such as cycles and duplicate labels. Pure apart from the clock
 * it is handed.
 */
export function importSkos(text: string, options: ImportOptions): ImportResult {
  const quads = parseRdf(text, options.file);
  const result = fromSkos(quads, options);
  const errors = result.problems.filter((p) => p.severity === 'error').map((p) => p.message);
  const warnings = result.problems.filter((p) => p.severity === 'warning').map((p) => p.message);
  if (errors.length || !result.taxonomy || result.scheme === undefined) throw new SkosImportError(options.file, errors);

  const input = result.taxonomy;
  const parsed = taxonomySchema.safeParse(input);
  if (!parsed.success) {
    throw new SkosImportError(
      options.file,
      parsed.error.issues.map((issue) => {
        const [list, index, ...field] = issue.path;
        const owner = list === 'topics' || list === 'stages' ? input[list][index as number] : undefined;
        const where = owner ? `${list === 'topics' ? 'Topic' : 'Stage'} \`${owner.id}\`, \`${field.join('.')}\`` : `\`${issue.path.join('.')}\``;
        return `${where}: ${issue.message}. Shorten or correct it in the vocabulary.`;
      }),
    );
  }
  const issues = validateTaxonomy(parsed.data);
  const invalid = issues.filter((i) => i.severity === 'error').map((i) => i.message);
  if (invalid.length) throw new SkosImportError(options.file, invalid);
  warnings.push(...issues.filter((i) => i.severity === 'warning').map((i) => i.message));

  const header = [
    'Tacit taxonomy: topics are SKOS-shaped concepts. Knowledge managers edit this file.',
    `Imported on ${options.today} from ${basename(options.file)} (concept scheme <${result.scheme}>, labels in \`${input.language}\`)`,
    'by `npm run taxonomy -- import`. Ids come from skos:notation, else from the preferred label.',
  ].join('\n');
  return { taxonomy: parsed.data, input, yaml: `${taxonomyYaml(input, header)}`, scheme: result.scheme, warnings };
}
