import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.ts';
import { buildSample, projectRoot, testDate } from '../support/build.ts';
import { serve } from '../support/serve.ts';

/** The slugs of the results the search page shows for `query`. */
async function searchSlugs(page: Page, url: string, query: string): Promise<string[]> {
  await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /for “/.test(document.querySelector('#search-status')?.textContent ?? ''));
  const hrefs = await page.locator('#search-results > li a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((h) => /\/entries\/([^/]+)\//.exec(h)?.[1]).filter((s): s is string => Boolean(s)))];
}

describe('after `npm run taxonomy -- merge`, in headless Chromium', () => {
  let work: string;
  let out: string;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'tacit-merge-'));
    const content = join(work, 'content');
    cpSync(join(projectRoot, 'content'), content, { recursive: true });
    const merge = spawnSync(process.execPath, [join(projectRoot, 'scripts/taxonomy.ts'), 'merge', 'sales/tenders', 'sales/negotiation'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, TACIT_CONTENT_DIR: content, TACIT_BUILD_DATE: testDate },
    });
    expect(merge.status, merge.stderr).toBe(0);
    out = join(work, 'dist');
    buildSample({ outDir: out, contentDir: content });
    server = await serve(out);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('the merged topic’s old URL lands on the topic it was merged into', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/topics/sales/tenders/`);
    await page.waitForURL(/\/topics\/sales\/negotiation\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Negotiation');
    // Hosts that read `_redirects` answer with a 301 instead.
    expect(readFileSync(join(out, '_redirects'), 'utf8')).toContain('/topics/sales/tenders/ /topics/sales/negotiation/ 301');
    // The retired topic is gone from the topic list.
    await page.goto(`${server.url}/topics/`);
    await expect(page.locator('main a[href="/topics/sales/tenders/"]').count()).resolves.toBe(0);
  });

  it('finds entries by a misspelling in hiddenLabels, and by the merged topic’s labels', async () => {
    const page = await browser.newPage();
    // `negociation` is a hidden label of Negotiation: it finds its entries but is shown nowhere.
    const misspelt = await searchSlugs(page, server.url, 'negociation');
    expect(misspelt).toContain('fourteen-seconds-of-silence');
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/negociation(?!”)/);
    // `ITT` was a hidden label of Tenders; after the merge it finds the tender entry under Negotiation.
    expect(await searchSlugs(page, server.url, 'ITT')).toContain('decline-the-rfp-you-did-not-shape');
    // A synonym (altLabel) works the same way.
    expect(await searchSlugs(page, server.url, 'bargaining')).toContain('fourteen-seconds-of-silence');
  });
});
