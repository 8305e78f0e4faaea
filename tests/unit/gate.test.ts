import { describe, expect, it } from 'vitest';
import { covers, decide, gate, summaryLine, withheldReasons, type GateContext, type WithheldReason } from '../../src/lib/gate/index.ts';
import { consentSchema, entrySchema, personSchema, type Consent, type EntryData } from '../../src/lib/schema/index.ts';
import { parseBody } from '../../src/lib/read/body.ts';

const today = '2026-11-23';
const audiences = ['public', 'all-staff', 'leaders'];

const entry = (over: Partial<EntryData> = {}): EntryData =>
  entrySchema.parse({
    title: 'Print tomorrow’s pick lists every evening',
    kind: 'advice',
    summary: 'One sentence.',
    topics: ['operations'],
    mentor: 'dana',
    consent: 'dana-2025',
    status: 'published',
    ...over,
  });
const consent = (over: Partial<Consent> = {}): Consent =>
  consentSchema.parse({ person: 'dana', given: '2025-01-01', audience: 'all-staff', attribution: 'named', ...over });

const ctx = (c: Consent = consent(), over: Partial<GateContext> = {}): GateContext => ({
  audience: 'all-staff',
  audiences,
  today,
  people: new Map([
    ['dana', personSchema.parse({ name: 'Dana Whitfield', role: 'VP Operations' })],
    ['sam', personSchema.parse({ name: 'Sam Okafor', role: 'Sales lead' })],
  ]),
  consents: new Map([['dana-2025', c]]),
  topicIds: new Set(['operations']),
  stageIds: new Set(['first-time-manager']),
  ...over,
});

/** An entry as the gate sees it: front matter, slug and a body that says nothing about the mentor. */
const input = (data: EntryData, body = 'What I learned on the night shift.', slug = 'night-shift') => ({ slug, data, tree: parseBody(body, 'x.mdx', 0).tree! });

const reasons = (e: EntryData | ReturnType<typeof input>, c: GateContext) => {
  const d = decide('data' in e ? e : input(e), c);
  return d.published ? [] : d.reasons;
};

describe('the gate publishes a valid entry', () => {
  it('with consent covering audience, kind and mentor', () => {
    expect(decide(input(entry()), ctx()).published).toBe(true);
  });
  it('on the last day before expiry and on the embargo day itself', () => {
    expect(decide(input(entry()), ctx(consent({ expires: '2026-11-24', embargoUntil: today }))).published).toBe(true);
  });
  it('for a narrower audience than the consent allows', () => {
    expect(decide(input(entry()), ctx(consent({ audience: 'public' }), { audience: 'leaders' })).published).toBe(true);
  });
});

describe('the gate withholds, one case per reason', () => {
  const cases: [WithheldReason, EntryData | ReturnType<typeof input>, GateContext][] = [
    ['draft', entry({ status: 'draft' }), ctx()],
    ['retired', entry({ status: 'retired' }), ctx()],
    ['consent-missing', entry(), ctx(consent(), { consents: new Map() })],
    ['consent-revoked', entry(), ctx(consent({ revoked: '2026-09-01' }))],
    ['consent-expired', entry(), ctx(consent({ expires: today }))],
    ['consent-embargoed', entry(), ctx(consent({ embargoUntil: '2027-06-01' }))],
    ['audience-too-narrow', entry(), ctx(consent({ audience: 'leaders' }))],
    ['kind-not-consented', entry({ kind: 'advice' }), ctx(consent({ kinds: ['story', 'insight'] }))],
    ['mentor-mismatch', entry({ mentor: 'sam' }), ctx()],
    ['unknown-mentor', entry({ mentor: 'nobody' }), ctx(consent({ person: 'nobody' }))],
    ['unknown-topic', entry({ topics: ['operations', 'operations/drones'] }), ctx()],
    ['unknown-stage', entry({ stages: ['intern'] }), ctx()],
    ['attribution-leak', input(entry(), 'Ask Dana first.'), ctx(consent({ attribution: 'role' }))],
    [
      'duplicate-record',
      entry({ mentor: 'sam', consent: 'sam-2025' }),
      ctx(consent(), {
        consents: new Map([
          ['dana-2025', consent()],
          ['sam-2025', consent({ person: 'sam' })],
        ]),
        duplicated: { people: new Set(), consents: new Set(['sam-2025']) },
      }),
    ],
  ];
  it('covers every reason the gate knows', () => {
    expect(cases.map(([r]) => r).sort()).toEqual(Object.keys(withheldReasons).sort());
  });
  for (const [reason, e, c] of cases) {
    it(reason, () => expect(reasons(e, c)).toEqual([reason]));
  }
  it('a revocation dated in the future still takes effect now', () => {
    expect(reasons(entry(), ctx(consent({ revoked: '2030-01-01' })))).toEqual(['consent-revoked']);
  });
  it('a consent given after the build date is not yet in force', () => {
    expect(reasons(entry(), ctx(consent({ given: '2027-01-01' })))).toEqual(['consent-embargoed']);
  });
  it('a mentor named under `named` consent is fine; the same words under `role` or `anonymous` are a leak', () => {
    const e = input(entry({ appliesWhen: 'You can ask Dana Whitfield first.' }));
    expect(reasons(e, ctx())).toEqual([]);
    expect(reasons(e, ctx(consent({ attribution: 'role' })))).toEqual(['attribution-leak']);
    expect(reasons(e, ctx(consent({ attribution: 'anonymous' })))).toEqual(['attribution-leak']);
    // The role is shown under `role`, so only `anonymous` hides it.
    const role = input(entry(), 'As VP Operations, I learned this.');
    expect(reasons(role, ctx(consent({ attribution: 'role' })))).toEqual([]);
    expect(reasons(role, ctx(consent({ attribution: 'anonymous' })))).toEqual(['attribution-leak']);
    expect(reasons(input(entry(), 'Plain words.', 'what-dana-learned'), ctx(consent({ attribution: 'anonymous' })))).toEqual(['attribution-leak']);
  });
  it('a duplicated taxonomy id withholds the entries that use it', () => {
    const c = ctx(consent(), { duplicated: { people: new Set(), consents: new Set(), topics: new Set(['operations']) } });
    expect(reasons(entry(), c)).toEqual(['duplicate-record']);
  });
  it('reports every reason that applies, not just the first', () => {
    expect(reasons(entry({ status: 'draft', kind: 'story' }), ctx(consent({ revoked: '2026-01-01', kinds: ['advice'] })))).toEqual([
      'draft',
      'consent-revoked',
      'kind-not-consented',
    ]);
  });
});

describe('audiences', () => {
  it('a consent covers its own audience and every narrower one, never a wider one', () => {
    expect(covers('all-staff', 'all-staff', audiences)).toBe(true);
    expect(covers('all-staff', 'leaders', audiences)).toBe(true);
    expect(covers('all-staff', 'public', audiences)).toBe(false);
    expect(covers('leaders', 'all-staff', audiences)).toBe(false);
    expect(covers('unknown', 'leaders', audiences)).toBe(false);
  });
});

describe('gate() and its summary', () => {
  it('splits entries and counts each withheld entry once, under its first reason', () => {
    const items = [
      input(entry()),
      input(entry({ status: 'draft' })),
      input(entry({ status: 'draft', topics: ['nope'] })),
      input(entry({ consent: 'missing' })),
    ];
    const g = gate(items, ctx());
    expect(g.published.map((p) => p.entry)).toEqual([items[0]]);
    expect(g.withheld).toHaveLength(3);
    expect(summaryLine(g.published.length, g.withheld, 'all-staff', today)).toMatchInlineSnapshot(
      `"1 published, 3 withheld (still a draft 2, no consent record 1) for audience \`all-staff\` on 2026-11-23"`,
    );
  });
});
