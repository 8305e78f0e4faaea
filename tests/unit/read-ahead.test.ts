import { appendFileSync, cpSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { sha256 } from '../../src/lib/cache/index.ts';
import { listEntryFiles, readContent } from '../../src/lib/read/content.ts';
import { readText } from '../../src/lib/read/text.ts';
import { loadSite, readAhead } from '../../src/lib/site/index.ts';
import { projectRoot, testDate } from '../support/build.ts';

// Every file readAhead reads, to see which it leaves unread because its stamp says it did not change.
const reads = vi.hoisted(() => [] as string[]);
vi.mock('../../src/lib/read/text.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lib/read/text.ts')>();
  return {
    ...real,
    readText: (path: string) => {
      reads.push(path);
      return real.readText(path);
    },
  };
});

describe('the build parses and renders entries in worker threads first (readAhead)', () => {
  const work = mkdtempSync(join(tmpdir(), 'tacit-ahead-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const env = { contentDir: join(work, 'content'), today: testDate };
  cpSync(join(projectRoot, 'content'), env.contentDir, { recursive: true });
  // One entry whose consent keeps its mentor unnamed now names them: the workers' scan must withhold it.
  const content = readContent(env.contentDir);
  const hidden = content.entries.find((e) => content.consents.get(e.data.consent)?.attribution === 'anonymous' && e.data.status === 'published')!;
  const hiddenFile = listEntryFiles(env.contentDir).find((f) => f.endsWith(`/${hidden.slug}.mdx`))!;
  appendFileSync(hiddenFile, `\nAs ${content.people.get(hidden.data.mentor)!.name} said.\n`);

  it('and builds exactly the site one thread builds: the same entries, bodies, withheld and reasons', async () => {
    const plain = loadSite(env);
    const told: [number, number][] = [];
    const ahead = await readAhead(env, '/', { workers: 2, onParse: (files, threads) => told.push([files, threads]) });
    const files = listEntryFiles(env.contentDir);
    expect(ahead.parsed).toBe(files.length);
    // Told before parsing, for the build's progress line.
    expect(told).toEqual([[files.length, ahead.workers]]);
    // The stage holds what the workers read, before the site is loaded.
    expect(ahead.stage.cached(sha256(readText(files[0]!)))).toBeDefined();
    const site = loadSite(env, '/', { stage: ahead.stage });
    expect(plain.summary).toMatch(/names a mentor who is not to be named 1/);
    expect(site.summary).toBe(plain.summary);
    const page = (s: typeof site) => s.entries.map((e) => ({ slug: e.slug, html: e.html, text: e.text, attribution: e.attribution }));
    expect(page(site)).toEqual(page(plain));
    // Every published body came from the workers.
    expect(ahead.stage.stats).toEqual({ rendered: plain.entries.length, reused: 0 });
  });

  it('with a warm cache, sends no worker the withheld entries it knows read cleanly (their bodies are never rendered)', async () => {
    const cached = { ...env, cacheDir: join(work, 'cache') };
    const first = await readAhead(cached, '/', { workers: 2 });
    const site = loadSite(cached, '/', { stage: first.stage });
    first.stage.save();
    const withheldClean = site.withheld.filter((w) => !w.reasons.includes('draft')).length;
    expect(withheldClean).toBeGreaterThan(0);
    // A file changed since: only it is read again, whatever the others' standing.
    appendFileSync(listEntryFiles(env.contentDir)[0]!, '\nOne more line.\n');
    const again = await readAhead(cached, '/', { workers: 2 });
    expect(again.parsed).toBe(1);
  });

  it('with a warm cache, does not even read a file whose stamp (size, times, inode) is as the cache saw it', async () => {
    const cached = { ...env, cacheDir: join(work, 'stamps') };
    // Stamps are trusted only for files older than the file system's time resolution.
    const past = new Date(Date.now() - 3_600_000);
    const files = listEntryFiles(env.contentDir);
    for (const f of files) utimesSync(f, past, past);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const first = await readAhead(cached, '/', { workers: 2 });
    loadSite(cached, '/', { stage: first.stage });
    first.stage.save();
    appendFileSync(files[1]!, '\nOne line more.\n');
    reads.length = 0;
    const again = await readAhead(cached, '/', { workers: 2 });
    expect(again.parsed).toBe(1);
    expect(reads.filter((r) => r.endsWith('.mdx'))).toEqual([files[1]]);
  });
});
