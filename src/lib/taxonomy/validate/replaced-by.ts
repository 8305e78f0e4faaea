import type { Rule, TaxonomyIssue } from './types.ts';

/**
 * `replacedBy` tells entries and old URLs where a retired topic went, so it belongs on a deprecated
 * topic and must lead to a live one: entries moved to a deprecated topic would have to move again.
 * Unknown ids are the unknown-reference rule's.
 */
export const replacedBy: Rule = (ix) => {
  const issues: TaxonomyIssue[] = [];
  ix.taxonomy.topics.forEach((c, i) => {
    if (c.replacedBy === undefined) return;
    const path = ['topics', i, 'replacedBy'];
    const issue = (message: string) => issues.push({ path, severity: 'error', rule: 'taxonomy-replaced-by', message });
    if (!c.deprecated) {
      issue(`Topic \`${c.id}\` has \`replacedBy: ${c.replacedBy}\` but is not deprecated. Add \`deprecated: true\` to retire it, or remove \`replacedBy\`.`);
    }
    const target = ix.byId.get(c.replacedBy)?.concept;
    if (c.replacedBy === c.id) issue(`Topic \`${c.id}\` names itself in \`replacedBy\`. Name the topic that takes its place.`);
    else if (target?.deprecated) {
      const next = target.replacedBy
        ? ` Point \`replacedBy\` at \`${target.replacedBy}\`, which replaces it.`
        : ' Point `replacedBy` at a topic that is not deprecated.';
      issue(`Topic \`${c.id}\` is replaced by \`${c.replacedBy}\`, which is deprecated too.${next}`);
    }
  });
  return issues;
};
