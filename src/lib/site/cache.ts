import { join } from 'node:path';
import { codeDigest, openDigestStore, sha256 } from '../cache/index.ts';
import type { ReadResult, EntrySource } from '../read/content.ts';
import { plainText, renderHtml, type RenderOptions } from '../render/index.ts';

/** What the build remembers of one entry, by the digest of its file; drafts keep only their front matter. */
interface Remembered extends ReadResult {
  /** Site-relative link targets in the body, in order: which of them exist decides how the HTML reads. */
  sitePaths?: string[];
  /** Rendered HTML by base path and link decisions. */
  html?: Record<string, string>;
  text?: string;
}

export interface BuildCache {
  /** For `readContent`: the front matter and read warnings of bytes rendered before. */
  cached(digest: string): ReadResult | undefined;
  /** An entry's HTML and text, rendered now or reused; the entry is kept for the next build. */
  render(entry: EntrySource, options: RenderOptions): { html: string; text: string };
  /** Keeps a draft's front matter for the next build (drafts are in the repository and withdraw nothing). */
  keepDraft(entry: EntrySource): void;
  /** Writes the cache: the entries this build published and its drafts; nothing withdrawn or gone. */
  save(): void;
  /** How many published entries were rendered now and how many reused. */
  readonly stats: { rendered: number; reused: number };
}

/** The code whose output the cache holds: readers, schemas, the guard and the renderer. */
const renderCode = ['read', 'schema', 'guard', 'render'];

/**
 * The build's cache of read and rendered entries, one file per content folder and audience in `cacheDir`.
 * Caching never decides what is published: the gate runs on every build over freshly read front matter and
 * records. Only this build's published entries and its drafts (withheld for that reason alone) are written
 * back, so an entry that was withdrawn, re-scoped or deleted leaves the cache in the same build that drops
 * it from the site.
 */
export function openBuildCache(cacheDir: string, contentDir: string, audience: string): BuildCache {
  const stats = { rendered: 0, reused: 0 };
  const store = openDigestStore<Remembered>(join(cacheDir, `build-${sha256(`${contentDir}\n${audience}`).slice(0, 16)}.json`), codeDigest(renderCode));
  return {
    cached: (digest) => {
      const hit = store.get(digest);
      return hit && { data: hit.data, problems: hit.problems };
    },
    render(entry, options) {
      const before = store.get(entry.digest);
      const sitePaths = before?.sitePaths ?? linkTargets(entry);
      const key = `${options.base}|${sitePaths.map((p) => (options.linkable?.(p) ?? true ? 1 : 0)).join('')}`;
      const reused = before?.html?.[key];
      stats[reused === undefined ? 'rendered' : 'reused']++;
      const html = reused ?? renderHtml(entry.tree, options);
      const text = before?.text ?? plainText(entry.tree);
      store.keep(entry.digest, { data: entry.data, problems: [], sitePaths, html: { [key]: html }, text });
      return { html, text };
    },
    keepDraft: (entry) => store.keep(entry.digest, { data: entry.data, problems: [] }),
    save: () => store.save(),
    stats,
  };
}

/** The body's links that point into the site, as `renderHtml` judges them. */
function linkTargets(entry: EntrySource): string[] {
  const out: string[] = [];
  const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
    if (node.type === 'link' && node.url?.startsWith('/')) out.push(node.url.split(/[?#]/)[0]!);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(entry.tree);
  return out;
}
