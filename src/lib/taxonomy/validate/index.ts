import type { Taxonomy } from '../../schema/taxonomy.ts';
import { collectionReference } from './collection-reference.ts';
import { cycle } from './cycle.ts';
import { deprecatedNarrower } from './deprecated-narrower.ts';
import { disjointLabels } from './disjoint-labels.ts';
import { duplicateId } from './duplicate-id.ts';
import { duplicateLabel } from './duplicate-label.ts';
import { relatedClash } from './related-clash.ts';
import { replacedBy } from './replaced-by.ts';
import { indexTaxonomy, type Rule, type TaxonomyIssue } from './types.ts';
import { unknownReference } from './unknown-reference.ts';
import { unreachable } from './unreachable.ts';

export type { TaxonomyIssue } from './types.ts';
export { labelKey } from './labels.ts';

/** Every rule, in the order their issues are listed. */
export const taxonomyRules: readonly Rule[] = [
  duplicateId,
  unknownReference,
  cycle,
  unreachable,
  duplicateLabel,
  disjointLabels,
  relatedClash,
  replacedBy,
  deprecatedNarrower,
  collectionReference,
];

/**
 * Checks the structure of a parsed taxonomy in the spirit of qSKOS: cycles, dangling and clashing links,
 * overlapping labels, orphaned branches and retirement mistakes. Pure: no files, no people, no entries.
 */
export function validateTaxonomy(taxonomy: Taxonomy): TaxonomyIssue[] {
  const ix = indexTaxonomy(taxonomy);
  return taxonomyRules.flatMap((rule) => rule(ix));
}
