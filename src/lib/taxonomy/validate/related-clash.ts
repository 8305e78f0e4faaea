import { ancestorsOf } from './graph.ts';
import type { Rule, TaxonomyIssue } from './types.ts';

/**
 * `related` is for topics side by side, not above or below each other (SKOS keeps associative and
 * hierarchical links disjoint): a related ancestor or descendant is already reachable through the
 * hierarchy, and says something different. `related` is symmetric, so each pair is reported once.
 */
export const relatedClash: Rule = (ix) => {
  const ancestors = ancestorsOf(ix);
  const reported = new Set<string>();
  const issues: TaxonomyIssue[] = [];
  ix.taxonomy.topics.forEach((c, i) => {
    if (ix.byId.get(c.id)!.index !== i) return;
    c.related.forEach((other, k) => {
      if (!ix.byId.has(other)) return;
      const pair = [c.id, other].sort().join('\u0000');
      if (reported.has(pair)) return;
      const path = ['topics', i, 'related', k];
      if (other === c.id) {
        reported.add(pair);
        // Harmless (the site never lists a topic as related to itself) and found in real thesauri: a warning.
        issues.push({
          path,
          severity: 'warning',
          rule: 'taxonomy-related-clash',
          message: `Topic \`${c.id}\` names itself in \`related\`. Remove \`${other}\` from its \`related\`.`,
        });
        return;
      }
      const relation = ancestors(c.id).has(other) ? 'broader' : ancestors(other).has(c.id) ? 'narrower' : undefined;
      if (!relation) return;
      reported.add(pair);
      issues.push({
        path,
        severity: 'error',
        rule: 'taxonomy-related-clash',
        message: `Topic \`${c.id}\` is related to \`${other}\`, which is also ${relation === 'broader' ? 'above' : 'below'} it (a ${relation} topic). \`related\` is for topics side by side: remove \`${other}\` from \`related\`.`,
      });
    });
  });
  return issues;
};
