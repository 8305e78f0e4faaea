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
  /** With a split index, every page id newest first: Pagefind sorts by date within each part only. */
  newest?: string[] | undefined;
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

/**
 * The table as the search page downloads it: a few times smaller than the table itself, because most of
 * it is page ids and broader topics. Ids are sorted and written as differences in base 36, and a page
 * lists its own topics only: the page adds their broader topics from `broader`. `unpackFacets` gives the
 * table back exactly.
 */
export interface PackedFacets {
  values: Record<FacetGroup, string[]>;
  /** Per topic (by position), the positions of its broader topics. */
  broader: number[][];
  /** What every id starts with (Pagefind's `en_`), and the rest of each as a hexadecimal number's difference from the one before. */
  ids: { prefix: string; width: number; deltas: string } | { list: string[] };
  /**
   * Per group, per page in id order, the positions of its values in base 36, `.` between values and `,`
   * between pages. A topic cell starting with `!` lists every topic, to be taken as it is.
   */
  columns: string[];
  /** With a split index, the pages newest first, as their positions in id order in base 36, `,` between. */
  newest?: string | undefined;
}

const b36 = (n: number) => n.toString(36);

/** Every topic position above `p`, through `broader` (a topic may have several broader topics). */
function ancestorsOf(broader: readonly (readonly number[])[], own: readonly number[]): Set<number> {
  const seen = new Set<number>(own);
  const queue = [...own];
  while (queue.length) for (const b of broader[queue.pop()!] ?? []) if (!seen.has(b) && seen.add(b)) queue.push(b);
  return seen;
}

/**
 * Packs the table for the search page. `topics` gives each topic's label, its broader topics' labels and
 * an entry's own topic labels, so a page can list its own topics only; where expanding them would not give
 * exactly its row (two topics with one label), the page lists the row as it is.
 */
export function packFacets(table: FacetTable, topics: { broader: (label: string) => readonly string[]; own: (id: string) => readonly string[] }): PackedFacets {
  const position = new Map(table.values.topic.map((label, i) => [label, i]));
  const broader = table.values.topic.map((label) => topics.broader(label).flatMap((b) => (position.has(b) ? [position.get(b)!] : [])));
  const ids = Object.keys(table.pages).sort();
  const uniform = /^(.*?)([0-9a-f]+)$/.exec(ids[0] ?? '');
  const prefix = uniform?.[1] ?? '';
  const width = uniform?.[2]?.length ?? 0;
  const hex = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[0-9a-f]{${width}}$`);
  // Differences of 13 hexadecimal digits still fit a double exactly.
  const packable = ids.length > 0 && width > 0 && width <= 13 && ids.every((id) => hex.test(id));
  let last = 0;
  const packedIds: PackedFacets['ids'] = packable
    ? {
        prefix,
        width,
        deltas: ids
          .map((id) => {
            const n = Number.parseInt(id.slice(prefix.length), 16);
            const d = n - last;
            last = n;
            return b36(d);
          })
          .join(','),
      }
    : { list: ids };
  const topicGroup = facetGroups.indexOf('topic');
  const columns = facetGroups.map((_, g) =>
    ids
      .map((id) => {
        const row = table.pages[id]![g]!;
        if (g !== topicGroup) return row.map(b36).join('.');
        const own = topics.own(id).flatMap((label) => (position.has(label) ? [position.get(label)!] : []));
        const expanded = ancestorsOf(broader, own);
        const exact = expanded.size === row.length && row.every((v) => expanded.has(v));
        return exact ? own.map(b36).join('.') : `!${row.map(b36).join('.')}`;
      })
      .join(','),
  );
  const place = new Map(ids.map((id, i) => [id, i]));
  const newest = table.newest?.map((id) => b36(place.get(id)!)).join(',');
  return { values: table.values, broader, ids: packedIds, columns, ...(newest === undefined ? {} : { newest }) };
}

/** The table back from what the search page downloaded. */
export function unpackFacets(packed: PackedFacets): FacetTable {
  let ids: string[];
  if ('list' in packed.ids) ids = packed.ids.list;
  else {
    const { prefix, width, deltas } = packed.ids;
    let n = 0;
    ids = deltas
      ? deltas.split(',').map((d) => {
          n += Number.parseInt(d, 36);
          return prefix + n.toString(16).padStart(width, '0');
        })
      : [];
  }
  const cells = packed.columns.map((column) => (ids.length ? column.split(',') : []));
  const topicGroup = facetGroups.indexOf('topic');
  const numbers = (cell: string) => (cell ? cell.split('.').map((v) => Number.parseInt(v, 36)) : []);
  const pages: FacetTable['pages'] = {};
  ids.forEach((id, i) => {
    pages[id] = facetGroups.map((_, g) => {
      const cell = cells[g]![i]!;
      if (g !== topicGroup) return numbers(cell);
      if (cell.startsWith('!')) return numbers(cell.slice(1));
      return [...ancestorsOf(packed.broader, numbers(cell))];
    });
  });
  const newest = packed.newest === undefined ? undefined : packed.newest ? packed.newest.split(',').map((p) => ids[Number.parseInt(p, 36)]!) : [];
  return { values: packed.values, pages, ...(newest ? { newest } : {}) };
}
