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
/** Per filter group, the number of results that have each value. */
export type FilterCounts = Record<string, Record<string, number>>;
export interface Response {
  results: Hit[];
  filters: FilterCounts;
}
export type Filters = Record<string, { any: string[] }>;
export interface Pagefind {
  search(term: string | null, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<Response | null>;
}
interface Module extends Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind, imported and started once, with the site's ranking and its filter data. */
export const loadPagefind = (bundle: string): Promise<Pagefind> =>
  (loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Module;
    await pagefind.options({ baseUrl: '/', ...searchOptions });
    await pagefind.init();
    // Searches count filter values only once the filter data is loaded; live counts need it.
    await pagefind.filters();
    return pagefind;
  })());
