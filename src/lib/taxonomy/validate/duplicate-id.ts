import type { Rule, TaxonomyIssue } from './types.ts';

/** Two topics with one id: entries and URLs could not tell them apart. */
export const duplicateId: Rule = (ix) => {
  const issues: TaxonomyIssue[] = [];
  ix.taxonomy.topics.forEach((concept, index) => {
    const first = ix.byId.get(concept.id)!;
    if (first.index === index) return;
    issues.push({
      path: ['topics', index, 'id'],
      severity: 'error',
      rule: 'taxonomy-duplicate-id',
      message: `Topic id \`${concept.id}\` is used twice: topic ${index + 1} (${concept.label}) repeats topic ${first.index + 1} (${first.concept.label}). Give one of them another id, or merge them into one topic.`,
    });
  });
  return issues;
};
