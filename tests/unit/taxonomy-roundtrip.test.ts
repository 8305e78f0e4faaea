import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSkos } from '../../src/lib/taxonomy/skos/index.ts';
import { term } from '../../src/lib/taxonomy/skos/vocabulary.ts';
import { compared, roundTrip } from '../support/skos-roundtrip.ts';

const root = join(import.meta.dirname, '../..');
const excerpt = join(root, 'tests/fixtures/taxonomies/unesco-excerpt.ttl');

describe('a UNESCO Thesaurus round trip (import → export), statement by statement', () => {
  it.each([false, true])('keeps every concept and collection URI, label, note, link, member, notation and date (all languages: %s)', async (allLanguages) => {
    const { imported, before, after } = await roundTrip(excerpt, allLanguages);
    // The concepts keep the URIs they came with: nothing is minted from the ids.
    expect(imported.taxonomy.topics.every((t) => t.uri?.startsWith('http://vocabularies.unesco.org/thesaurus/concept'))).toBe(true);
    // The excerpt's microthesaurus names a domain the excerpt leaves out: that one link is not kept.
    const superGroups = before.get(term.superGroup)!;
    expect(superGroups).toHaveLength(1);
    before.set(term.superGroup, []);
    for (const p of compared) expect(after.get(p), p).toEqual(before.get(p));
    // The excerpt has these, so the comparison above can fail.
    for (const p of [term.prefLabel, term.altLabel, term.scopeNote, term.broader, term.modified, term.member, term.notation])
      expect(before.get(p)!.length, p).toBeGreaterThan(0);
    expect(imported.taxonomy.collections.map((c) => c.uri)).toEqual(['http://vocabularies.unesco.org/thesaurus/mt6.80']);
  });

  it('writes each topic’s id as `tacit:id`, so a second import gives the same ids whatever the URIs', async () => {
    const { imported, exported } = await roundTrip(excerpt, true);
    expect(exported).toMatch(/\btacit:id\b/);
    const again = importSkos(exported, { file: 'export.ttl', today: '2026-12-01', allLanguages: true });
    expect(again.taxonomy.topics.map((t) => [t.id, t.uri])).toEqual(imported.taxonomy.topics.map((t) => [t.id, t.uri]));
    expect(again.taxonomy).toEqual(imported.taxonomy);
  });
});
