import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { searchable } from '../../src/lib/index/query.ts';
import { searchOptions } from '../../src/lib/index/ranking.ts';
import { launch } from './browser.ts';
import { serve } from './serve.ts';

export interface SearchHit {
  url: string;
  meta: Record<string, string>;
  /** Pagefind's excerpt of the body, matched words in `<mark>`. */
  excerpt: string;
}
export type Search = (term: string | null, filters?: Record<string, string[]>) => Promise<SearchHit[]>;

/**
 * Queries a build's real Pagefind index in headless Chromium, the way the site's search page does: its
 * ranking options, function words left out of the query, values within a filter ORed, groups ANDed.
 */
export async function withSearch<T>(dir: string, body: (search: Search, page: Page) => Promise<T>): Promise<T> {
  const server = await serve(dir);
  let browser: Browser | undefined;
  try {
    browser = await launch();
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    // A string, so the test runner does not rewrite the browser's dynamic import.
    // A split index (`searchShards`): its first part loaded and the others merged, as the search page does.
    const parts = readdirSync(join(dir, 'pagefind'))
      .filter((name) => /^shard-\d+$/.test(name))
      .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))
      .map((name) => `/pagefind/${name}/`);
    const [first = '/pagefind/', ...rest] = parts;
    const options = JSON.stringify({ baseUrl: '/', ...searchOptions });
    await page.evaluate(
      `import('${first}pagefind.js').then(async (pf) => { await pf.options(${options}); await pf.init(); for (const p of ${JSON.stringify(rest)}) await pf.mergeIndex(p, ${options}); window.pf = pf; })`,
    );
    const search: Search = (term, filters = {}) =>
      page.evaluate(
        async ([t, f]) => {
          const pf = (
            window as unknown as {
              pf: {
                search: (
                  t: string | null,
                  o: object,
                ) => Promise<{ results: { data: () => Promise<{ url: string; meta: Record<string, string>; excerpt: string }> }[] }>;
              };
            }
          ).pf;
          const any = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, { any: v }]));
          const r = await pf.search(t, { filters: any });
          return Promise.all(
            r.results.map(async (x) => {
              const d = await x.data();
              return { url: d.url, meta: d.meta, excerpt: d.excerpt };
            }),
          );
        },
        [term === null ? null : searchable(term), filters] as const,
      );
    return await body(search, page);
  } finally {
    await browser?.close();
    await server.close();
  }
}
