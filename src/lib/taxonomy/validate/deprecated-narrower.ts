import type { Rule, TaxonomyIssue } from './types.ts';

/** A retired topic that live topics still sit under: they vanish from navigation with it. A warning, since it may be mid-migration. */
export const deprecatedNarrower: Rule = (ix) => {
  const issues: TaxonomyIssue[] = [];
  for (const { concept, index } of ix.byId.values()) {
    if (!concept.deprecated) continue;
    const live = (ix.narrower.get(concept.id) ?? []).filter((id) => !ix.byId.get(id)!.concept.deprecated);
    if (!live.length) continue;
    const names = live.map((id) => `\`${id}\``).join(', ');
    issues.push({
      path: ['topics', index, 'deprecated'],
      severity: 'warning',
      rule: 'taxonomy-deprecated-narrower',
      message: `Topic \`${concept.id}\` is deprecated, but ${names} ${live.length === 1 ? 'is' : 'are'} still below it. Move ${live.length === 1 ? 'it' : 'them'} under another topic (\`npm run taxonomy -- move\`) or deprecate ${live.length === 1 ? 'it' : 'them'} too.`,
    });
  }
  return issues;
};
