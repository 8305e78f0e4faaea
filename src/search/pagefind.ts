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
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind, imported and started once, with the site's ranking. */
export const loadPagefind = (bundle: string): Promise<Pagefind> =>
  (loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Module;
    await pagefind.options({ baseUrl: '/', ...searchOptions });
    await pagefind.init();
    return pagefind;
  })());
