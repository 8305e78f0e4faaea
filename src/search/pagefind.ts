// The parts of Pagefind's browser API the search page uses, and the one place it is loaded.
import { searchOptions } from '../lib/index/ranking.ts';

export interface ResultData {
  url: string;
  /** The passage of the body around the best match: text with `<mark>` around matched words. */
  excerpt: string;
  /** Where the query's words are in the body; empty when only the title, summary or topics matched. */
  locations: number[];
  meta: { title?: string; summary?: string; kind?: string; attribution?: string; topics?: string };
}
export interface Hit {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export interface Response {
  results: Hit[];
}
export interface Pagefind {
  /**
   * Every page matching the term, best first; with no term, every page, by `sort`. The page filters with
   * its own table; Pagefind's `filters` are the fallback when the table cannot be loaded.
   */
  search(
    term: string | null,
    options?: { sort?: Record<string, 'asc' | 'desc'>; filters?: Record<string, { any: readonly string[] }> },
  ): Promise<Response | null>;
}
interface Module extends Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind, imported from `bundle` and started once, with the site's ranking; a split index
 * (`searchShards`) also merges the other parts' folders, `merge`, and is searched as one.
 */
export const loadPagefind = (bundle: string, merge: readonly string[] = []): Promise<Pagefind> =>
  (loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Module;
    // In the page's own thread, not Pagefind's worker. The worker hands each result across as a callback
    // and, once the results are collected, releases each with a message of its own: after a search that
    // matches thousands of entries, those messages queue ahead of the next search. At 10,000 entries the
    // slowest query showed its first result in 79–150 ms through the worker and in 26–30 ms without it,
    // and the worker's script is 12 KB less to load.
    const options = { baseUrl: '/', ...searchOptions };
    await pagefind.options({ ...options, noWorker: true });
    await pagefind.init();
    // Each part fetches its own entry file and metadata, and shares the first part's WebAssembly.
    await Promise.all(merge.map((part) => pagefind.mergeIndex(part, options)));
    return pagefind;
  })());
