import type { Content } from '../read/content.ts';
import { locate } from '../read/yaml.ts';
import { validateTaxonomy } from '../taxonomy/validate/index.ts';
import type { Finding } from './types.ts';

/**
 * The taxonomy's structural rules (`src/lib/taxonomy/validate/`), each pointed at its line in
 * `taxonomy.yaml`. Nothing to check when the file is missing or unreadable: `readContent` has said so.
 */
export function checkTaxonomy(content: Pick<Content, 'taxonomy' | 'taxonomySource'>): Finding[] {
  const source = content.taxonomySource;
  if (!source || !content.taxonomy.topics.length) return [];
  return validateTaxonomy(content.taxonomy).map((issue) => ({
    file: source.file,
    ...locate(source.yaml, issue.path),
    severity: issue.severity,
    rule: issue.rule,
    message: issue.message,
  }));
}
