import type { PublishedEntry } from '../site/model.ts';
import { kindInfo } from '../site/kinds.ts';

/** The filter groups of the search page, in the order it shows them. */
export const facetGroups = ['kind', 'topic', 'stage', 'mentor', 'collection'] as const;
export type FacetGroup = (typeof facetGroups)[number];

/**
 * Which filter values each entry has, by Pagefind's id for its page, so the search page can filter and
 * count in a few milliseconds. Pagefind can count filter values itself, but once its filter data is loaded
 * it counts on every search, which at 10,000 entries adds about 200 ms to each keystroke.
 */
export interface FacetTable {
  /** Each group's values (labels, as the filters show them); entries refer to them by position. */
  values: Record<FacetGroup, string[]>;
  /** Per Pagefind page id, per group in `facetGroups` order, the positions of the entry's values. */
  pages: Record<string, number[][]>;
}

/** An entry's values per group; a topic filter also finds the entries of the topics under it. */
export function facetValues(entry: PublishedEntry): Record<FacetGroup, string[]> {
  return {
    kind: [kindInfo[entry.kind].label],
    topic: entry.topicsWithAncestors.map((t) => t.label),
    stage: entry.stages.map((s) => s.label),
    mentor: entry.attribution.mode === 'named' ? [entry.attribution.name] : [],
    collection: entry.collections,
  };
}

/** The table for the published entries; `idOf` gives Pagefind's page id for an entry's URL. */
export function facetTable(entries: readonly PublishedEntry[], idOf: (entry: PublishedEntry) => string): FacetTable {
  const positions = Object.fromEntries(facetGroups.map((g) => [g, new Map<string, number>()])) as Record<FacetGroup, Map<string, number>>;
  const pages: FacetTable['pages'] = {};
  for (const entry of entries) {
    const values = facetValues(entry);
    pages[idOf(entry)] = facetGroups.map((g) =>
      values[g].map((v) => {
        const known = positions[g].get(v);
        if (known !== undefined) return known;
        positions[g].set(v, positions[g].size);
        return positions[g].size - 1;
      }),
    );
  }
  const values = Object.fromEntries(facetGroups.map((g) => [g, [...positions[g].keys()]])) as FacetTable['values'];
  return { values, pages };
}

/** The values ticked, per group: values within a group are ORed, groups are ANDed. */
export type Selection = Partial<Record<FacetGroup, readonly string[]>>;

/** What the table makes of a selection: per group, the positions of the ticked values. */
function positionsOf(table: FacetTable, selection: Selection): (Set<number> | undefined)[] {
  return facetGroups.map((g) => {
    const ticked = selection[g];
    if (!ticked?.length) return undefined;
    return new Set(ticked.map((v) => table.values[g].indexOf(v)));
  });
}

const passes = (row: number[][], wanted: (Set<number> | undefined)[], except?: number) =>
  wanted.every((set, g) => g === except || !set || row[g]!.some((v) => set.has(v)));

/** The ids (in the order given) of the pages that have every group's ticked values. */
export function filterIds(ids: readonly string[], table: FacetTable, selection: Selection): string[] {
  const wanted = positionsOf(table, selection);
  return ids.filter((id) => {
    const row = table.pages[id];
    return row !== undefined && passes(row, wanted);
  });
}

/**
 * How many of the pages each value would give: with every other group's ticks applied, but not its own
 * group's, since ticking one more value in a group can only widen it.
 */
export function countFacets(ids: readonly string[], table: FacetTable, selection: Selection): Record<FacetGroup, Record<string, number>> {
  const wanted = positionsOf(table, selection);
  const counts = facetGroups.map((g) => new Array<number>(table.values[g].length).fill(0));
  for (const id of ids) {
    const row = table.pages[id];
    if (!row) continue;
    facetGroups.forEach((_, g) => {
      if (!passes(row, wanted, g)) return;
      for (const v of row[g]!) counts[g]![v]!++;
    });
  }
  return Object.fromEntries(facetGroups.map((g, i) => [g, Object.fromEntries(table.values[g].map((v, j) => [v, counts[i]![j]!]))])) as Record<
    FacetGroup,
    Record<string, number>
  >;
}
