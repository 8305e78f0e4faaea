import { describe, expect, it } from 'vitest';
import { closestTopics, spellingSuggestion, topicsNamed, type TopicHint } from '../../src/lib/index/topics.ts';

const topic = (label: string, also: string[], entries = 1): TopicHint => ({ label, path: `/topics/${label.toLowerCase()}/`, also, entries });
const hints = [
  topic('On-call', ['pager', 'after-hours support'], 0),
  topic('Feedback', ['difficult conversations', 'critique'], 3),
  topic('Integrations', ['EDI', 'customer integrations'], 1),
  topic('Negotiation', ['haggling', 'bargaining'], 4),
  topic('Pricing', ['discounting', 'price floor'], 2),
  topic('First 90 days', ['new manager', 'taking over a team'], 1),
];
const labels = (ts: TopicHint[]) => ts.map((t) => t.label);

describe('topics a query names', () => {
  it('match a label or synonym whatever the case, punctuation or word ending', () => {
    expect(labels(topicsNamed('on-call', hints))).toEqual(['On-call']);
    expect(labels(topicsNamed('On call', hints))).toEqual(['On-call']);
    expect(labels(topicsNamed('oncall', hints))).toEqual(['On-call']);
    expect(labels(topicsNamed('new managers', hints))).toEqual(['First 90 days']);
    expect(labels(topicsNamed('Discount', hints))).toEqual(['Pricing']);
  });
  it('do not match a query that only shares a word with a name', () => {
    expect(topicsNamed('manager', hints)).toEqual([]);
    expect(topicsNamed('   ', hints)).toEqual([]);
  });
});

describe('the closest topics', () => {
  it('are those sharing most of the query’s words, shortest names first', () => {
    expect(labels(closestTopics('how to handle a difficult customer', hints))).toEqual(['Feedback', 'Integrations']);
    expect(labels(closestTopics('price negotiation', hints, 2))).toEqual(['Negotiation', 'Pricing']);
  });
  it('tolerate a slip of the keyboard', () => {
    expect(labels(closestTopics('negotiaton tactics', hints))).toEqual(['Negotiation']);
  });
  it('are none when nothing is shared', () => {
    expect(closestTopics('quarterly earnings', hints)).toEqual([]);
  });
});

describe('spelling suggestions from the taxonomy', () => {
  it('replace each unknown word by the nearest known one and keep the rest', () => {
    expect(spellingSuggestion('negociation tips', hints)).toBe('negotiation tips');
    expect(spellingSuggestion('haggeling over pricng', hints)).toBe('haggling over pricing');
  });
  it('leave known words, short words and words far from any name alone', () => {
    expect(spellingSuggestion('pricing', hints)).toBeUndefined();
    expect(spellingSuggestion('EDI edo', hints)).toBeUndefined();
    expect(spellingSuggestion('forklift', hints)).toBeUndefined();
  });
});
