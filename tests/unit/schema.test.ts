import { describe, expect, it } from 'vitest';
import { consentSchema, entrySchema, personSchema, siteConfigSchema, taxonomySchema } from '../../src/lib/schema/index.ts';

const validEntry = {
  title: 'Never discount without a trade',
  kind: 'advice',
  summary: 'Ask what they can give.',
  topics: ['sales/negotiation'],
  mentor: 'desmond-achterberg-nwosu',
  consent: 'desmond-achterberg-nwosu-2025',
  status: 'published',
};

describe('entry schema', () => {
  it('accepts a minimal entry and fills defaults', () => {
    expect(entrySchema.parse(validEntry).stages).toEqual([]);
  });
  it('accepts every optional field', () => {
    const full = {
      ...validEntry,
      stages: ['first-time-manager'],
      conversation: { date: '2025-01-28', at: '00:05:20' },
      reviewed: '2025-02-10',
      added: '2025-02-11',
      appliesWhen: 'A customer asks for a lower rate.',
      notWhen: 'You quoted wrong.',
    };
    expect(entrySchema.parse(full)).toEqual(full);
  });
  it.each([
    ['a typo in a field name (strict objects)', { ...validEntry, sumary: 'x' }],
    ['an unknown kind', { ...validEntry, kind: 'anecdote' }],
    ['no topics', { ...validEntry, topics: [] }],
    ['a topic id with capitals', { ...validEntry, topics: ['Sales'] }],
    ['a status outside the lifecycle', { ...validEntry, status: 'live' }],
    ['a date that is not ISO', { ...validEntry, reviewed: '10/02/2025' }],
    ['a time that is not hh:mm:ss', { ...validEntry, conversation: { date: '2025-01-01', at: '5 min' } }],
    ['an unknown field inside conversation', { ...validEntry, conversation: { date: '2025-01-01', place: 'Leeds' } }],
    ['a missing summary', { ...validEntry, summary: undefined }],
  ])('rejects %s', (_, value) => {
    expect(entrySchema.safeParse(value).success).toBe(false);
  });
});

describe('people, consent, taxonomy and site schemas', () => {
  it('person: name and role required, leaving optional', () => {
    expect(personSchema.safeParse({ name: 'Dana', role: 'VP' }).success).toBe(true);
    expect(personSchema.safeParse({ name: 'Dana' }).success).toBe(false);
    expect(personSchema.safeParse({ name: 'Dana', role: 'VP', email: 'd@x' }).success).toBe(false);
  });
  it('consent: attribution is one of three modes; kinds are real kinds', () => {
    const c = { person: 'dana', given: '2025-01-01', audience: 'all-staff', attribution: 'role' };
    expect(consentSchema.safeParse(c).success).toBe(true);
    expect(consentSchema.safeParse({ ...c, attribution: 'initials' }).success).toBe(false);
    expect(consentSchema.safeParse({ ...c, kinds: ['gossip'] }).success).toBe(false);
    expect(consentSchema.safeParse({ ...c, revoked: 'yesterday' }).success).toBe(false);
  });
  it('taxonomy: SKOS-shaped concepts with defaults', () => {
    const t = taxonomySchema.parse({ topics: [{ id: 'sales', label: 'Sales' }] });
    expect(t.topics[0]).toEqual({
      id: 'sales',
      label: 'Sales',
      labels: { en: 'Sales' },
      notations: [],
      altLabels: [],
      hiddenLabels: [],
      broader: [],
      related: [],
    });
    expect(t.stages).toEqual([]);
    expect(t.language).toBe('en');
    expect(taxonomySchema.safeParse({ topics: [{ id: 'sales', label: 'Sales', narrower: [] }] }).success).toBe(false);
  });
  it('taxonomy: a label per language, with one in the taxonomy language', () => {
    const t = taxonomySchema.parse({ language: 'fr', topics: [{ id: 'sales', label: { en: 'Sales', fr: 'Ventes' } }] });
    expect(t.topics[0]).toMatchObject({ label: 'Ventes', labels: { en: 'Sales', fr: 'Ventes' } });
    const missing = taxonomySchema.safeParse({ topics: [{ id: 'sales', label: { fr: 'Ventes' } }] });
    expect(missing.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['topics.0.label', "has no label in the taxonomy's language `en`; add `en: …`"],
    ]);
    expect(taxonomySchema.safeParse({ topics: [{ id: 'sales', label: { english: 'Sales' } }] }).success).toBe(false);
  });
  it('site: audiences default to public, all-staff, leaders', () => {
    expect(siteConfigSchema.parse({})).toMatchObject({ audiences: ['public', 'all-staff', 'leaders'], defaultAudience: 'all-staff' });
  });
});
