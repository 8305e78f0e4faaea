import { describe, expect, it } from 'vitest';
import { countFacets, facetTable, filterIds } from '../../src/lib/index/facets.ts';
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
