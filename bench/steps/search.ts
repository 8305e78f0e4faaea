import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launch } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/serve.ts';

/** One query typed into the search page, optionally with filter boxes ticked first. */
export interface QuerySpec {
  term: string;
  /** Filter checkboxes to tick before typing, e.g. `{ name: 'kind', value: 'Advice' }`. */
  filters?: { name: string; value: string }[];
}

export interface QueryMeasurement {
  term: string;
  filter?: string | undefined;
  /** From the last keystroke's keydown to the first result added to the list; null when nothing was found. */
  firstResultMs: number | null;
  /**
   * Bytes sent for this query (everything after the previous query settled), counted by the static
   * server: the bytes it sent, which is what crossed the wire (text gzip-compressed, as static hosts send it).
   */
  bytes: number;
  /**
   * The same, summed from Playwright's `request.sizes().responseBodySize`, as a cross-check. It misses the
   * body of Pagefind's web worker script (reported as 0), so it reads lower.
   */
  browserBytes: number;
  requests: number;
  /** The count the page's status line reports. */
  results: number | null;
}

export interface SearchRun {
  /** The search page itself with its styles and scripts, before anything is typed (server count). */
  pageBytes: number;
  queries: QueryMeasurement[];
}

const typingDelayMs = 80;

/** Counts response bytes per phase and knows when the network is quiet. */
function trackNetwork(page: Page, serverBytes: () => number) {
  let phase = 'page';
  const phaseOf = new Map<Request, string>();
  const totals = new Map<string, { bytes: number; requests: number }>();
  const pending: Promise<void>[] = [];
  let inflight = 0;
  let lastChange = performance.now();
  page.on('request', (req) => {
    phaseOf.set(req, phase);
    inflight++;
    lastChange = performance.now();
  });
  const done = (req: Request, ok: boolean) => {
    inflight--;
    lastChange = performance.now();
    const p = phaseOf.get(req) ?? phase;
    const t = totals.get(p) ?? { bytes: 0, requests: 0 };
    totals.set(p, t);
    t.requests++;
    if (ok)
      pending.push(
        req.sizes().then(
          (s) => {
            t.bytes += s.responseBodySize;
          },
          () => {},
        ),
      );
  };
  page.on('requestfinished', (req) => done(req, true));
  page.on('requestfailed', (req) => done(req, false));
  return {
    setPhase: (p: string) => {
      phase = p;
    },
    /**
     * Waits until no request has been open, and the server has sent nothing, for `quietMs` (the server
     * also sees what Pagefind's web worker fetches).
     */
    idle: async (quietMs = 300, timeoutMs = 30_000) => {
      const start = performance.now();
      let sent = serverBytes();
      while (inflight > 0 || performance.now() - lastChange < quietMs) {
        if (performance.now() - start > timeoutMs) throw new Error(`the search page kept loading for ${timeoutMs / 1000} s`);
        await new Promise((r) => setTimeout(r, 25));
        if (serverBytes() !== sent) {
          sent = serverBytes();
          lastChange = performance.now();
        }
      }
      await Promise.all(pending.splice(0));
    },
    totals: (p: string) => totals.get(p) ?? { bytes: 0, requests: 0 },
  };
}

/** In the page: resolves with the time of the next keydown in the box and of the first result added after it. */
const armLatencyProbe = () => {
  const list = document.querySelector('#search-results');
  const input = document.querySelector('#q');
  const status = document.querySelector('#search-status');
  if (!list || !input || !status) throw new Error('the search page has no #q, #search-results or #search-status');
  const w = window as unknown as { __benchProbe?: Promise<{ t0: number; t1: number | null }> };
  w.__benchProbe = new Promise((resolve) => {
    let t0 = 0;
    input.addEventListener(
      'keydown',
      () => {
        t0 = performance.now();
      },
      { capture: true, once: true },
    );
    const results = new MutationObserver((records) => {
      if (!t0 || !records.some((r) => r.addedNodes.length > 0)) return;
      const t1 = performance.now();
      results.disconnect();
      nothing.disconnect();
      resolve({ t0, t1 });
    });
    // A query that finds nothing only changes the status line.
    const nothing = new MutationObserver(() => {
      if (!t0 || !/^Nothing found/.test(status.textContent ?? '')) return;
      results.disconnect();
      nothing.disconnect();
      resolve({ t0, t1: null });
    });
    results.observe(list, { childList: true });
    nothing.observe(status, { childList: true, characterData: true, subtree: true });
  });
};

async function oneRun(browser: Browser, url: string, queries: readonly QuerySpec[], serverBytes: () => number): Promise<SearchRun> {
  // A fresh context per run: nothing cached from an earlier run.
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const net = trackNetwork(page, serverBytes);
    const start = serverBytes();
    await page.goto(`${url}/search/`, { waitUntil: 'load' });
    await net.idle();
    const pageBytes = serverBytes() - start;
    const input = page.locator('#q');
    const out: QueryMeasurement[] = [];
    for (const [i, q] of queries.entries()) {
      const phase = `query-${i}`;
      // Start from an empty box and no filters; that reset belongs to the previous query.
      if ((await input.inputValue()) !== '') await input.fill('');
      await page.evaluate(() => {
        for (const box of document.querySelectorAll<HTMLInputElement>('#filters input[type=checkbox]:checked')) box.click();
      });
      await net.idle();
      net.setPhase(phase);
      const serverBefore = serverBytes();
      // Filters first (ticking one runs a search of its own), then into the box to type.
      for (const f of q.filters ?? []) await page.check(`#filters input[name="${f.name}"][value="${f.value}"]`);
      await input.click();
      const term = q.term;
      if (term.length > 1) await page.keyboard.type(term.slice(0, -1), { delay: typingDelayMs });
      await page.waitForTimeout(typingDelayMs);
      await page.evaluate(armLatencyProbe);
      await page.keyboard.press(term.slice(-1));
      const probe = await page.evaluate(async () => {
        const w = window as unknown as { __benchProbe: Promise<{ t0: number; t1: number | null }> };
        const timeout = new Promise<{ t0: number; t1: null }>((r) => setTimeout(() => r({ t0: 0, t1: null }), 30_000));
        return Promise.race([w.__benchProbe, timeout]);
      });
      await net.idle();
      const status = (await page.locator('#search-status').textContent()) ?? '';
      const count = /^(\d+) entr/.exec(status.trim());
      const totals = net.totals(phase);
      out.push({
        term,
        filter: q.filters?.map((f) => `${f.name}=${f.value}`).join(', ') || undefined,
        firstResultMs: probe.t1 === null ? null : probe.t1 - probe.t0,
        bytes: serverBytes() - serverBefore,
        browserBytes: totals.bytes,
        requests: totals.requests,
        results: count ? Number(count[1]) : /^Nothing found/.test(status.trim()) ? 0 : null,
      });
    }
    return { pageBytes, queries: out };
  } finally {
    await context.close();
  }
}

/**
 * Serves a built site, opens /search/ in headless Chromium and types each query as a person would,
 * `runs` times, each in a fresh browser context.
 */
export async function measureSearch(siteDir: string, queries: readonly QuerySpec[], runs: number): Promise<SearchRun[]> {
  const server = await serve(siteDir);
  let browser: Browser | undefined;
  try {
    browser = await launch();
    const out: SearchRun[] = [];
    for (let i = 0; i < runs; i++) out.push(await oneRun(browser, server.url, queries, server.bytes));
    return out;
  } finally {
    await browser?.close();
    await server.close();
  }
}
