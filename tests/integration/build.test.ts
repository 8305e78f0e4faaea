import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { facetGroups, facetValues, unpackFacets, type PackedFacets } from '../../src/lib/index/facets.ts';
import { tokenize } from '../../src/lib/ingest/tag/tokens.ts';
import { readContent } from '../../src/lib/read/index.ts';
import { siteRisk } from '../../src/lib/risk/site.ts';
import { loadSite, type Site } from '../../src/lib/site/index.ts';
import { buildSample, projectRoot, testDate } from '../support/build.ts';
import { occurrences, readOutput, words, type OutputFile } from '../support/output.ts';
import { launch } from '../support/browser.ts';
import { withSearch } from '../support/search.ts';
import { serve } from '../support/serve.ts';
import { xmlErrors } from '../support/xml.ts';

const contentDir = join(projectRoot, 'content');
const siteFor = (audience?: string, dir = contentDir): Site => loadSite({ contentDir: dir, audience, today: testDate });

/** Words the site's own templates, styles and scripts use, which any page may contain. */
const chrome = words(
  ['pages', 'layouts', 'components', 'styles', 'search', 'site.ts']
    .flatMap((d) => readOutput(join(projectRoot, 'src')).filter((f) => f.path.startsWith(d)))
    .map((f) => f.text)
    .join(' ') +
    readOutput(inject('defaultBuild'))
      .filter((f) => /^(_astro\/|pagefind\/[^/]+\.(js|css)$)/.test(f.path))
      .map((f) => f.text)
      .join(' '),
);

/**
 * Words that only a withheld entry uses: nothing published, nor the taxonomy, the settings or the site's
 * own code, contains them.
 */
function distinctiveWords(site: Site, slug: string): string[] {
  const entry = readContent(contentDir).entries.find((e) => e.slug === slug)!;
  const source = readFileSync(join(projectRoot, entry.file), 'utf8');
  const shared = words(
    [
      ...site.entries.map((e) => `${e.title} ${e.summary} ${e.text} ${e.appliesWhen ?? ''} ${e.notWhen ?? ''} ${e.attribution.label}`),
      readFileSync(join(contentDir, 'taxonomy.yaml'), 'utf8'),
      readFileSync(join(contentDir, 'site.yaml'), 'utf8'),
    ].join(' '),
  );
  return [...words(source.replace(/^---[\s\S]*?\n---/, ''))].filter((w) => !shared.has(w) && !chrome.has(w));
}

describe('the sample built for the default audience (all-staff)', () => {
  const dir = inject('defaultBuild');
  const site = siteFor();
  let files: OutputFile[];
  beforeAll(() => {
    files = readOutput(dir);
  });

  it('withholds exactly the sample entries that exercise each gate reason', () => {
    expect(Object.fromEntries(site.withheld.map((w) => [w.slug, w.reasons]))).toEqual({
      'how-we-are-playing-the-brindlecrest-renewal': ['audience-too-narrow'],
      'where-the-real-floor-sits-on-dedicated-lanes': ['audience-too-narrow'],
      'why-we-walked-away-from-frostmantle': ['consent-embargoed'],
      'the-tidewrack-spin-out-question': ['consent-embargoed'],
      'the-summer-we-rebuilt-the-budget-in-nine-days': ['consent-expired'],
      // Drafts a mentor or knowledge manager still has to sort out; the gate names every reason.
      'freeze-deploys-two-weeks-before-peak': ['draft', 'kind-not-consented'],
      'swap-supervisors-between-sites-for-a-week': ['draft', 'mentor-mismatch'],
      'what-the-drone-cycle-count-pilot-counted': ['draft'],
      'shadow-the-new-team-before-you-apply': ['draft'],
      'replace-one-on-ones-with-a-friday-sheet': ['retired'],
    });
    expect(site.entries.length).toBeGreaterThanOrEqual(20);
  });

  it('has a page for every published entry and none for a withheld one', () => {
    for (const e of site.entries) expect(existsSync(join(dir, 'entries', e.slug, 'index.html')), e.slug).toBe(true);
    for (const w of site.withheld) expect(existsSync(join(dir, 'entries', w.slug)), w.slug).toBe(false);
  });

  it('leaves no distinctive word of a withheld entry in any output file, search index included', () => {
    const pagefind = files.filter((f) => f.path.startsWith('pagefind/'));
    expect(pagefind.some((f) => f.text.includes('pagefind_dcd'))).toBe(true); // decompressed, not raw bytes
    let checked = 0;
    for (const w of site.withheld) {
      const distinctive = distinctiveWords(site, w.slug);
      expect(distinctive.length, `${w.slug} has words of its own to look for`).toBeGreaterThan(3);
      for (const word of distinctive) {
        expect(occurrences(files, word), `${word} from ${w.slug}`).toEqual([]);
        checked++;
      }
      expect(occurrences(files, w.slug), w.slug).toEqual([]);
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('does carry the distinctive words of published entries, so the check above can fail', () => {
    const e = site.entries[0]!;
    const own = [...words(e.text)].filter((w) => site.entries.every((o) => o === e || !o.text.toLowerCase().includes(w)));
    expect(own.length).toBeGreaterThan(0);
    const fragments = files.filter((f) => f.path.startsWith('pagefind/fragment/'));
    for (const word of own.slice(0, 5)) expect(occurrences(fragments, word).length, word).toBeGreaterThan(0);
  });

  it('never shows the name, role or people id of a mentor who consented to role or anonymous attribution', () => {
    const content = readContent(contentDir);
    // Everyone without a `named` consent, except stewards who agreed to be named as such (and mentor under
    // no other consent).
    const hidden = [...content.people].filter(([id, person]) => {
      const consents = [...content.consents.values()].filter((c) => c.person === id);
      return consents.every((c) => c.attribution !== 'named') && !(person.namedAsSteward && consents.length === 0);
    });
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const [id, person] of hidden) {
      const modes = new Set([...content.consents.values()].filter((c) => c.person === id).map((c) => c.attribution));
      const secrets = [person.name, ...person.name.split(/\s+/).filter((part) => part.length > 3), id];
      if (modes.has('anonymous') && !modes.has('role')) secrets.push(person.role);
      for (const secret of secrets) expect(occurrences(files, secret), secret).toEqual([]);
    }
  });

  it('shows the question an entry answers, when it records one', () => {
    const page = readFileSync(join(dir, 'entries', 'print-tomorrows-pick-lists-every-evening', 'index.html'), 'utf8');
    expect(page).toMatch(/<span class="asked-label">Asked:<\/span> <q>What would you change first after a night like that\?<\/q>/);
    // Its own `related` comes first among the related entries.
    expect(site.bySlug.get('print-tomorrows-pick-lists-every-evening')!.related[0]).toBe('the-near-miss-board');
    const aside = page.slice(page.indexOf('id="related-title"'));
    expect(aside.indexOf('/entries/the-near-miss-board/')).toBeGreaterThan(0);
  });

  it('gives every element of every page an id of its own, body headings included', () => {
    for (const f of files.filter((x) => x.path.endsWith('.html'))) {
      const ids = [...f.text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        f.path,
      ).toEqual([]);
    }
    const page = readFileSync(join(dir, 'entries', 'the-near-miss-board', 'index.html'), 'utf8');
    expect(page).toContain('<h3 id="the-three-rules-that-made-it-work">');
    expect(page).toContain('href="#the-three-rules-that-made-it-work"');
  });

  it('has a full icon set: an ICO of PNGs, a touch icon and the manifest’s icons, each the size it says', () => {
    // A PNG's width and height are at bytes 16–23, in its IHDR chunk.
    const pngSize = (b: Buffer) => (b.subarray(1, 4).toString() === 'PNG' ? [b.readUInt32BE(16), b.readUInt32BE(20)] : undefined);
    const ico = readFileSync(join(dir, 'favicon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => {
      const entry = 6 + 16 * i;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      expect(pngSize(png)).toEqual([ico[entry]!, ico[entry + 1]!]);
      return ico[entry];
    });
    expect(sizes).toEqual([16, 32, 48]);
    expect(pngSize(readFileSync(join(dir, 'apple-touch-icon.png')))).toEqual([180, 180]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string; sizes: string }[] };
    for (const icon of manifest.icons) {
      const [w] = icon.sizes.split('x').map(Number);
      expect(pngSize(readFileSync(join(dir, icon.src))), icon.src).toEqual([w, w]);
    }
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    for (const link of ['rel="icon" href="/favicon.ico"', 'rel="apple-touch-icon" href="/apple-touch-icon.png"', 'rel="manifest" href="/manifest.webmanifest"'])
      expect(home).toContain(link);
  });

  it('links each entry to the newer and older entries of its first topic, published ones only', () => {
    let linked = 0;
    for (const entry of site.entries) {
      const topic = entry.topics[0]!;
      const list = site.entries.filter((e) => e.topics.some((t) => t.id === topic.id));
      const at = list.indexOf(entry);
      const page = readFileSync(join(dir, 'entries', entry.slug, 'index.html'), 'utf8');
      const prev = /<a class="pager-previous" rel="prev" href="([^"]+)"/.exec(page)?.[1];
      const next = /<a class="pager-next" rel="next" href="([^"]+)"/.exec(page)?.[1];
      expect([prev, next], entry.slug).toEqual([list[at - 1]?.path, list[at + 1]?.path]);
      if (prev || next) linked++;
    }
    expect(linked).toBeGreaterThanOrEqual(4);
  });

  it('does not repeat the mentor on every card of their own page, and names them on cards elsewhere', () => {
    for (const mentor of site.mentors) {
      const page = readFileSync(join(dir, 'mentors', mentor.id, 'index.html'), 'utf8');
      const metas = [...page.matchAll(/<p class="card-meta"[^>]*>([^<]*)<\/p>/g)].map((m) => m[1]!);
      expect(metas.length, mentor.id).toBe(mentor.entries.length);
      for (const m of metas) expect(m, mentor.id).not.toContain(mentor.name);
    }
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(site.mentors.some((m) => home.includes(`<p class="card-meta"`) && home.includes(m.name))).toBe(true);
  });

  it('previews a link to an entry with its own title and summary and the site’s picture (Open Graph, Twitter)', async () => {
    const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    const meta = (page: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(page)?.[1];
    for (const entry of site.entries) {
      const page = readFileSync(join(dir, 'entries', entry.slug, 'index.html'), 'utf8');
      expect(meta(page, 'og:type'), entry.slug).toBe('article');
      expect(meta(page, 'og:title'), entry.slug).toBe(attr(entry.title));
      expect(meta(page, 'og:description'), entry.slug).toBe(attr(entry.summary));
      expect(meta(page, 'og:url'), entry.slug).toBe(`http://localhost:4321${entry.path}`);
      expect(meta(page, 'twitter:card'), entry.slug).toBe('summary_large_image');
      expect(meta(page, 'og:image'), entry.slug).toBe('http://localhost:4321/social.png');
    }
    // The picture is there, and the size the page says it is.
    const home0 = readFileSync(join(dir, 'index.html'), 'utf8');
    const image = await sharp(join(dir, 'social.png')).metadata();
    expect([image.format, image.width, image.height]).toEqual(['png', Number(meta(home0, 'og:image:width')), Number(meta(home0, 'og:image:height'))]);
    expect([image.width, image.height]).toEqual([1200, 630]);
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(meta(home, 'og:type')).toBe('website');
    expect(meta(home, 'og:description')).toBe(attr(site.config.description));
  });

  it('shows role-attributed entries with the role only, and anonymous ones with neither', () => {
    const role = site.entries.find((e) => e.attribution.mode === 'role')!;
    const anon = site.entries.find((e) => e.attribution.mode === 'anonymous')!;
    const rolePage = readFileSync(join(dir, 'entries', role.slug, 'index.html'), 'utf8');
    expect(rolePage).toContain(role.attribution.label);
    expect(readFileSync(join(dir, 'entries', anon.slug, 'index.html'), 'utf8')).toContain('A mentor');
  });

  it('finds published entries through the Pagefind index, with filters and through a synonym', async () => {
    await withSearch(dir, async (search) => {
      const all = await search(null, { kind: ['Story', 'Advice', 'Insight'] });
      expect(all).toHaveLength(site.entries.length);

      const pricing = site.entries.find((e) => e.topics.some((t) => t.id === 'sales/negotiation/pricing'))!;
      expect((await search(pricing.title.split(' ').slice(0, 4).join(' '))).map((h) => h.url)).toContain(pricing.path);

      // Hierarchy: filtering on the top concept finds entries tagged only with a grandchild.
      const sales = await search(null, { topic: ['Sales and negotiation'] });
      expect(sales.map((h) => h.url)).toContain(pricing.path);
      expect(sales).toHaveLength(site.topics.find((t) => t.id === 'sales')!.allEntries.length);

      // Values within a group are ORed; groups are ANDed.
      const stories = site.entries.filter((e) => e.kind === 'story');
      const insights = site.entries.filter((e) => e.kind === 'insight');
      expect(await search(null, { kind: ['Story', 'Insight'] })).toHaveLength(stories.length + insights.length);
      const salesStories = stories.filter((e) => e.topicsWithAncestors.some((t) => t.id === 'sales'));
      expect((await search(null, { kind: ['Story'], topic: ['Sales and negotiation'] })).map((h) => h.url).sort()).toEqual(
        salesStories.map((e) => e.path).sort(),
      );

      // A synonym (altLabel) that the entry text never uses still finds it.
      const haggling = await search('haggling');
      expect(haggling.length).toBeGreaterThan(0);
      for (const hit of haggling) {
        const e = site.entries.find((x) => x.path === hit.url)!;
        expect(`${e.title} ${e.text}`.toLowerCase()).not.toContain('haggling');
        expect(e.topicsWithAncestors.some((t) => t.id.startsWith('sales/negotiation'))).toBe(true);
      }

      // Each result carries its summary, and attribution follows consent in the index too.
      const anon = site.entries.find((e) => e.attribution.mode === 'anonymous')!;
      const hit = (await search(anon.title)).find((h) => h.url === anon.path)!;
      expect(hit.meta).toMatchObject({ title: anon.title, summary: anon.summary, attribution: 'A mentor' });

      // Mentor filter: named mentors only.
      const mentorFilter = await search(null, { mentor: site.mentors.map((m) => m.name) });
      expect(mentorFilter).toHaveLength(site.entries.filter((e) => e.attribution.mode === 'named').length);

      // The table the search page filters and counts with: one row per published entry, by Pagefind's
      // page id, each row the entry's own values; Pagefind's filters agree with it.
      const table = unpackFacets(JSON.parse(readFileSync(join(dir, 'pagefind/facets.json'), 'utf8')) as PackedFacets);
      expect(Object.keys(table.pages)).toHaveLength(site.entries.length);
      for (const [id, row] of Object.entries(table.pages)) {
        // Pagefind's id names the page's fragment, which holds its URL: the row must be that entry's.
        const fragment = gunzipSync(readFileSync(join(dir, 'pagefind/fragment', `${id}.pf_fragment`))).toString('utf8');
        const { url } = JSON.parse(fragment.slice(fragment.indexOf('{'))) as { url: string };
        const entry = site.entries.find((e) => e.path === url)!;
        const sorted = (values: Record<string, string[]>) => Object.fromEntries(Object.entries(values).map(([g, v]) => [g, [...v].sort()]));
        expect(sorted(Object.fromEntries(facetGroups.map((g, i) => [g, row[i]!.map((v) => table.values[g][v]!)]))), url).toEqual(sorted(facetValues(entry)));
      }
      // Filtering with the table gives what Pagefind's own filters give.
      const ids = (await search(null)).map((h) => h.url);
      expect(ids).toHaveLength(site.entries.length);
      const advice = (await search(null, { kind: ['Advice'] })).length;
      expect(Object.values(table.pages).filter((row) => row[0]!.includes(table.values.kind.indexOf('Advice')))).toHaveLength(advice);
    });
  });

  it('ranks entries whose title or own topics name the query above those that only mention it, and marks the matched words', async () => {
    // What an entry says it is about: its title, its own topics and their synonyms (not the topics above).
    const about = (path: string) => {
      const e = site.entries.find((x) => x.path === path)!;
      const own = e.topics.flatMap((t) => [t.label, ...site.topics.find((p) => p.id === t.id)!.altLabels]);
      return new Set(tokenize([e.title, ...own].join(' ')).map((t) => t.stem));
    };
    const queries = [
      'pricing',
      'new manager',
      'negotiation',
      'board',
      'feedback',
      'peak season',
      'hiring',
      'incidents',
      'delegation',
      'warehouse',
      'renewal',
      'career change',
    ];
    await withSearch(dir, async (search) => {
      for (const q of queries) {
        const stems = tokenize(q).map((t) => t.stem);
        const hits = await search(q);
        const names = hits.map((h) => stems.every((s) => about(h.url).has(s)));
        expect(names[0], `the first result for “${q}” is about it`).toBe(true);
        const firstOther = names.indexOf(false);
        if (firstOther >= 0) expect(names.slice(firstOther), `results for “${q}” that name it come first`).not.toContain(true);
        // An entry that matched in its body shows the words that matched, marked; the page holds nothing else.
        for (const hit of hits.filter((h) => h.excerpt.includes('<mark>'))) {
          const e = site.entries.find((x) => x.path === hit.url)!;
          const plain = hit.excerpt
            .replace(/<\/?mark>/g, '')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>');
          expect(e.text.replace(/\s+/g, ' ')).toContain(plain.replace(/^…|…$/g, '').trim().split(' ').slice(0, 6).join(' '));
        }
      }
      // The hidden field of synonyms and broader topics is searched, never shown as the excerpt.
      const hit = (await search('haggling'))[0]!;
      expect(hit.excerpt).not.toMatch(/haggling|bargaining/i);
    });
  });

  it('shows the collections a topic is part of, and offers those marked `facet` as a search filter', () => {
    const taxonomy = readContent(contentDir).taxonomy;
    const listed = taxonomy.collections.filter((c) => c.members.includes('sales/negotiation'));
    expect(listed.length).toBeGreaterThan(0);
    const page = readFileSync(join(dir, 'topics/sales/negotiation/index.html'), 'utf8');
    expect(page).toMatch(new RegExp(`<dt>Part of</dt><dd>${listed.map((c) => c.label).join(', ')}</dd>`));
    // A facet collection holds an entry through any of its topics or the topics above them.
    const facet = taxonomy.collections.find((c) => c.facet && c.members.includes('sales/negotiation'))!;
    const pricing = site.entries.find((e) => e.topics.some((t) => t.id === 'sales/negotiation/pricing'))!;
    expect(pricing.collections).toContain(facet.label);
    const search = readFileSync(join(dir, 'search/index.html'), 'utf8');
    expect(search).toContain(`name="collection" value="${facet.label}"`);
    // One that is not a facet is no filter.
    const plain = taxonomy.collections.find((c) => !c.facet)!;
    expect(search).not.toContain(`value="${plain.label}"`);
    const table = JSON.parse(readFileSync(join(dir, 'pagefind/facets.json'), 'utf8')) as PackedFacets;
    expect(table.values.collection).toContain(facet.label);
    expect(table.values.collection).not.toContain(plain.label);
  });

  it('has an interview plan for each named mentor about to leave, linked from the at-risk page', () => {
    const leavers = siteRisk(site).leavers;
    expect(leavers.length).toBeGreaterThan(0);
    const atRisk = readFileSync(join(dir, 'at-risk/index.html'), 'utf8');
    for (const l of leavers) {
      expect(atRisk).toContain(`href="/at-risk/plans/${l.mentor.key}/"`);
      const plan = readFileSync(join(dir, 'at-risk/plans', l.mentor.key, 'index.html'), 'utf8');
      expect(plan).toContain(`Interview plan: ${l.mentor.name}`);
      // Every topic they have an entry on is in it, with questions to ask.
      const own = site.topics.filter((t) => t.entries.some((e) => site.holders.get(e.slug)?.key === l.mentor.key));
      expect(own.length).toBeGreaterThan(0);
      for (const t of own) expect(plan).toContain(`href="${t.path}">${t.label}</a>`);
      expect(plan).toMatch(/<h3>Ask<\/h3>\s*<ol class="plan-questions"><li>/);
    }
  });

  it('plays a recording only where consent allows it, carries only those files, and never names a withheld one', () => {
    const raw = readContent(contentDir).entries;
    const withRecording = raw.filter((e) => e.data.conversation?.recording);
    const playable = site.entries.filter((e) => e.recording);
    // The sample has one of each: consented, and recorded without consent to play it.
    expect(playable.map((e) => e.slug)).toEqual(['the-near-miss-board']);
    const hidden = withRecording.filter((e) => !playable.some((p) => p.slug === e.slug));
    expect(hidden.length).toBeGreaterThan(0);
    for (const e of hidden) expect(occurrences(files, e.data.conversation!.recording!.src), e.slug).toEqual([]);
    // Exactly the playable files, nothing else from content/recordings/.
    expect(readdirSync(join(dir, 'recordings')).sort()).toEqual(playable.flatMap((e) => e.recording!.files.map((f) => f.replace('recordings/', ''))).sort());
    const page = readFileSync(join(dir, 'entries/the-near-miss-board/index.html'), 'utf8');
    expect(page).toContain('<audio id="recording" controls preload="none" src="/recordings/2025-02-24-szymborska-pike-excerpt.wav">');
    for (const e of site.entries.filter((x) => !x.recording))
      expect(readFileSync(join(dir, 'entries', e.slug, 'index.html'), 'utf8')).not.toContain('id="recording"');
  });

  it('derives feed and sitemap from the same list', () => {
    const feed = readFileSync(join(dir, 'feed.xml'), 'utf8');
    const sitemap = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
    expect(feed.match(/<entry>/g)).toHaveLength(site.entries.length);
    for (const e of site.entries) expect(sitemap).toContain(`${e.path}</loc>`);
    for (const w of site.withheld) expect(sitemap + feed).not.toContain(w.slug);
    expect(xmlErrors(feed)).toEqual([]);
    expect(xmlErrors(sitemap)).toEqual([]);
  });
});

describe('other audiences and withdrawn consent', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'tacit-variants-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('TACIT_AUDIENCE=leaders includes the leaders-only entries; the default build has no trace of them', async () => {
    const out = join(work, 'leaders');
    const log = buildSample({ outDir: out, audience: 'leaders' });
    expect(log).toMatch(/\d+ published, \d+ withheld .* for audience `leaders`/);
    const leadersOnly = siteFor()
      .withheld.filter((w) => w.reasons.includes('audience-too-narrow'))
      .map((w) => w.slug);
    expect(leadersOnly.length).toBe(2);
    for (const slug of leadersOnly) expect(existsSync(join(out, 'entries', slug, 'index.html'))).toBe(true);
    const leaders = siteFor('leaders');
    const target = leaders.bySlug.get(leadersOnly[0]!)!;
    await withSearch(out, async (search) => {
      expect((await search(target.title)).map((h) => h.url)).toContain(target.path);
    });
    // The default build (checked word by word above) has none of them.
    const defaults = readOutput(inject('defaultBuild'));
    for (const slug of leadersOnly) expect(occurrences(defaults, slug)).toEqual([]);
    for (const word of distinctiveWords(siteFor(), leadersOnly[0]!)) expect(occurrences(defaults, word)).toEqual([]);
    // A recording without consent to play it is not in this edition either.
    const hiddenRecordings = readContent(contentDir)
      .entries.map((e) => e.data.conversation?.recording?.src)
      .filter((src) => src?.startsWith('https://'));
    expect(hiddenRecordings.length).toBeGreaterThan(0);
    const leadersFiles = readOutput(out);
    for (const src of hiddenRecordings) expect(occurrences(leadersFiles, src!)).toEqual([]);
  });

  it('the public edition has no "Knowledge at risk" page, nor any link to it; narrower editions have it in the navigation', async () => {
    const out = join(work, 'public');
    buildSample({ outDir: out, audience: 'public' });
    expect(existsSync(join(out, 'at-risk'))).toBe(false);
    const pages = readOutput(out).filter((f) => f.path.endsWith('.html') || f.path.endsWith('.xml'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(page.text, page.path).not.toContain('/at-risk/');
    // Leaving dates are on the at-risk page and its interview plans, nowhere else (in the all-staff edition,
    // which has them), so an edition without those pages has none.
    const leavers = siteRisk(siteFor()).leavers;
    expect(leavers.length).toBeGreaterThan(0);
    const allStaff = readOutput(inject('defaultBuild'));
    for (const l of leavers) {
      const where = occurrences(allStaff, l.leaving).map((o) => o.split(':')[0]!);
      expect(where, l.leaving).toContain('at-risk/index.html');
      expect(
        where.filter((f) => !f.startsWith('at-risk/')),
        l.leaving,
      ).toEqual([]);
    }
    const home = readFileSync(join(inject('defaultBuild'), 'index.html'), 'utf8');
    expect(home).toMatch(/<nav[^>]*>.*<a href="\/at-risk\/">At risk<\/a>.*<\/nav>/s);
    // In a browser: the interview plan a staff member can open is not there for the public.
    const plan = `/at-risk/plans/${leavers[0]!.mentor.key}/`;
    for (const [edition, status] of [
      [inject('defaultBuild'), 200],
      [out, 404],
    ] as const) {
      const server = await serve(edition);
      const browser = await launch();
      try {
        const response = await (await browser.newPage()).goto(`${server.url}${plan}`);
        expect(response?.status(), `${edition} ${plan}`).toBe(status);
      } finally {
        await browser.close();
        await server.close();
      }
    }
  });

  it('captions a recording where a caption file exists, and copies it with the recording', () => {
    // Written here, in a copy: transcripts of conversations are never kept in the repository.
    const content = join(work, 'content-captions');
    cpSync(contentDir, content, { recursive: true });
    const captions = 'recordings/2025-02-24-szymborska-pike-excerpt.vtt';
    writeFileSync(join(content, captions), 'WEBVTT\n\n00:10.000 --> 00:15.000\nPeople will tell a whiteboard things.\n');
    const entryFile = join(content, 'entries/operations/the-near-miss-board.mdx');
    writeFileSync(entryFile, readFileSync(entryFile, 'utf8').replace('    starts: "00:30:30"', `    starts: "00:30:30"\n    captions: ${captions}`));
    const out = join(work, 'captions');
    buildSample({ outDir: out, contentDir: content });
    const page = readFileSync(join(out, 'entries/the-near-miss-board/index.html'), 'utf8');
    expect(page).toContain(`<track kind="captions" src="/${captions}" srclang="en" label="Captions" default>`);
    expect(readFileSync(join(out, captions), 'utf8')).toContain('People will tell a whiteboard');
  });

  it('`npm run consent -- revoke` then build: nothing of that consent is left, and its tombstone holds no name, role or text', () => {
    const content = join(work, 'content-revoke-cli');
    cpSync(contentDir, content, { recursive: true });
    const before = siteFor(undefined, contentDir).entries.filter(
      (e) => e.attribution.mode === 'named' && e.attribution.personId === 'marguerite-okonkwo-halloran',
    );
    expect(before.length).toBeGreaterThan(0);
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/consent.ts'), 'revoke', 'marguerite-okonkwo-halloran-2025', '--yes'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, TACIT_CONTENT_DIR: content, TACIT_BUILD_DATE: testDate },
    });
    expect(run.status, run.stderr).toBe(0);
    for (const e of before) expect(run.stdout).toContain(e.path);
    const tombstones = readOutput(join(content, 'tombstones'));
    const person = readContent(contentDir).people.get('marguerite-okonkwo-halloran')!;
    for (const secret of [
      person.name,
      ...person.name.split(/[\s-]+/).filter((w) => w.length > 3),
      person.role,
      ...before.map((e) => e.title),
      ...before.map((e) => e.slug),
    ]) {
      expect(occurrences(tombstones, secret), secret).toEqual([]);
    }
    const out = join(work, 'revoke-cli');
    buildSample({ outDir: out, contentDir: content });
    const files = readOutput(out);
    for (const e of before) {
      expect(occurrences(files, e.slug)).toEqual([]);
      expect(occurrences(files, e.title)).toEqual([]);
    }
    expect(occurrences(files, person.name)).toEqual([]);
  });

  it('setting `revoked:` and rebuilding into the same folder removes every trace of that consent', () => {
    const content = join(work, 'content');
    cpSync(contentDir, content, { recursive: true });
    const consentFile = join(content, 'consent', 'henrietta-szymborska-pike-2025.yaml');
    writeFileSync(consentFile, `${readFileSync(consentFile, 'utf8').trimEnd()}\nrevoked: 2026-11-20\n`);
    const before = siteFor(undefined, contentDir);
    const gone = before.entries.filter((e) => e.attribution.mode === 'named' && e.attribution.personId === 'henrietta-szymborska-pike');
    expect(gone.length).toBeGreaterThan(0);

    // Start from a full earlier build in the same folder: nothing of it may survive.
    const out = join(work, 'revoked');
    cpSync(inject('defaultBuild'), out, { recursive: true });
    const log = buildSample({ outDir: out, contentDir: content });
    expect(log).toMatch(/consent revoked \d/);
    // The earlier build was moved aside and deleted during this one: no copy of it is left beside the folder.
    expect(readdirSync(work).filter((name) => name.startsWith('.tacit-old-'))).toEqual([]);
    const files = readOutput(out);
    for (const e of gone) {
      expect(existsSync(join(out, 'entries', e.slug))).toBe(false);
      expect(occurrences(files, e.slug)).toEqual([]);
      expect(occurrences(files, e.title)).toEqual([]);
      expect(occurrences(files, e.summary)).toEqual([]);
    }
    expect(occurrences(files, 'Henrietta Szymborska-Pike')).toEqual([]);
    // A published entry by another mentor links to one of the gone entries; the link is now plain text.
    expect(gone.map((e) => e.slug)).toContain('the-near-miss-board');
    expect(readFileSync(join(out, 'entries', 'give-feedback-within-48-hours', 'index.html'), 'utf8')).toContain('<span>near-miss board</span>');
    expect(existsSync(join(out, 'mentors', 'henrietta-szymborska-pike'))).toBe(false);
    // Her recording, which the earlier build carried, is gone with the player and every address of it.
    expect(existsSync(join(inject('defaultBuild'), 'recordings', '2025-02-24-szymborska-pike-excerpt.wav'))).toBe(true);
    expect(existsSync(join(out, 'recordings'))).toBe(false);
    expect(occurrences(files, 'szymborska-pike-excerpt')).toEqual([]);
  });

  it('an entry per way of naming a hidden mentor is withheld, and no output byte names them; other holes stay shut', () => {
    const content = join(work, 'content-leaks');
    cpSync(contentDir, content, { recursive: true });
    const fixtures = join(projectRoot, 'tests/fixtures/attribution-leak');
    mkdirSync(join(content, 'entries', 'planted'));
    const planted: string[] = [];
    for (const name of readdirSync(fixtures).filter((n) => !n.includes('.'))) {
      const file = readdirSync(join(fixtures, name)).find((f) => f.endsWith('.mdx'))!;
      const slug = name === 'slug' ? file.replace(/\.mdx$/, '') : `planted-${name}`;
      cpSync(join(fixtures, name, file), join(content, 'entries', 'planted', `${slug}.mdx`));
      if (name !== 'clean') planted.push(slug);
    }
    // A control character in a title, an image under a withheld entry's path, a reference link to it, and a
    // tracking pixel, all in a published entry.
    const host = join(content, 'entries/sales/never-discount-without-a-trade.mdx');
    const withheldSlug = 'why-we-walked-away-from-frostmantle';
    writeFileSync(
      host,
      readFileSync(host, 'utf8')
        .replace(/^title: (.*)$/m, 'title: "$1 \\x0B today"')
        .trimEnd() +
        `\n\n![the board](/entries/${withheldSlug}/photo.png) and [the story][w] ![pixel](https://tracker.example/p.gif)\n\n[w]: /entries/${withheldSlug}/\n`,
    );

    const out = join(work, 'leaks');
    const log = buildSample({ outDir: out, contentDir: content });
    expect(log).toContain(`names a mentor who is not to be named ${planted.length}`);
    const leaks = loadSite({ contentDir: content, today: testDate });
    for (const slug of planted) expect(leaks.withheld.find((w) => w.slug === slug)?.reasons, slug).toEqual(['attribution-leak']);
    expect(leaks.bySlug.has('planted-clean')).toBe(true);

    const files = readOutput(out);
    const people = readContent(contentDir).people;
    const priyanka = people.get('priyanka-vellacott-ruiz')!;
    const teodoro = people.get('teodoro-brannigan-szabo')!;
    const secrets = [
      priyanka.name,
      'Priyanka',
      'Vellacott',
      'Ruiz',
      'priyanka-vellacott-ruiz',
      priyanka.role,
      'Load Matching Platform',
      teodoro.name,
      'Teodoro',
      'Brannigan',
      'Szabo',
      'teodoro-brannigan-szabo',
      ...planted,
    ];
    expect(files.some((f) => f.path.startsWith('pagefind/') && f.text.includes('pagefind_dcd'))).toBe(true); // decompressed
    for (const secret of secrets) expect(occurrences(files, secret), secret).toEqual([]);
    // The control: the clean entry by the same mentor is there, in the page and the index.
    expect(occurrences(files, 'Priya').length).toBeGreaterThan(0);

    expect(occurrences(files, withheldSlug)).toEqual([]);
    expect(occurrences(files, 'tracker.example')).toEqual([]);
    const page = readFileSync(join(out, 'entries/never-discount-without-a-trade/index.html'), 'utf8');
    expect(page).toContain('<span>the board</span>');
    expect(page).toContain('<span>pixel</span>');
    for (const f of files.filter((x) => /\.(html|xml)$/.test(x.path))) expect(f.text, f.path).not.toContain('\u000b');
    expect(xmlErrors(readFileSync(join(out, 'feed.xml'), 'utf8'))).toEqual([]);
    expect(xmlErrors(readFileSync(join(out, 'sitemap.xml'), 'utf8'))).toEqual([]);

    // `npm run status` names the reason.
    const status = spawnSync(process.execPath, [join(projectRoot, 'scripts/status.ts')], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, TACIT_CONTENT_DIR: content, TACIT_BUILD_DATE: testDate, TACIT_CACHE: 'off' },
    });
    expect(status.stdout).toMatch(/planted-applies-when\.mdx\s+names a mentor who is not to be named \(attribution-leak\)/);
  });
});
