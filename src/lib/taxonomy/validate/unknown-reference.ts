import { didYouMean } from '../../suggest.ts';
import type { Rule, TaxonomyIssue } from './types.ts';

/** `broader`, `related` and `replacedBy` must name topics that exist. */
export const unknownReference: Rule = (ix) => {
  const issues: TaxonomyIssue[] = [];
  const ids = [...ix.byId.keys()];
  const unknown = (id: string, field: string, path: (string | number)[], owner: string) => {
    if (ix.byId.has(id)) return;
    issues.push({
      path,
      severity: 'error',
      rule: 'taxonomy-unknown-reference',
      message: `\`${field}\` of \`${owner}\` names \`${id}\`, which is not a topic id in this taxonomy.${didYouMean(id, ids)} Correct the id, or add the topic.`,
    });
  };
  ix.taxonomy.topics.forEach((c, i) => {
    for (const [k, id] of c.broader.entries()) unknown(id, 'broader', ['topics', i, 'broader', k], c.id);
    for (const [k, id] of c.related.entries()) unknown(id, 'related', ['topics', i, 'related', k], c.id);
    if (c.replacedBy !== undefined) unknown(c.replacedBy, 'replacedBy', ['topics', i, 'replacedBy'], c.id);
  });
  return issues;
};
