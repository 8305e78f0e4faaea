import { didYouMean } from '../../suggest.ts';
import type { Rule, TaxonomyIssue } from './types.ts';

/** A collection's members must be topics, and the groups it names collections, of this taxonomy; its id is its own. */
export const collectionReference: Rule = (ix) => {
  const issues: TaxonomyIssue[] = [];
  const collections = ix.taxonomy.collections;
  const collectionIds = collections.map((c) => c.id);
  const topicIds = [...ix.byId.keys()];
  const seen = new Set<string>();
  collections.forEach((c, i) => {
    if (seen.has(c.id))
      issues.push({
        path: ['collections', i, 'id'],
        severity: 'error',
        rule: 'taxonomy-duplicate-id',
        message: `Collection id \`${c.id}\` is used twice. Give one of them another id.`,
      });
    seen.add(c.id);
    for (const [k, id] of c.members.entries())
      if (!ix.byId.has(id))
        issues.push({
          path: ['collections', i, 'members', k],
          severity: 'error',
          rule: 'taxonomy-unknown-reference',
          message: `\`members\` of collection \`${c.id}\` names \`${id}\`, which is not a topic id in this taxonomy.${didYouMean(id, topicIds)} Correct the id, or remove it.`,
        });
    for (const field of ['memberGroups', 'superGroups', 'subGroups'] as const)
      for (const [k, id] of c[field].entries())
        if (!collectionIds.includes(id))
          issues.push({
            path: ['collections', i, field, k],
            severity: 'error',
            rule: 'taxonomy-unknown-reference',
            message: `\`${field}\` of collection \`${c.id}\` names \`${id}\`, which is not a collection id in this taxonomy.${didYouMean(id, collectionIds)} Correct the id, or remove it.`,
          });
  });
  return issues;
};
