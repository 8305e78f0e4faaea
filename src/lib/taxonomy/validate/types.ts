import type { Concept, Taxonomy } from '../../schema/taxonomy.ts';

/** A path into `taxonomy.yaml`, e.g. `['topics', 3, 'broader', 0]`; callers turn it into a line and column. */
export type TaxonomyPath = (string | number)[];

/** One thing wrong with the taxonomy, found without reading any file. */
export interface TaxonomyIssue {
  path: TaxonomyPath;
  severity: 'error' | 'warning';
  /** A stable id, `taxonomy-…`. */
  rule: string;
  /** What is wrong, the values in backticks, and how to fix it. */
  message: string;
}

/** The lookups every rule needs, built once per validation. */
export interface TaxonomyIndex {
  taxonomy: Taxonomy;
  /** The first concept with each id, and its position in `topics` (duplicates are their own rule). */
  byId: Map<string, { concept: Concept; index: number }>;
  /** Ids of the known concepts that name each id in `broader`. */
  narrower: Map<string, string[]>;
  /** Known broader ids of each concept, in the order written. */
  broader: Map<string, string[]>;
}

export type Rule = (ix: TaxonomyIndex) => TaxonomyIssue[];

export function indexTaxonomy(taxonomy: Taxonomy): TaxonomyIndex {
  const byId = new Map<string, { concept: Concept; index: number }>();
  taxonomy.topics.forEach((concept, index) => {
    if (!byId.has(concept.id)) byId.set(concept.id, { concept, index });
  });
  const narrower = new Map<string, string[]>();
  const broader = new Map<string, string[]>();
  for (const { concept } of byId.values()) {
    const known = [...new Set(concept.broader)].filter((b) => byId.has(b));
    broader.set(concept.id, known);
    for (const b of known) {
      const list = narrower.get(b) ?? [];
      list.push(concept.id);
      narrower.set(b, list);
    }
  }
  return { taxonomy, byId, narrower, broader };
}
