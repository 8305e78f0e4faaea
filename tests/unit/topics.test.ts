import { describe, expect, it } from 'vitest';
import { taxonomySchema } from '../../src/lib/schema/index.ts';
import { finalReplacement, symmetricRelated, topicGraph, topicRedirects } from '../../src/lib/site/topics.ts';

const taxonomy = taxonomySchema.parse({
  topics: [
    { id: 'sales', label: { en: 'Sales', fr: 'Ventes' }, altLabels: ['selling'], hiddenLabels: ['slaes'] },
    { id: 'sales/tenders', label: 'Tenders', broader: ['sales'], related: ['sales/pricing'] },
    { id: 'sales/pricing', label: 'Pricing', broader: ['sales'] },
    { id: 'sales/bids', label: 'Bids', altLabels: ['bidding'], hiddenLabels: ['ITT'], deprecated: true, replacedBy: 'sales/rfps' },
    { id: 'sales/rfps', label: 'RFPs', deprecated: true, replacedBy: 'sales/tenders' },
    { id: 'sales/loop-a', label: 'Loop A', deprecated: true, replacedBy: 'sales/loop-b' },
    { id: 'sales/loop-b', label: 'Loop B', deprecated: true, replacedBy: 'sales/loop-a' },
  ],
});
const graph = topicGraph(taxonomy);

describe('the topic graph', () => {
  it('finds a topic by its hidden labels, other languages and the labels of concepts merged into it', () => {
    expect(graph.synonymsOf('sales')).toEqual(['selling', 'slaes', 'Ventes']);
    expect(graph.synonymsOf('sales/tenders').sort()).toEqual(['Bids', 'ITT', 'RFPs', 'bidding']);
  });
  it('follows replacedBy chains to a live concept, and gives up on a loop', () => {
    expect(finalReplacement('sales/bids', graph.byId)).toBe('sales/tenders');
    expect(finalReplacement('sales/loop-a', graph.byId)).toBeUndefined();
    expect(topicRedirects(graph)).toEqual([
      { from: '/topics/sales/bids/', to: '/topics/sales/tenders/' },
      { from: '/topics/sales/rfps/', to: '/topics/sales/tenders/' },
    ]);
  });
  it('treats related as symmetric', () => {
    const related = symmetricRelated(taxonomy.topics);
    expect([...related.get('sales/pricing')!]).toEqual(['sales/tenders']);
    expect([...related.get('sales/tenders')!]).toEqual(['sales/pricing']);
  });
});
