import { describe, expect, it } from 'vitest';
import { gapsOf, groupGaps } from '../../src/lib/gaps/index.ts';
import type { TopicHint } from '../../src/lib/index/topics.ts';

const hints: TopicHint[] = [
  { label: 'Pricing', path: '/topics/pricing/', also: ['discounting'], entries: 2 },
  { label: 'On-call', path: '/topics/on-call/', also: ['pager'], entries: 0 },
];

describe('knowledge gaps from issues', () => {
  it('read the query from the form, else from the title the search page wrote, else from the title', () => {
    expect(
      gapsOf([
        { title: 'Ask a mentor: x', body: '### What did you search for?\n\ndiscount rules\n\n### Filters in use\n\n_No response_' },
        { title: 'Ask a mentor: pager rota', body: null },
        { title: 'Night shift handover', body: 'no form here' },
        { title: '   ', body: '' },
      ]).map((g) => [g.query, g.filters]),
    ).toEqual([
      ['discount rules', undefined],
      ['pager rota', undefined],
      ['Night shift handover', undefined],
    ]);
  });
  it('group by the closest topic, busiest first, and put those near no topic last', () => {
    const groups = groupGaps(
      [{ query: 'pager rota' }, { query: 'forklift charging' }, { query: 'discounting for renewals' }, { query: 'pager escalation' }],
      hints,
    );
    expect(groups.map((g) => [g.topic?.label ?? null, g.gaps.map((x) => x.query)])).toEqual([
      ['On-call', ['pager rota', 'pager escalation']],
      ['Pricing', ['discounting for renewals']],
      [null, ['forklift charging']],
    ]);
  });
});
