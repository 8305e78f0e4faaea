import { describe, expect, it } from 'vitest';
import { entrySchema, personSchema, taxonomySchema } from '../../src/lib/schema/index.ts';
import { topicGraph } from '../../src/lib/site/topics.ts';
import { taxonomyReport } from '../../src/lib/taxonomy/report/index.ts';
import { suggestCandidates } from '../../src/lib/taxonomy/suggest/index.ts';

const taxonomy = taxonomySchema.parse({
  topics: [
    { id: 'sales', label: 'Sales' },
    { id: 'sales/tenders', label: 'Tenders', altLabels: ['RFP'], broader: ['sales'] },
    { id: 'sales/pricing', label: 'Pricing', broader: ['sales'] },
    { id: 'ops', label: 'Operations' },
    { id: 'ops/old', label: 'Old', deprecated: true, replacedBy: 'ops' },
  ],
});
const entry = (mentor: string, topics: string[], status = 'published', kind = 'advice') =>
  entrySchema.parse({ title: 'A title long enough', kind, summary: 'A summary of the entry.', topics, mentor, consent: `${mentor}-2025`, status });
const people = new Map([
  ['ana', personSchema.parse({ name: 'Ana Leaving', role: 'Rep', leaving: '2027-03-01' })],
  ['bo', personSchema.parse({ name: 'Bo Staying', role: 'Rep' })],
]);

describe('taxonomy report', () => {
  const report = taxonomyReport({
    topics: taxonomy.topics,
    entries: [
      { file: 'a.mdx', data: entry('ana', ['sales/tenders']) },
      { file: 'b.mdx', data: entry('ana', ['sales/tenders'], 'draft', 'story') },
      { file: 'c.mdx', data: entry('bo', ['ops', 'sales/tender']) },
    ],
    people,
    today: '2026-11-23',
    horizonMonths: 12,
    ancestorsOf: topicGraph(taxonomy).ancestorsOf,
  });
  it('counts entries, narrower entries, mentors and kinds per concept', () => {
    expect(report.concepts.find((c) => c.id === 'sales/tenders')).toMatchObject({
      entries: 2,
      withNarrower: 2,
      published: 1,
      drafts: 1,
      mentors: ['ana'],
      kinds: { advice: 1, story: 1 },
    });
    expect(report.concepts.find((c) => c.id === 'sales')).toMatchObject({ entries: 0, withNarrower: 2 });
  });
  it('lists unused live concepts, concepts held only by leavers, and unknown ids with the closest concepts', () => {
    expect(report.unused).toEqual(['sales/pricing']);
    expect(report.heldByLeavers).toEqual([{ id: 'sales/tenders', label: 'Tenders', mentors: [{ id: 'ana', name: 'Ana Leaving', leaving: '2027-03-01' }] }]);
    expect(report.unknown).toHaveLength(1);
    expect(report.unknown[0]).toMatchObject({ id: 'sales/tender', files: ['c.mdx'] });
    expect(report.unknown[0]!.closest[0]!.id).toBe('sales/tenders');
  });
});

describe('taxonomy suggest', () => {
  const texts = [
    { slug: 'a', topics: ['sales/pricing'], text: 'Hold the walk-away price. A walk away price is written down before the call. Six months later it held.' },
    { slug: 'b', topics: ['sales/pricing'], text: 'Know your walk away price before you sit down; the RFP process will test it.' },
    { slug: 'c', topics: ['ops'], text: 'The loading dock ran late; the loading dock crew knew why. Six months of data showed it.' },
    { slug: 'd', topics: ['sales/tenders'], text: 'The loading dock was never the problem with the tender.' },
    { slug: 'e', topics: ['ops'], text: 'Nothing to see here at all.' },
    { slug: 'f', topics: ['ops'], text: 'Pricing and tenders, the labels we already have.' },
  ];
  const candidates = suggestCandidates(texts, taxonomy.topics);
  it('proposes uncovered phrases, as a synonym when their entries share a topic', () => {
    const byPhrase = new Map(candidates.map((c) => [c.phrase, c]));
    expect(byPhrase.get('walk away price')).toMatchObject({ entries: ['a', 'b'], suggestion: { type: 'synonym', of: 'sales/pricing' } });
    expect(byPhrase.get('loading dock')).toMatchObject({ entries: ['c', 'd'], suggestion: { type: 'concept' } });
  });
  it('skips phrases about time or quantity, and what labels already cover', () => {
    expect(candidates.map((c) => c.phrase)).not.toContain('six months');
    expect(candidates.map((c) => c.phrase)).not.toContain('walk away'); // contained in `walk away price`
    expect(candidates.some((c) => /pricing|tenders/.test(c.phrase))).toBe(false);
  });
});
