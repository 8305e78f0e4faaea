import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Content, EntrySource } from '../../src/lib/read/content.ts';
import { readEntry } from '../../src/lib/read/entry.ts';
import { addMonths, reviewGroups, reviewScope, reviewState, stewardOf, wholeMonthsBetween } from '../../src/lib/review/index.ts';
import { assessRisk, barChartSvg, siteRisk, type MentorRef } from '../../src/lib/risk/index.ts';
import { consentSchema, personSchema, siteConfigSchema, taxonomySchema, type Consent } from '../../src/lib/schema/index.ts';
import { buildSite, loadSite, topicGraph, type Site } from '../../src/lib/site/index.ts';

const today = '2026-11-23';

// --- A small in-memory knowledge base -------------------------------------------------------------------

const taxonomy = taxonomySchema.parse({
  topics: [
    { id: 'ops', label: 'Operations', steward: 'kim' },
    { id: 'ops/warehouse', label: 'Warehouse', broader: ['ops'] },
    { id: 'ops/warehouse/picking', label: 'Picking', broader: ['ops/warehouse'] },
    { id: 'ops/safety', label: 'Safety', broader: ['ops'], steward: 'lee' },
    { id: 'sales', label: 'Sales' },
    { id: 'sales/pricing', label: 'Pricing', broader: ['sales'] },
    { id: 'eng', label: 'Engineering', steward: 'kim' },
    { id: 'eng/on-call', label: 'On-call', broader: ['eng'] },
  ],
});

const people = new Map([
  ['dana', personSchema.parse({ name: 'Dana Whitfield', role: 'GM Warehouses', leaving: '2027-01-31' })],
  ['sam', personSchema.parse({ name: 'Sam Okafor', role: 'Sales lead' })],
  ['ana', personSchema.parse({ name: 'Anaïs Quillfeather', role: 'Principal Engineer', leaving: '2027-03-01' })],
  ['gone', personSchema.parse({ name: 'Gus Gone', role: 'Retired Director', leaving: '2026-01-01' })],
  ['kim', personSchema.parse({ name: 'Kim Steward', role: 'Knowledge Manager' })],
  ['lee', personSchema.parse({ name: 'Lee Left', role: 'Knowledge Manager', leaving: '2026-06-30' })],
]);

const consent = (person: string, over: Partial<Consent> = {}): Consent =>
  consentSchema.parse({ person, given: '2025-01-01', audience: 'all-staff', attribution: 'named', ...over });
const consents = new Map([
  ['dana-c', consent('dana')],
  ['sam-c', consent('sam')],
  ['sam-leaders', consent('sam', { audience: 'leaders' })],
  ['ana-c', consent('ana', { attribution: 'anonymous' })],
  ['ana-named', consent('ana')],
  ['gone-c', consent('gone')],
  ['revoked-c', consent('sam', { revoked: '2026-02-01' })],
]);

/** One entry, read through the real reader so it has every field a read entry has. */
function entry(slug: string, fm: Record<string, unknown>): EntrySource {
  const yaml = Object.entries({ title: `Entry ${slug}`, kind: 'advice', summary: 'One sentence.', status: 'published', reviewed: '2026-06-01', ...fm })
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
  const source = `---\n${yaml}\n---\n\nBody of ${slug}.\n`;
  const read = readEntry(source, `content/entries/${slug}.mdx`);
  if (!read.data || !read.tree) throw new Error(`fixture ${slug}: ${JSON.stringify(read.problems)}`);
  return { ...read, slug, file: `content/entries/${slug}.mdx`, source, digest: slug, data: read.data, tree: read.tree } as EntrySource;
}

const baseEntries = [
  entry('pick-1', { topics: ['ops/warehouse/picking'], mentor: 'dana', consent: 'dana-c' }),
  entry('pick-2', { topics: ['ops/warehouse/picking'], mentor: 'dana', consent: 'dana-c' }),
  entry('safety-1', { topics: ['ops/safety'], mentor: 'dana', consent: 'dana-c', reviewed: '2024-01-10' }),
  entry('price-1', { topics: ['sales/pricing'], mentor: 'sam', consent: 'sam-c', reviewed: '2024-05-01' }),
  entry('price-2', { topics: ['sales/pricing', 'ops/warehouse'], mentor: 'dana', consent: 'dana-c' }),
  entry('eng-1', { topics: ['eng'], mentor: 'ana', consent: 'ana-c' }),
];

const content = (entries: EntrySource[] = baseEntries): Content => ({
  config: siteConfigSchema.parse({}),
  taxonomy,
  duplicated: { people: new Set(), consents: new Set() },
  people,
  consents,
  entries,
  problems: [],
});
const site = (entries?: EntrySource[], audience = 'all-staff'): Site => buildSite(content(entries), { audience, today, base: '/' });
const topic = (s: Site, id: string) => siteRisk(s).topics.find((t) => t.id === id)!;

// --- Review cycles --------------------------------------------------------------------------------------

describe('calendar months', () => {
  it('keep the day, or clamp it to the end of a shorter month', () => {
    expect(addMonths('2025-05-23', 18)).toBe('2026-11-23');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
  });
  it('count whole months only', () => {
    expect(wholeMonthsBetween('2025-05-24', today)).toBe(17);
    expect(wholeMonthsBetween('2025-05-23', today)).toBe(18);
    expect(wholeMonthsBetween(today, '2020-01-01')).toBe(0);
  });
});

describe('an entry is due for review', () => {
  it('once it was last reviewed more than staleAfterMonths ago, not on the last day itself', () => {
    expect(reviewState({ reviewed: '2025-05-22' }, today, 18)).toMatchObject({ due: true, rule: 'age', dueOn: '2026-11-22' });
    expect(reviewState({ reviewed: '2025-05-23' }, today, 18)).toMatchObject({ due: false, rule: 'age', dueOn: today });
  });
  it('judges age from reviewed, else added, else the conversation date', () => {
    expect(reviewState({ reviewed: '2026-01-01', added: '2020-01-01' }, today, 18).due).toBe(false);
    expect(reviewState({ added: '2020-01-01', conversation: { date: '2026-01-01' } }, today, 18)).toMatchObject({ due: true, confirmed: { basis: 'added' } });
    expect(reviewState({ conversation: { date: '2025-01-01' } }, today, 18)).toMatchObject({
      due: true,
      confirmed: { basis: 'conversation', date: '2025-01-01' },
    });
    expect(reviewState({ conversation: { date: '2025-01-01' } }, today, 24).due).toBe(false);
  });
  it('when it has no date at all, since nobody ever confirmed it', () => {
    expect(reviewState({}, today, 18)).toEqual({ due: true, rule: 'undated' });
  });
  it('when its reviewBy day has passed, however recent the review', () => {
    expect(reviewState({ reviewed: '2026-11-01', reviewBy: '2026-11-22' }, today, 18)).toMatchObject({ due: true, rule: 'review-by', dueOn: '2026-11-22' });
    expect(reviewState({ reviewed: '2026-11-01', reviewBy: today }, today, 18).due).toBe(false);
  });
  it('and not while its reviewBy lies ahead: reviewBy overrides the age rule', () => {
    expect(reviewState({ reviewed: '2020-01-01', reviewBy: '2027-01-01' }, today, 18)).toMatchObject({ due: false, rule: 'review-by' });
  });
  it('and the site model marks it stale once, on PublishedEntry', () => {
    const s = site();
    expect(s.bySlug.get('safety-1')!.stale).toBe(true);
    expect(s.bySlug.get('pick-1')!.stale).toBe(false);
    const soon = site([entry('soon', { topics: ['ops'], mentor: 'dana', consent: 'dana-c', reviewBy: '2026-12-01' })]).bySlug.get('soon')!;
    expect(soon).toMatchObject({ stale: false, reviewBy: '2026-12-01' });
  });
});

describe('stewards', () => {
  const graph = topicGraph(taxonomy);
  it('a topic names its own steward', () => expect(stewardOf('ops/safety', graph)).toEqual({ steward: 'lee', from: 'ops/safety' }));
  it('else inherits the nearest broader one', () => expect(stewardOf('ops/warehouse/picking', graph)).toEqual({ steward: 'kim', from: 'ops' }));
  it('and may have none', () => {
    expect(stewardOf('sales/pricing', graph)).toBeUndefined();
    expect(stewardOf('no/such/topic', graph)).toBeUndefined();
  });
});

describe('who to ask about overdue entries', () => {
  const ctx = { people, graph: topicGraph(taxonomy), today, staleAfterMonths: 18 };
  const old = { reviewed: '2024-01-01' };
  const groups = reviewGroups(
    [
      entry('by-sam', { topics: ['sales/pricing'], mentor: 'sam', consent: 'sam-c', ...old }),
      entry('by-sam-fresh', { topics: ['sales/pricing'], mentor: 'sam', consent: 'sam-c' }),
      entry('gone-picking', { topics: ['ops/warehouse/picking', 'sales'], mentor: 'gone', consent: 'gone-c', ...old }),
      entry('gone-pricing', { topics: ['sales/pricing'], mentor: 'gone', consent: 'gone-c', ...old }),
      entry('gone-safety', { topics: ['ops/safety'], mentor: 'gone', consent: 'gone-c', ...old }),
    ],
    ctx,
  );
  const find = (slug: string) => groups.find((g) => g.entries.some((e) => e.slug === slug))!;

  it('the mentor, while they are still here; fresh entries are not listed', () => {
    expect(find('by-sam').ask).toEqual({ kind: 'mentor', person: 'sam', name: 'Sam Okafor', role: 'Sales lead' });
    expect(groups.flatMap((g) => g.entries.map((e) => e.slug))).not.toContain('by-sam-fresh');
  });
  it('the steward of the first topic, inherited, once the mentor has left', () => {
    const g = find('gone-picking');
    expect(g.ask).toMatchObject({ kind: 'steward', person: 'kim' });
    expect(g.entries[0]!.route).toContain('Gus Gone left on 2026-01-01');
    expect(g.entries[0]!.route).toContain('inherited from Operations');
  });
  it('nobody, with how to fix it, when the topic has no steward or the steward has left', () => {
    const none = find('gone-pricing');
    expect(none.ask).toEqual({ kind: 'nobody' });
    expect(none.entries.map((e) => e.slug).sort()).toEqual(['gone-pricing', 'gone-safety']);
    expect(none.entries.find((e) => e.slug === 'gone-pricing')!.route).toMatch(/no steward: set `steward:`.*content\/taxonomy\.yaml/);
    expect(none.entries.find((e) => e.slug === 'gone-safety')!.route).toContain('Lee Left, the steward of `ops/safety`, left on 2026-06-30');
    expect(groups.at(-1)!.ask.kind).toBe('nobody');
  });
  it('judges every published entry of any audience, but leaves out withdrawn consent', () => {
    const c = content([
      ...baseEntries,
      entry('leaders-only', { topics: ['sales'], mentor: 'sam', consent: 'sam-leaders', ...old }),
      entry('withdrawn', { topics: ['sales'], mentor: 'sam', consent: 'revoked-c', ...old }),
      entry('a-draft', { topics: ['sales'], mentor: 'sam', consent: 'sam-c', status: 'draft', ...old }),
    ]);
    const all = reviewScope(c, today);
    expect(all.candidates.map((e) => e.slug)).toContain('leaders-only');
    expect(all.candidates.map((e) => e.slug)).not.toContain('a-draft');
    expect(all.leftOut).toEqual([{ slug: 'withdrawn', file: 'content/entries/withdrawn.mdx', reason: 'consent revoked' }]);
    const staff = reviewScope(c, today, 'all-staff');
    expect(staff.candidates.map((e) => e.slug).sort()).toEqual(baseEntries.map((e) => e.slug).sort());
  });
});

// --- Knowledge at risk ----------------------------------------------------------------------------------

describe('knowledge at risk', () => {
  it('counts narrower topics in, and distinct mentors', () => {
    const s = site();
    expect(topic(s, 'ops')).toMatchObject({ entries: 4, atRisk: true });
    expect(topic(s, 'ops').mentors.map((m) => m.name)).toEqual(['Dana Whitfield']);
    expect(topic(s, 'sales')).toMatchObject({ entries: 2, atRisk: false });
    expect(topic(s, 'sales').mentors).toHaveLength(2);
  });
  it('flags a topic only when every mentor leaves within the horizon', () => {
    const s = site();
    expect(topic(s, 'ops/warehouse').atRisk).toBe(true); // Dana alone, leaving 2027-01-31
    expect(topic(s, 'sales/pricing').atRisk).toBe(false); // Sam stays
    // Dana leaves on 2027-01-31: still here at the end of a 2-month horizon, gone within 3 months.
    expect(siteRisk(s, 2).horizonEnd).toBe('2027-01-23');
    expect(siteRisk(s, 2).topics.find((t) => t.id === 'ops')!.atRisk).toBe(false);
    expect(siteRisk(s, 3).topics.find((t) => t.id === 'ops')!.atRisk).toBe(true);
  });
  it('lists topics with no entries, which are never "at risk"', () => {
    const t = topic(site(), 'eng/on-call');
    expect(t).toMatchObject({ entries: 0, atRisk: false, mentors: [] });
  });
  it('an unnamed mentor counts, and their leaving date feeds the at-risk flag', () => {
    const t = topic(site(), 'eng');
    expect(t).toMatchObject({ entries: 1, atRisk: true });
    expect(t.mentors).toEqual([{ key: '~1', named: false }]);
  });
  it('ranks leavers by the entries only they hold, then by who leaves first', () => {
    const others = [entry('sam-ops', { topics: ['ops/safety'], mentor: 'sam', consent: 'sam-c' })];
    const r = siteRisk(site([...baseEntries, ...others]));
    expect(r.leavers).toHaveLength(1); // Ana leaves too, but may not be named
    const [dana] = r.leavers;
    // pick-1, pick-2 (Picking is hers alone); price-2 via Warehouse; safety-1 now shares Safety with Sam.
    expect(dana).toMatchObject({ leaving: '2027-01-31', left: false, entries: 4, soleEntries: 3 });
    expect(dana!.soleTopics.map((t) => t.id)).toEqual(['ops/warehouse']);
  });
  it('the CLI may name everyone, and ranks them the same way', () => {
    const s = site();
    const c = content();
    const mentorOf = (slug: string): MentorRef => {
      const id = c.entries.find((e) => e.slug === slug)!.data.mentor;
      const p = people.get(id)!;
      return { key: id, named: true, name: p.name, role: p.role, leaving: p.leaving };
    };
    const r = assessRisk({ topics: s.topics, mentorOf, today, horizonMonths: 12 });
    expect(r.leavers.map((l) => [l.mentor.key, l.soleEntries])).toEqual([
      ['dana', 4],
      ['ana', 1],
    ]);
    expect(r.topics.find((t) => t.id === 'ops')!.lastLeaving).toBe('2027-01-31');
  });

  describe('confidentiality', () => {
    it('the site view says nothing about an unnamed mentor but that they exist', () => {
      const json = JSON.stringify(siteRisk(site()));
      for (const secret of ['Anaïs', 'Quillfeather', 'Principal Engineer', '"ana"', '2027-03-01']) expect(json).not.toContain(secret);
      expect(json).toContain('Dana Whitfield');
    });
    it('a person named in one entry and unnamed in another is counted apart, so no count ties the two', () => {
      const s = site([
        entry('oncall-a', { topics: ['eng/on-call'], mentor: 'ana', consent: 'ana-c' }),
        entry('oncall-b', { topics: ['eng/on-call'], mentor: 'ana', consent: 'ana-named' }),
      ]);
      const t = topic(s, 'eng/on-call');
      expect(t.mentors.map((m) => m.named)).toEqual([true, false]);
      expect(siteRisk(s).leavers.map((l) => [l.mentor.name, l.soleEntries])).toEqual([['Anaïs Quillfeather', 0]]);
    });
    const withheld: [string, EntrySource][] = [
      ['a leaders-only entry', entry('x', { topics: ['ops/warehouse', 'eng/on-call'], mentor: 'sam', consent: 'sam-leaders' })],
      ['a draft', entry('x', { topics: ['ops/warehouse', 'eng/on-call'], mentor: 'sam', consent: 'sam-c', status: 'draft' })],
      ['an entry under revoked consent', entry('x', { topics: ['ops/warehouse', 'eng/on-call'], mentor: 'sam', consent: 'revoked-c' })],
    ];
    for (const [what, extra] of withheld) {
      it(`${what} changes no figure`, () => {
        const before = site();
        const after = site([...baseEntries, extra]);
        expect(after.withheld.map((w) => w.slug)).toEqual(['x']);
        expect(siteRisk(after)).toEqual(siteRisk(before));
      });
    }
    it('while the same entry, once published, does change them (the comparison can fail)', () => {
      const after = site([...baseEntries, withheld[0]![1]], 'leaders');
      expect(topic(after, 'ops/warehouse')).toMatchObject({ entries: 4, atRisk: false });
    });
  });
});

describe('the chart', () => {
  const svg = barChartSvg(
    [
      { label: 'Operations', value: 4, atRisk: true, note: '1 mentor' },
      { label: 'Sales & <pricing>', value: 2, atRisk: false },
      { label: 'Engineering', value: 0, atRisk: false },
    ],
    { title: 'Entries per topic', desc: 'One bar per topic.', idPrefix: 't' },
  );
  it('is an image with a title and a description', () => {
    expect(svg).toMatch(/^<svg class="risk-chart" role="img" aria-labelledby="t-title t-desc"/);
    expect(svg).toContain('<title id="t-title">Entries per topic</title>');
    expect(svg).toContain('<desc id="t-desc">One bar per topic.</desc>');
  });
  it('draws one row per topic and a bar for each non-empty one, hatched only when at risk', () => {
    expect(svg.match(/class="chart-row/g)).toHaveLength(3);
    const bars = [...svg.matchAll(/<g class="chart-row[^"]*">.*?<\/g>/g)].map((m) => m[0]);
    expect(bars.map((b) => (b.match(/class="chart-bar/g) ?? []).length)).toEqual([1, 1, 0]);
    expect(bars[0]).toContain('fill="url(#t-hatch)"');
    expect(bars[1]).not.toContain('url(#t-hatch)');
    expect(bars[0]).toMatch(/width="340" height="16"/); // the longest bar spans the chart
    expect(bars[1]).toMatch(/chart-bar" x="0" y="\d+" width="170"/);
  });
  it('says "at risk" in words and escapes labels', () => {
    expect(svg).toContain('4 entries · 1 mentor · at risk');
    expect(svg).toContain('Sales &amp; &lt;pricing&gt;');
    expect(svg).toContain('0 entries');
  });
});

describe('the sample on 2026-11-23', () => {
  const sample = loadSite({ contentDir: resolve(import.meta.dirname, '../../content'), today, audience: 'all-staff' });
  it('has stale entries, one of them through reviewBy', () => {
    expect(sample.entries.filter((e) => e.stale).length).toBeGreaterThan(0);
    expect(sample.entries.some((e) => e.stale && e.reviewBy !== undefined)).toBe(true);
  });
  it('has a topic at risk and a named leaver', () => {
    const r = siteRisk(sample);
    expect(r.topics.some((t) => t.depth === 0 && t.atRisk)).toBe(true);
    expect(r.leavers.length).toBeGreaterThan(0);
  });
});
