import { describe, expect, it } from 'vitest';
import { countFacets, facetTable, filterIds, packFacets, unpackFacets, type FacetTable } from '../../src/lib/index/facets.ts';
import { clashes } from '../../src/lib/index/pagefind.ts';
import { shardOf } from '../../src/lib/index/shards.ts';
import type { PublishedEntry } from '../../src/lib/site/model.ts';

const entry = (slug: string, kind: PublishedEntry['kind'], topics: string[], stages: string[], mentor?: string, collections: string[] = []) =>
  ({
    slug,
    kind,
    collections,
    topicsWithAncestors: topics.map((label) => ({ id: label.toLowerCase(), label, path: '' })),
    stages: stages.map((label) => ({ id: label.toLowerCase(), label })),
    attribution: mentor ? { mode: 'named', name: mentor } : { mode: 'anonymous' },
  }) as unknown as PublishedEntry;

const entries = [
  entry('a', 'story', ['Sales', 'Pricing'], ['Executive'], 'Desmond'),
  entry('b', 'advice', ['Sales', 'Pricing'], [], 'Desmond'),
  entry('c', 'advice', ['Sales', 'Tenders'], ['Executive']),
  entry('d', 'insight', ['Operations'], [], 'Henrietta', ['Customer-facing']),
];
const table = facetTable(entries, (e) => `id-${e.slug}`);
const ids = entries.map((e) => `id-${e.slug}`);

describe('the facet table', () => {
  it('lists each value once and refers to it by position', () => {
    expect(table.values).toEqual({
      kind: ['Story', 'Advice', 'Insight'],
      topic: ['Sales', 'Pricing', 'Tenders', 'Operations'],
      stage: ['Executive'],
      mentor: ['Desmond', 'Henrietta'],
      collection: ['Customer-facing'],
    });
    expect(table.pages['id-c']).toEqual([[1], [0, 2], [0], [], []]);
    expect(table.pages['id-d']).toEqual([[2], [3], [], [1], [0]]);
  });
  it('filters with values ORed within a group and groups ANDed, in the order given', () => {
    expect(filterIds(ids, table, { kind: ['Story', 'Advice'] })).toEqual(['id-a', 'id-b', 'id-c']);
    expect(filterIds(ids, table, { kind: ['Advice'], topic: ['Pricing'] })).toEqual(['id-b']);
    expect(filterIds(['id-d', 'id-a', 'unknown'], table, {})).toEqual(['id-d', 'id-a']);
    expect(filterIds(ids, table, { mentor: ['Nobody'] })).toEqual([]);
  });
  it('counts each value with the other groups’ ticks, not its own group’s', () => {
    const counts = countFacets(ids, table, { kind: ['Advice'] });
    // Kind counts ignore the kind tick: ticking Story too would add one.
    expect(counts.kind).toEqual({ Story: 1, Advice: 2, Insight: 1 });
    // Other groups count only the advice.
    expect(counts.topic).toEqual({ Sales: 2, Pricing: 1, Tenders: 1, Operations: 0 });
    expect(counts.mentor).toEqual({ Desmond: 1, Henrietta: 0 });
    expect(countFacets(['id-d'], table, {}).kind).toEqual({ Story: 0, Advice: 0, Insight: 1 });
  });
});

describe('the packed table the search page downloads', () => {
  // Sales > Pricing > Discounts; Tenders under both Sales and Operations; two topics labelled Onboarding.
  const broader: Record<string, string[]> = { Pricing: ['Sales'], Discounts: ['Pricing'], Tenders: ['Sales', 'Operations'], Onboarding: ['Sales', 'People'] };
  const tree = (slug: string, own: string[], all: string[]) =>
    ({ ...entry(slug, 'advice', all, []), topics: own.map((label) => ({ label })) }) as unknown as PublishedEntry;
  const rows = [
    tree('a', ['Discounts'], ['Discounts', 'Pricing', 'Sales']),
    tree('b', ['Tenders', 'Pricing'], ['Tenders', 'Sales', 'Operations', 'Pricing']),
    // Its Onboarding is the one under People only: expanding the label would wrongly add Sales.
    tree('c', ['Onboarding'], ['Onboarding', 'People']),
    tree('d', [], []),
  ];
  const sorted = (t: FacetTable) => Object.fromEntries(Object.entries(t.pages).map(([id, row]) => [id, row.map((values) => [...values].sort())]));
  const roundTrip = (idOf: (e: PublishedEntry) => string) => {
    const table = facetTable(rows, idOf);
    const own = new Map(rows.map((e) => [idOf(e), e.topics.map((t) => t.label)]));
    const packed = packFacets(table, { broader: (label) => broader[label] ?? [], own: (id) => own.get(id) ?? [] });
    return { table, packed, back: unpackFacets(JSON.parse(JSON.stringify(packed)) as typeof packed) };
  };

  it('gives back exactly the table, with Pagefind-style ids packed as differences', () => {
    const { table, packed, back } = roundTrip((e) => `en_${(0xa000000 + e.slug.charCodeAt(0) * 7919).toString(16)}`);
    expect(sorted(back)).toEqual(sorted(table));
    expect(back.values).toEqual(table.values);
    expect('deltas' in packed.ids && packed.ids.prefix).toBe('en_');
    // Own topics only, except where the label would expand wrongly.
    const topics = packed.columns[1]!.split(',');
    expect(topics.filter((cell) => cell.startsWith('!'))).toHaveLength(1);
    expect(topics.filter((cell) => cell !== '' && !cell.startsWith('!')).map((cell) => cell.split('.').length)).toEqual([1, 2]);
  });

  it('keeps ids it cannot pack as a list, and an empty table empty', () => {
    const { table, packed, back } = roundTrip((e) => `${e.slug}/page`);
    expect(packed.ids).toEqual({ list: ['a/page', 'b/page', 'c/page', 'd/page'] });
    expect(sorted(back)).toEqual(sorted(table));
    const empty = facetTable([], () => '');
    expect(unpackFacets(packFacets(empty, { broader: () => [], own: () => [] }))).toEqual(empty);
  });

  it('carries the date order of a split index, which Pagefind cannot give across parts', () => {
    const idOf = (e: PublishedEntry) => `en_${(0xa000000 + e.slug.charCodeAt(0) * 7919).toString(16)}`;
    const table = { ...facetTable(rows, idOf), newest: ['c', 'a', 'd', 'b'].map((slug) => idOf(rows.find((e) => e.slug === slug)!)) };
    const packed = packFacets(table, { broader: (label) => broader[label] ?? [], own: () => [] });
    expect(unpackFacets(JSON.parse(JSON.stringify(packed)) as typeof packed).newest).toEqual(table.newest);
    expect(packFacets(facetTable(rows, idOf), { broader: () => [], own: () => [] })).not.toHaveProperty('newest');
  });
});

describe('a split search index', () => {
  it('sends an entry to the same part whatever else is indexed, and fills the parts about evenly', () => {
    const urls = Array.from({ length: 3000 }, (_, i) => `/entries/entry-${i}/`);
    const counts = [0, 0, 0, 0];
    for (const url of urls) counts[shardOf(url, 4)]!++;
    for (const n of counts) expect(Math.abs(n - 750)).toBeLessThan(100);
    expect(urls.map((u) => shardOf(u, 4))).toEqual(urls.map((u) => shardOf(u, 4)));
    expect(shardOf('/entries/entry-1/', 1)).toBe(0);
  });

  it('salts the page of a later part whose name an earlier part already has, until no two pages share one', () => {
    const salts = new Map<string, number>();
    const parts = [
      new Map([
        ['/a/', 'en_1'],
        ['/b/', 'en_2'],
      ]),
      new Map([
        ['/c/', 'en_3'],
        ['/d/', 'en_1'],
      ]),
      new Map([['/e/', 'en_2']]),
    ];
    expect(clashes(parts, salts)).toEqual([1, 2]);
    expect(Object.fromEntries(salts)).toEqual({ '/d/': 1, '/e/': 1 });
    parts[1]!.set('/d/', 'en_4');
    parts[2]!.set('/e/', 'en_3');
    expect(clashes(parts, salts)).toEqual([2]);
    expect(salts.get('/e/')).toBe(2);
    parts[2]!.set('/e/', 'en_5');
    expect(clashes(parts, salts)).toEqual([]);
  });
});
