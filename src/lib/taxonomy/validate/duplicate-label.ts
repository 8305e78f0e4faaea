import { inLanguage, kindName, labelUses, type LabelUse } from './labels.ts';
import type { Rule, TaxonomyIssue } from './types.ts';

/**
 * One label, in one language, may belong to one topic only (qSKOS "overlapping labels"): otherwise a
 * search for it, or a reader who knows the term, cannot tell which topic is meant. In the taxonomy's own
 * language that is an error; in another (kept from an imported thesaurus, where it happens) a warning,
 * as qSKOS reports it.
 */
export const duplicateLabel: Rule = (ix) => {
  const t = ix.taxonomy;
  const first = new Map<string, LabelUse>();
  const issues: TaxonomyIssue[] = [];
  for (const use of labelUses(t)) {
    const slot = `${use.lang}\u0000${use.key}`;
    const owner = first.get(slot);
    if (!owner) first.set(slot, use);
    else if (owner.index !== use.index) {
      issues.push({
        path: use.path,
        severity: use.lang === t.language && owner.lang === t.language ? 'error' : 'warning',
        rule: 'taxonomy-duplicate-label',
        message: `Label \`${use.text}\`${inLanguage(use, t)} of \`${use.id}\` is already ${kindName[owner.kind]} of \`${owner.id}\`${owner.text === use.text ? '' : ` (as \`${owner.text}\`)`}. A label may lead to one topic only: remove it from one of them, or make it more specific.`,
      });
    }
  }
  return issues;
};
