import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../src/lib/index/shards.ts';
import { loadSite, type PublishedEntry } from '../../src/lib/site/index.ts';
import { launch } from '../support/browser.ts';
import { buildSample, projectRoot, testDate } from '../support/build.ts';
import { runScript } from '../support/cli.ts';
import { occurrences, readOutput } from '../support/output.ts';
import { withSearch } from '../support/search.ts';
import { serve } from '../support/serve.ts';

const shards = 3;
const sentenceOf = (e: PublishedEntry) => e.text.split(/(?<=[.!?])\s+/).find((s) => s.length > 60)!;
/** The URLs each part of the index holds, from its fragments. */
const partsOf = (out: string) =>
  Array.from({ length: shards }, (_, n) => join(out, 'pagefind', `shard-${n}`, 'fragment')).map((dir) =>
    existsSync(dir) ? readOutput(dir).map((f) => (JSON.parse(f.text.slice(f.text.indexOf('{'))) as { url: string }).url) : [],
  );

describe(`a search index split into ${shards} parts (searchShards)`, () => {
  let work: string;
  let content: string;
  let cacheDir: string;
  let out: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'tacit-shards-'));
    content = join(work, 'content');
    cacheDir = join(work, 'cache');
    out = join(work, 'dist');
    cpSync(join(projectRoot, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'site.yaml'), `${readFileSync(join(content, 'site.yaml'), 'utf8')}\nsearchShards: ${shards}\n`);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('puts each entry in the part its URL hashes to, re-indexes only the part an edit touches, and drops withdrawn entries from every part and the cache', async () => {
    expect(buildSample({ outDir: out, contentDir: content, cacheDir })).toMatch(new RegExp(`search index: 22 entries in ${shards} parts, ready`));
    const site = loadSite({ contentDir: content, today: testDate });
    const parts = partsOf(out);
    expect(parts).toHaveLength(shards);
    for (const [n, urls] of parts.entries()) {
      expect(urls.length, `part ${n}`).toBeGreaterThan(0);
      for (const url of urls) expect(shardOf(url, shards), url).toBe(n);
    }
    expect(parts.flat().sort()).toEqual(site.entries.map((e) => e.path).sort());

    // Search and filters over the merged parts, as the search page runs them.
    await withSearch(out, async (search) => {
      const everything = await search(null);
      expect(everything.map((h) => h.url).sort()).toEqual(site.entries.map((e) => e.path).sort());
      const stories = await search(null, { kind: ['Story'] });
      expect(stories.length).toBe(site.entries.filter((e) => e.kind === 'story').length);
    });

    // One entry's body edited: only its part is indexed again.
    const edited = site.entries[0]!;
    const file = join(
      content,
      'entries',
      readdirSync(join(content, 'entries'), { recursive: true })
        .map(String)
        .find((p) => p.endsWith(`${edited.slug}.mdx`))!,
    );
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\s*$/, '\n\nThe quartermaster keeps a ledger of borrowed lanterns.\n'));
    const rebuilt = buildSample({ outDir: out, contentDir: content, cacheDir });
    expect(rebuilt).toMatch(new RegExp(`\\(${shards - 1} of the parts copied from the cache`));
    const part = shardOf(edited.path, shards);
    expect(occurrences(readOutput(join(out, 'pagefind', `shard-${part}`)), 'borrowed lanterns')).not.toEqual([]);

    // A consent revoked: its entries leave every part of the site's index and of the cache in that build.
    const revoked = site.entries.filter((e) => e.attribution.mode === 'named' && e.attribution.personId === 'henrietta-szymborska-pike');
    expect(revoked.length).toBeGreaterThan(0);
    expect(occurrences(readOutput(cacheDir), sentenceOf(revoked[0]!))).not.toEqual([]);
    const consent = join(content, 'consent', 'henrietta-szymborska-pike-2025.yaml');
    writeFileSync(consent, `${readFileSync(consent, 'utf8').replace(/\s*$/, '')}\nrevoked: 2026-11-20\n`);
    buildSample({ outDir: out, contentDir: content, cacheDir });
    const [files, cache] = [readOutput(join(out, 'pagefind')), readOutput(cacheDir)];
    for (const e of revoked) {
      expect(parts.flat()).toContain(e.path);
      expect(partsOf(out).flat()).not.toContain(e.path);
      for (const trace of [e.title, e.summary, sentenceOf(e)]) {
        expect(occurrences(files, trace), `${e.slug} in the index`).toEqual([]);
        expect(occurrences(cache, trace), `${e.slug} in the cache`).toEqual([]);
      }
    }
    // The cache holds this build's parts and nothing else.
    const indexDir = join(cacheDir, readdirSync(cacheDir).find((n) => n.startsWith('index-'))!);
    expect(readdirSync(indexDir).filter((n) => n !== 'salts.json')).toHaveLength(shards);
  });

  it('the search page merges the parts: filtering with no term lists the entries of every part, newest first', async () => {
    expect(existsSync(join(out, 'pagefind', 'shard-1', 'pagefind-entry.json'))).toBe(true);
    const site = loadSite({ contentDir: content, today: testDate });
    const server = await serve(out);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/search/?kind=Advice`);
      const advice = site.entries.filter((e) => e.kind === 'advice');
      expect(new Set(advice.map((e) => shardOf(e.path, shards))).size).toBeGreaterThan(1);
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length === n, Math.min(advice.length, 10));
      const shown = await page
        .locator('#search-results .card-title a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const newest = [...advice].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
      expect(shown.map((p) => newest.findIndex((e) => e.path === p))).toEqual(shown.map((_, i) => i));
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('parts indexed in separate processes, each into its own cache as CI jobs would, make one build that indexes nothing', async () => {
    const jobs = Array.from({ length: shards }, (_, n) => join(work, `job-${n}`));
    const env = (cache: string) => ({ TACIT_BUILD_DATE: testDate, TACIT_CONTENT_DIR: content, TACIT_CACHE_DIR: cache, TACIT_CACHE: '' });
    for (const [n, cache] of jobs.entries()) {
      const run = runScript('index-part', [String(n), '--json'], env(cache));
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ part: n, shards, indexed: true });
    }
    // The final job: every job's index folder brought into one cache, then one build.
    const merged = join(work, 'merged');
    for (const cache of jobs)
      for (const name of readdirSync(cache).filter((n) => n.startsWith('index-'))) cpSync(join(cache, name), join(merged, name), { recursive: true });
    const final = join(work, 'final');
    expect(buildSample({ outDir: final, contentDir: content, cacheDir: merged })).toMatch(
      new RegExp(`search index: \\d+ entries in ${shards} parts, ready \\d+ ms after the pages \\(copied from the cache`),
    );
    const site = loadSite({ contentDir: content, today: testDate });
    expect(partsOf(final).flat().sort()).toEqual(site.entries.map((e) => e.path).sort());
    await withSearch(final, async (search) => expect((await search(null)).length).toBe(site.entries.length));

    const wrong = runScript('index-part', [String(shards)], env(jobs[0]!));
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain(`this site's index has ${shards} parts (searchShards in content/site.yaml), numbered 0 to ${shards - 1}`);
  });

  it('writes no part that no entry hashes to, and the page merges only the parts written', async () => {
    const many = join(work, 'many');
    cpSync(content, many, { recursive: true });
    writeFileSync(join(many, 'site.yaml'), readFileSync(join(content, 'site.yaml'), 'utf8').replace(/searchShards: \d+/, 'searchShards: 32'));
    const dist = join(work, 'many-dist');
    buildSample({ outDir: dist, contentDir: many });
    const site = loadSite({ contentDir: many, today: testDate });
    const written = readdirSync(join(dist, 'pagefind')).filter((n) => /^shard-\d+$/.test(n));
    expect(written.length).toBeGreaterThan(1);
    expect(written.length).toBeLessThan(32);
    expect(written.map((n) => Number(n.slice(6))).sort((a, b) => a - b)).toEqual(
      [...new Set(site.entries.map((e) => shardOf(e.path, 32)))].sort((a, b) => a - b),
    );
    await withSearch(dist, async (search) => expect((await search(null)).length).toBe(site.entries.length));
    const html = readFileSync(join(dist, 'search', 'index.html'), 'utf8');
    const merged = /data-merge="([^"]*)"/.exec(html)?.[1]?.split(' ') ?? [];
    expect(merged).toHaveLength(written.length - 1);
  });

  it('with nothing published, still writes the first part, which the search page loads', () => {
    const none = join(work, 'none');
    cpSync(content, none, { recursive: true });
    for (const file of readdirSync(join(none, 'entries'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mdx'))) {
      const path = join(none, 'entries', file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^status: published$/m, 'status: draft'));
    }
    const dist = join(work, 'none-dist');
    expect(buildSample({ outDir: dist, contentDir: none })).toMatch(/search index: 0 entries in 3 parts/);
    expect(readdirSync(join(dist, 'pagefind')).filter((n) => n.startsWith('shard-'))).toEqual(['shard-0']);
    expect(readFileSync(join(dist, 'search', 'index.html'), 'utf8')).toContain('data-pagefind="/pagefind/shard-0/"');
  });
});
