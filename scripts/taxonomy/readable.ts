// What every taxonomy command needs first: a taxonomy that could be read, or every reason it could not.
import { join } from 'node:path';
import { CommandError } from '../../src/lib/command-error.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import { displayPath, type Content } from '../../src/lib/read/content.ts';

/** Throws (exit 1) with every located problem of `taxonomy.yaml` when it is missing, unparsable or invalid. */
export function requireTaxonomy(content: Pick<Content, 'taxonomy' | 'taxonomySource' | 'problems'>, contentDir: string): void {
  const file = content.taxonomySource?.file ?? displayPath(join(contentDir, 'taxonomy.yaml'));
  const broken = content.problems.filter((p) => p.severity === 'error' && (p.file === file || p.rule.startsWith('taxonomy')));
  if (broken.length || !content.taxonomy.topics.length) {
    throw new CommandError(
      `The taxonomy cannot be read:\n${formatProblems(broken)}\nFix these first (\`npm run check\` lists them too), then run the command again.`,
    );
  }
}
