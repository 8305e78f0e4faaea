import { inLanguage, kindName, labelUses, type LabelUse } from './labels.ts';
import type { Rule, TaxonomyIssue } from './types.ts';

/**
 * Within one topic, a label is preferred, alternative or hidden, never two of these (SKOS's disjoint
 * labels). The same alternative or hidden label written twice is only untidy: a warning. So is a clash in a
 * language other than the taxonomy's, which imported thesauri have and nobody here writes.
 */
export const disjointLabels: Rule = (ix) => {
  const t = ix.taxonomy;
  const seen = new Map<string, LabelUse>();
  const issues: TaxonomyIssue[] = [];
  for (const use of labelUses(t)) {
    const slot = `${use.index}\u0000${use.lang}\u0000${use.key}`;
    const earlier = seen.get(slot);
    if (!earlier) {
      seen.set(slot, use);
      continue;
    }
    const field = use.kind === 'alt' ? 'altLabels' : 'hiddenLabels';
    issues.push(
      earlier.kind === use.kind
        ? {
            path: use.path,
            severity: 'warning',
            rule: 'taxonomy-disjoint-labels',
            message: `\`${use.text}\` is listed twice in \`${field}\` of \`${use.id}\`. Remove the repeat.`,
          }
        : {
            path: use.path,
            severity: use.lang === t.language ? 'error' : 'warning',
            rule: 'taxonomy-disjoint-labels',
            message: `\`${use.text}\`${inLanguage(use, t)} is both ${kindName[earlier.kind]} and ${kindName[use.kind]} of \`${use.id}\`. A label has one role per topic: remove it from \`${field}\`.`,
          },
    );
  }
  return issues;
};
