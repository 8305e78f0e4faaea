import { describe, expect, it } from 'vitest';
import { formatInterviewPlan, interviewPlan } from '../../src/lib/plan/index.ts';
import type { PublishedEntry, TopicPage } from '../../src/lib/site/model.ts';

const entry = (slug: string, kind: PublishedEntry['kind'], topic: string, extra: Partial<PublishedEntry> = {}) =>
  ({ slug, kind, title: `Title ${slug}`, topics: [{ id: topic, label: topic, path: '' }], date: '2025-01-01', stale: false, ...extra }) as PublishedEntry;
const topic = (id: string, entries: PublishedEntry[], extra: Partial<TopicPage> = {}): TopicPage =>
  ({
    id,
    label: id.charAt(0).toUpperCase() + id.slice(1),
    path: `/topics/${id}/`,
    altLabels: [],
    broader: [],
    narrower: [],
    related: [],
    partOf: [],
    depth: 0,
    entries,
    allEntries: entries,
    ...extra,
  }) as TopicPage;

const mine = [
  entry('a', 'story', 'docks', { appliesWhen: 'always', reviewed: '2025-06-01' }),
  entry('b', 'insight', 'docks', { reviewed: '2025-06-01' }),
  entry('c', 'advice', 'yard', { stale: true }),
];
const theirs = entry('d', 'advice', 'yard', { reviewed: '2025-06-01' });
const topics = [
  topic('docks', mine.slice(0, 2), { definition: 'Where trucks meet the building.', narrower: [{ id: 'seals', label: 'Seals', path: '/topics/seals/' }] }),
  topic('seals', []),
  topic('yard', [mine[2]!, theirs]),
];
const people: Record<string, string> = { a: 'ines', b: 'ines', c: 'ines', d: 'omar' };
const mentorOf = (slug: string) => ({
  key: people[slug]!,
  named: true,
  name: people[slug] === 'ines' ? 'Inês Duarte' : 'Omar',
  role: 'Site lead',
  leaving: '2026-12-31',
});

describe('an interview plan', () => {
  const plan = interviewPlan({ topics, mentorOf, person: 'ines', today: '2026-12-01', gaps: [{ query: 'dock seals leaking' }] })!;
  it('puts the topics nobody else speaks to first, and says what is captured and missing', () => {
    expect(plan.daysLeft).toBe(30);
    expect(plan.topics.map((t) => [t.id, t.sole, t.theirs, t.entries])).toEqual([
      ['docks', true, 2, 2],
      ['yard', false, 1, 2],
    ]);
    expect(plan.topics[0]!.missing).toEqual(['no advice', 'nothing on Seals', '1 of their entries does not say when it applies']);
    expect(plan.topics[1]!.missing).toEqual([
      'no stories',
      'no insights',
      '1 of their entries does not say when it applies',
      '1 due for review',
      '1 never reviewed',
    ]);
  });
  it('asks about what is missing, the definition, empty narrower topics, entries without context and failed searches', () => {
    expect(plan.topics[0]!.questions).toEqual([
      'If someone took over your work on docks tomorrow, what is the one thing they should do, or never do?',
      'We describe Docks as “where trucks meet the building”. What does that leave out?',
      'What should someone new know about seals?',
      'When does “Title b” not hold?',
      // A search nobody could answer, closest to this topic.
      'Colleagues searched for “dock seals leaking” and found nothing. What would you tell them?',
    ]);
  });
  it('is Markdown to print or send', () => {
    expect(formatInterviewPlan(plan).split('\n').slice(0, 6)).toEqual([
      '# Interview plan: Inês Duarte',
      '',
      'Site lead. Leaves on 2026-12-31, in 30 days.',
      '',
      '2 topics to cover, 1 of them held by Inês Duarte alone. Most at risk first.',
      '',
    ]);
  });
  it('has nothing to plan for someone with no published entry', () => {
    expect(interviewPlan({ topics, mentorOf, person: 'nobody', today: '2026-12-01' })).toBeUndefined();
  });
});
