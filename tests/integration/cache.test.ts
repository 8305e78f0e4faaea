import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type PublishedEntry } from '../../src/lib/site/index.ts';
import { buildSample, projectRoot, testDate } from '../support/build.ts';
import { occurrences, readOutput, type OutputFile } from '../support/output.ts';

const sample = join(projectRoot, 'content');

/** A sentence of an entry's rendered body, long enough to be unique to it. */
const sentenceOf = (e: PublishedEntry) => e.text.split(/(?<=[.!?])\s+/).find((s) => s.length > 60)!;

describe('the build cache never brings back withdrawn content', () => {
  let work: string;
  let content: string;
  let cacheDir: string;
  let out: string;
  // Tacit's entry cache and Astro's copies of rendered pages (incremental build) alike.
  const cacheFiles = (): OutputFile[] => readOutput(cacheDir);

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'tacit-cache-'));
    content = join(work, 'content');
    cacheDir = join(work, 'cache');
    out = join(work, 'dist');
    cpSync(sample, content, { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('revoking one consent and narrowing another: gone from the next build and from the cache, though the cache was warm', () => {
    const first = buildSample({ outDir: out, contentDir: content, cacheDir });
    expect(first).toMatch(/entries rendered 22, reused from the cache 0/);
    const before = loadSite({ contentDir: content, today: testDate });
    const revoked = before.entries.filter((e) => e.attribution.mode === 'named' && e.attribution.personId === 'henrietta-szymborska-pike');
    const narrowed = before.entries.filter((e) => e.attribution.mode === 'named' && e.attribution.personId === 'desmond-achterberg-nwosu');
    expect(revoked.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeGreaterThan(0);
    // The cache is warm with exactly what is about to be withdrawn: the test below could fail.
    for (const e of [...revoked, ...narrowed]) expect(occurrences(cacheFiles(), sentenceOf(e)), e.slug).not.toEqual([]);
    // Nothing changed: the search index is the last build's, copied; the cache holds that one index only,
    // and the entry cache files are left as they were, not written again.
    const stamps = () =>
      readdirSync(cacheDir)
        // The list of file stamps is left out: it is first written once the files are older than the
        // window in which a stamp cannot be trusted, which may be this second build.
        .filter((n) => n.startsWith('build-') && !n.endsWith('-files.json'))
        .map((n) => [n, statSync(join(cacheDir, n)).mtimeMs]);
    const written = stamps();
    expect(written.length).toBeGreaterThan(0);
    const again = buildSample({ outDir: out, contentDir: content, cacheDir });
    expect(stamps()).toEqual(written);
    expect(again).toMatch(/search index: 22 entries, ready \d+ ms after the pages \(copied from the cache/);
    const indexes = () =>
      readdirSync(cacheDir)
        .filter((n) => n.startsWith('index-'))
        .flatMap((n) => readdirSync(join(cacheDir, n)));
    expect(indexes()).toHaveLength(1);
    expect(
      readOutput(join(out, 'pagefind'))
        .map((f) => f.path)
        .sort(),
    ).toEqual(
      readOutput(join(cacheDir, readdirSync(cacheDir).find((n) => n.startsWith('index-'))!, indexes()[0]!))
        .map((f) => f.path)
        .concat('facets.json')
        .sort(),
    );

    const edit = (file: string, from: RegExp, to: string) => {
      const path = join(content, 'consent', file);
      const text = readFileSync(path, 'utf8');
      expect(text).toMatch(from);
      writeFileSync(path, text.replace(from, to));
    };
    edit('henrietta-szymborska-pike-2025.yaml', /\s*$/, '\nrevoked: 2026-11-20\n');
    edit('desmond-achterberg-nwosu-2025.yaml', /^audience: public$/m, 'audience: leaders');

    const second = buildSample({ outDir: out, contentDir: content, cacheDir });
    expect(second).not.toMatch(/copied from the cache/);
    expect(indexes()).toHaveLength(1);
    // Astro copied unchanged entry pages from its cache instead of rendering them.
    expect(second).toMatch(/\(restored\)/);
    const kept = 22 - revoked.length - narrowed.length;
    // Every entry still published came from the cache, except any whose links changed with the withdrawal.
    const reused = Number(/reused from the cache (\d+)/.exec(second)![1]);
    expect(reused).toBeGreaterThanOrEqual(kept - 2);
    expect(reused).toBeLessThan(kept + 1);

    const files = readOutput(out);
    const cache = cacheFiles();
    for (const e of [...revoked, ...narrowed]) {
      expect(existsSync(join(out, 'entries', e.slug))).toBe(false);
      for (const trace of [e.title, e.summary, sentenceOf(e)]) {
        expect(occurrences(files, trace), `${e.slug} in the site`).toEqual([]);
        expect(occurrences(cache, trace), `${e.slug} in the cache`).toEqual([]);
      }
    }
    // A cached entry that linked to a withdrawn one was rendered again: the link is plain text now.
    expect(readFileSync(join(out, 'entries', 'give-feedback-within-48-hours', 'index.html'), 'utf8')).toContain('<span>near-miss board</span>');
    // And what stays published stays cached.
    const stays = before.entries.find((e) => !revoked.includes(e) && !narrowed.includes(e))!;
    expect(occurrences(cache, sentenceOf(stays))).not.toEqual([]);
  });
});
