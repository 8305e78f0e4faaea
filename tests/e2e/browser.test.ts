import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadSite } from '../../src/lib/site/index.ts';
import { launch } from '../support/browser.ts';
import { projectRoot, testDate } from '../support/build.ts';
import { serve } from '../support/serve.ts';

const shots = join(projectRoot, 'test-results');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Search with results and a topic first, and search that finds nothing with a filter (the help below it).
const paths = [
  '/',
  '/topics/',
  '/topics/sales/',
  '/kinds/advice/',
  '/mentors/',
  '/a-z/',
  '/search/?q=renewal',
  '/search/?q=discount&kind=Story',
  '/no-such-page/',
];

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}
const site = loadSite({ contentDir: join(projectRoot, 'content'), today: testDate });

describe('the built site in headless Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    server = await serve(inject('defaultBuild'));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('searches from the home page, applies a filter and follows a result', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });

    await page.goto(`${server.url}/`);
    await expect(page.title()).resolves.toContain(site.config.title);
    await page.getByRole('searchbox', { name: 'Search the knowledge base' }).fill('renewal');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=renewal/);

    // Filters are there before anything else happens, rendered from the published list.
    await expect(page.getByRole('group', { name: 'Kind' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /Sales and negotiation/ }).isVisible()).resolves.toBe(true);

    const results = page.locator('#search-results > li');
    await results.first().waitFor();
    const unfiltered = await results.count();
    expect(unfiltered).toBeGreaterThan(1);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/entr(y|ies) for “renewal”/);

    await page.getByRole('checkbox', { name: /^Stories/ }).check();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length < n, unfiltered);
    const kinds = await page.locator('#search-results .kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Story']));
    expect(page.url()).toContain('kind=Story');
    await page.screenshot({ path: join(shots, 'search.png'), fullPage: true });

    const first = page.locator('#search-results .card-title a').first();
    const title = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/entries\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    await page.screenshot({ path: join(shots, 'entry.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('has landmarks, one h1 and a skip link on every kind of page, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: scheme });
      for (const path of [...paths, site.entries[0]!.path, site.mentors[0]!.path]) {
        await page.goto(`${server.url}${path}`);
        const shape = await page.evaluate(() => ({
          h1: document.querySelectorAll('h1').length,
          main: document.querySelectorAll('main').length,
          nav: document.querySelectorAll('header nav').length,
          skip: document.querySelector('a.skip-link')?.getAttribute('href'),
          overflow: document.documentElement.scrollWidth > window.innerWidth,
          scripts: [...document.querySelectorAll('script')].map((s) => (s.src ? 'src' : s.textContent!.length)),
          header: document.querySelector('.site-header')!.getBoundingClientRect().height,
        }));
        expect(shape, path).toMatchObject({ h1: 1, main: 1, nav: 1, skip: '#main', overflow: false });
        // Off the search page, the layout's few inline lines are all the JavaScript there is.
        if (!path.startsWith('/search/')) {
          expect(
            shape.scripts.every((s) => typeof s === 'number'),
            path,
          ).toBe(true);
          expect(
            (shape.scripts as number[]).reduce((a, b) => a + b, 0),
            path,
          ).toBeLessThan(3000);
        }
        // A phone header of one row, the navigation folded behind Menu.
        expect(shape.header, path).toBeLessThanOrEqual(64);
      }
      await page.goto(`${server.url}/`);
      await page.screenshot({ path: join(shots, `home-phone-${scheme}.png`), fullPage: true });
      await page.close();
    }
  });

  it('remembers a theme the reader chooses, across pages, and follows the system otherwise', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    const page = await context.newPage();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto(`${server.url}/`);
    const light = await background();
    await page.getByLabel('Theme').selectOption('dark');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.goto(`${server.url}${site.entries[0]!.path}`);
    await expect(background()).resolves.toBe(dark);
    await expect(page.getByLabel('Theme').inputValue()).resolves.toBe('dark');
    await page.getByLabel('Theme').selectOption('system');
    await page.goto(`${server.url}/topics/`);
    await expect(background()).resolves.toBe(light);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(background()).resolves.toBe(dark);
    await context.close();
  });

  it('folds the navigation behind Menu on a phone, and keeps it open on a desktop', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${server.url}/topics/`);
    const menu = phone.getByRole('button', { name: 'Menu' });
    const topics = phone.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kinds' });
    await expect(topics.isVisible()).resolves.toBe(false);
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(topics.isVisible()).resolves.toBe(true);
    await topics.click();
    await phone.waitForURL(/\/kinds\/$/);
    // On the search page the first result's title is on the first screen.
    await phone.goto(`${server.url}/search/?q=renewal`);
    const title = phone.locator('#search-results .card-title').first();
    await title.waitFor();
    await expect(title.evaluate((t) => t.getBoundingClientRect().bottom)).resolves.toBeLessThan(844);
    await phone.close();
    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await desk.goto(`${server.url}/topics/`);
    await expect(desk.getByRole('button', { name: 'Menu' }).isVisible()).resolves.toBe(false);
    await expect(desk.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kinds' }).isVisible()).resolves.toBe(true);
    await desk.close();
  });

  it('puts the cursor in the search box on / and Ctrl-K from any page, and searches from the header', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const focused = () => page.evaluate(() => document.activeElement?.id);
    await page.goto(`${server.url}${site.entries[0]!.path}`);
    await page.keyboard.press('/');
    await expect(focused()).resolves.toBe('site-q');
    await page.keyboard.type('forklift');
    await expect(page.locator('#site-q').inputValue()).resolves.toBe('forklift');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=forklift$/);
    await page.locator('#search-results > li').first().waitFor();
    // On the search page the keys go to its own box; Ctrl-K works from anywhere, even inside a field.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+k');
    await expect(focused()).resolves.toBe('q');
    await page.goto(`${server.url}/`);
    await page.keyboard.press('/');
    await expect(focused()).resolves.toBe('home-q');
    await page.close();
  });

  it('reaches the results from the box in one key: Tab to skip the filters, Arrow keys to move, Enter to open', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.id);
    await page.goto(`${server.url}/search/`);
    await page.locator('#q').fill('renewal');
    await page.locator('#search-results > li').nth(1).waitFor();
    // The topic the query names ("renewals" is a synonym of Key accounts) comes first, then the entries.
    const titles = await page.locator('#search-topics .card-title a, #search-results .card-title a').allTextContents();
    expect(titles[0]).toBe('Key accounts');
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe(titles[0]);
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe(titles[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(focused()).resolves.toBe('q');
    // Tab past the Search button lands on "Skip to results", not on forty filters.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('Skip to results');
    await page.keyboard.press('Enter');
    await expect(focused()).resolves.toBe('Results');
    await page.locator('#q').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/topics\/sales\/key-accounts\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(titles[0]);
    await page.close();
  });

  it('shows the filters in use as removable chips above the results, with Clear all', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/search/?q=renewal`);
    const results = page.locator('#search-results > li');
    await results.first().waitFor();
    const all = await results.count();
    await expect(page.locator('#active-filters').isVisible()).resolves.toBe(false);
    await page.getByRole('checkbox', { name: /^Stories/ }).check();
    const chip = page.getByRole('button', { name: 'Remove the filter Kind: Stories' });
    await chip.waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length < n, all);
    // Above the results, not below the filters.
    const [chipTop, resultsTop] = await Promise.all([
      chip.evaluate((c) => c.getBoundingClientRect().top),
      results.first().evaluate((r) => r.getBoundingClientRect().top),
    ]);
    expect(chipTop).toBeLessThan(resultsTop);
    await chip.click();
    await expect(page.getByRole('checkbox', { name: /^Stories/ }).isChecked()).resolves.toBe(false);
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length === n, all);
    await page.getByRole('checkbox', { name: /^Stories/ }).check();
    await page.getByRole('checkbox', { name: /^Advice/ }).check();
    await expect(page.locator('#active-filter-list button').count()).resolves.toBe(2);
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page.locator('#active-filters').isVisible()).resolves.toBe(false);
    expect(page.url()).toMatch(/\?q=renewal$/);
    await page.close();
  });

  it('marks the words that matched in each result’s own passage, and puts a topic the query names first', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/search/?q=forklift`);
    const card = page
      .locator('#search-results .result')
      .filter({ has: page.locator('.card-excerpt mark') })
      .first();
    await card.waitFor();
    await expect(card.locator('.card-excerpt mark').first().textContent()).resolves.toMatch(/^forklift/i);
    // The passage is that entry's own words.
    const excerpt = (await card.locator('.card-excerpt').textContent())!;
    const path = await card.locator('.card-title a').getAttribute('href');
    const own = site.entries.find((e) => e.path === path)!;
    expect(own, path!).toBeDefined();
    expect(own.text.replace(/\s+/g, ' ')).toContain(excerpt.replace(/^“|”$/g, '').split(' ').slice(1, 6).join(' '));

    // A topic with no entries yet: the topic itself, first, saying so.
    await page.goto(`${server.url}/search/?q=on-call`);
    const topic = page.locator('#search-topics .topic-hit').first();
    await topic.waitFor();
    await expect(topic.textContent()).resolves.toMatch(/On-call[\s\S]*No entries yet/);
    const [topicTop, resultsTop] = await Promise.all([
      topic.evaluate((t) => t.getBoundingClientRect().top),
      page.locator('#search-results').evaluate((r) => r.getBoundingClientRect().top),
    ]);
    expect(topicTop).toBeLessThan(resultsTop);
    await expect(topic.getByRole('link', { name: 'On-call' }).getAttribute('href')).resolves.toBe('/topics/engineering/incidents/on-call/');
    await page.close();
  });

  it('helps when nothing has every word: says so, shows partial matches, a better spelling, the closest topics and Ask a mentor', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const query = 'how to handle a difficult customer';
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}&kind=Advice`);
    const status = page.locator('#search-status');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('No entry has every word'));
    const words = /some of them \((.+)\):$/.exec((await status.textContent())!)![1]!.split(', ');
    expect(words.length).toBeGreaterThan(0);
    expect(['handle', 'difficult', 'customer']).toEqual(expect.arrayContaining(words));
    await expect(page.locator('#search-results > li').count()).resolves.toBeGreaterThan(0);
    expect(new Set(await page.locator('#search-results .kind').allTextContents())).toEqual(new Set(['Advice']));
    const closest = await page.locator('.help-topics a').allTextContents();
    expect(closest).toContain('Feedback');
    const ask = page.getByRole('link', { name: 'Ask a mentor about this' });
    const askHref = new URL((await ask.getAttribute('href'))!);
    expect(askHref.origin + askHref.pathname).toBe(site.config.askUrl!.split('?')[0]);
    expect(askHref.searchParams.get('title')).toContain(query);
    expect(askHref.searchParams.get('filters')).toContain('Kind: Advice');

    // A misspelling the taxonomy can correct: offered, and searched in place when chosen.
    await page.goto(`${server.url}/search/?q=negociation+tactics`);
    const suggestion = page.locator('#search-help a.suggestion');
    await suggestion.waitFor();
    await expect(suggestion.textContent()).resolves.toBe('negotiation tactics');
    await suggestion.click();
    await page.waitForURL(/\?q=negotiation\+tactics$/);
    await expect(page.getByRole('searchbox', { name: 'Search the knowledge base' }).inputValue()).resolves.toBe('negotiation tactics');
    await page.close();
  });

  it('counts each filter value for the query and the other groups’ filters; a value that finds nothing cannot be ticked', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const kindCounts = () =>
      page.$$eval('[data-filter=kind] label', (labels) =>
        labels.map((l) => ({
          name: l.querySelector('span')!.textContent,
          n: Number(l.querySelector('.count')!.textContent),
          disabled: l.querySelector('input')!.disabled,
        })),
      );
    await page.goto(`${server.url}/search/`);
    const totals = await kindCounts();
    expect(totals.reduce((sum, k) => sum + k.n, 0)).toBe(site.entries.length);

    await page.goto(`${server.url}/search/?q=discount`);
    await page.locator('#search-results > li').first().waitFor();
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('for “discount”'));
    const found = Number(/^(\d+) entr/.exec((await page.locator('#search-status').textContent())!)![1]);
    const counts = await kindCounts();
    // Kinds do not overlap, so the query's results are shared out among them.
    expect(counts.reduce((sum, k) => sum + k.n, 0)).toBe(found);
    expect(counts).not.toEqual(totals);
    const dead = counts.find((k) => k.n === 0)!;
    expect(dead.disabled).toBe(true);
    expect(counts.filter((k) => k.n > 0).every((k) => !k.disabled)).toBe(true);

    // Ticking a kind narrows the other groups' counts but not its own group's.
    const live = counts.find((k) => k.n > 0)!;
    await page.getByRole('checkbox', { name: new RegExp(`^${live.name}`) }).check();
    await page.waitForFunction((n) => document.querySelector('#search-status')?.textContent?.startsWith(`${n} entr`), live.n);
    await expect(kindCounts()).resolves.toEqual(counts);
    const topicSum = await page.$$eval('[data-filter=topic] label', (ls) => ls.map((l) => Number(l.querySelector('.count')!.textContent)));
    expect(Math.max(...topicSum)).toBeLessThanOrEqual(live.n);
    await page.close();
  });

  it('still searches, filters and helps when the filter table cannot be loaded, and shows no counts it cannot know', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/pagefind/facets.json', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${server.url}/search/?q=renewal&kind=Story`);
    await page.waitForFunction(() => /entr(y|ies) for “renewal” with the chosen filters/.test(document.querySelector('#search-status')?.textContent ?? ''));
    // Pagefind's own filters stand in for the table.
    expect(new Set(await page.locator('#search-results .kind').allTextContents())).toEqual(new Set(['Story']));
    await page.locator('#search-help .ask-link').waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('#filters .count')].every((c) => (c as HTMLElement).hidden));
    await expect(page.locator('#filters input:disabled').count()).resolves.toBe(0);
    await page.close();
  });

  it('offers partial matches only when no entry has every word; with filters in the way it says to drop them', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Every word is in some story, none of them advice: the filter is what finds nothing.
    const story = site.entries.find((e) => e.kind === 'story' && /forklift/i.test(e.text))!;
    expect(site.entries.some((e) => e.kind === 'advice' && /forklift/i.test(e.text))).toBe(false);
    await page.goto(`${server.url}/search/?q=forklift&kind=Advice`);
    await page.locator('#search-help > *').first().waitFor();
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^Nothing found for “forklift” with the chosen filters/);
    await expect(page.locator('#search-help').textContent()).resolves.toMatch(/match(es)? without the filters in use/);
    expect(story).toBeDefined();
    await page.close();
  });

  it('gives each settled query its own history entry, so Back returns to the query before', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/search/`);
    const box = page.getByRole('searchbox', { name: 'Search the knowledge base' });
    const status = page.locator('#search-status');
    await box.fill('renewal');
    await page.waitForURL(/\?q=renewal$/);
    await box.fill('forklift');
    await page.waitForURL(/\?q=forklift$/);
    await page.getByRole('checkbox', { name: /^Stories/ }).check();
    await page.waitForURL(/\?q=forklift&kind=Story$/);

    await page.goBack();
    await page.waitForURL(/\?q=forklift$/);
    await expect(page.getByRole('checkbox', { name: /^Stories/ }).isChecked()).resolves.toBe(false);
    await page.goBack();
    await page.waitForURL(/\?q=renewal$/);
    await expect(box.inputValue()).resolves.toBe('renewal');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('“renewal”'));
    await expect(status.textContent()).resolves.toMatch(/for “renewal”/);
    await page.goForward();
    await page.waitForURL(/\?q=forklift$/);
    await expect(box.inputValue()).resolves.toBe('forklift');
    await page.close();
  });

  it('lets a reader link to a section: its heading links to itself, shown when focused, and the link copies its address', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const entry = site.entries.find((e) => e.html.includes('heading-anchor'))!;
    await page.goto(`${server.url}${entry.path}`);
    const anchor = page.locator('.prose h3 .heading-anchor').first();
    const opacity = () => anchor.evaluate((a) => getComputedStyle(a).opacity);
    await expect(opacity()).resolves.toBe('0');
    await anchor.focus();
    await expect(opacity()).resolves.toBe('1');
    const id = await page.locator('.prose h3').first().getAttribute('id');
    await anchor.press('Enter');
    await page.waitForURL(new RegExp(`#${id}$`));
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${server.url}${entry.path}#${id}`);
    await expect(page.getByRole('status').filter({ hasText: 'Link to this section copied' }).count()).resolves.toBe(1);
    await expect(anchor.evaluate((a) => getComputedStyle(a, '::after').content)).resolves.toBe('"Copied"');
    await context.close();
  });

  it('plays the recording from a quote’s moment, with the keyboard, where consent lets it be heard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/entries/the-near-miss-board/`);
    // The quote is said at 00:30:40; the excerpt on the site begins at 00:30:30.
    const play = page.getByRole('button', { name: 'Play from 00:30:40' });
    await play.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const player = document.getElementById('recording') as HTMLAudioElement;
      return !player.paused && player.currentTime >= 10;
    });
    const at = await page.evaluate(() => (document.getElementById('recording') as HTMLAudioElement).currentTime);
    expect(at).toBeGreaterThanOrEqual(10);
    expect(at).toBeLessThan(12);
    // An entry whose mentor did not consent to being heard has neither player nor button.
    await page.goto(`${server.url}/entries/fourteen-seconds-of-silence/`);
    await expect(page.locator('#recording, .play-quote').count()).resolves.toBe(0);
    await page.close();
  });

  it('prints an entry without the site around it, with its attribution and its address', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const entry = site.entries.find((e) => e.attribution.mode === 'named')!;
    await page.goto(`${server.url}${entry.path}`);
    const visible = async () => ({
      nav: await page.locator('header nav').isVisible(),
      footer: await page.locator('footer.site-footer').isVisible(),
      source: await page.locator('.print-source').isVisible(),
      byline: await page.locator('.byline').isVisible(),
    });
    await expect(visible()).resolves.toEqual({ nav: true, footer: true, source: false, byline: true });
    await page.emulateMedia({ media: 'print' });
    await expect(visible()).resolves.toEqual({ nav: false, footer: false, source: true, byline: true });
    await expect(page.locator('.print-source').textContent()).resolves.toContain(`http://localhost:4321${entry.path}`);
    await page.pdf({ path: join(shots, 'entry-print.pdf'), format: 'A4' });
    await page.close();
  });

  it('never breaks a mentor’s name in the filters at its hyphen, on a desktop or a phone', async () => {
    for (const width of [1280, 390, 320]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${server.url}/search/`);
      const broken = await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
        return [...document.querySelectorAll('[data-filter=mentor] label span:first-of-type')].flatMap((span) => {
          const text = span.firstChild!;
          // Each word that holds a hyphen must sit on one line: one box for its range.
          return [...text.textContent!.matchAll(/\S*[-\u2011]\S*/g)]
            .filter((m) => {
              const range = document.createRange();
              range.setStart(text, m.index);
              range.setEnd(text, m.index + m[0].length);
              return range.getClientRects().length > 1;
            })
            .map((m) => m[0]);
        });
      });
      expect(broken, `${width}px`).toEqual([]);
      // The names are there to be checked: hyphenated, as the sample's mentors are.
      await expect(page.locator('[data-filter=mentor] label').first().textContent()).resolves.toMatch(/[-\u2011]/);
      await page.close();
    }
  });

  it('fits the at-risk chart and table to a phone; narrower still, the table scrolls in its own region and says so', async () => {
    for (const [width, scrolls] of [
      [390, false],
      [320, true],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${server.url}/at-risk/`);
      const m = await page.evaluate(() => {
        const region = document.querySelector('.table-scroll')!;
        return {
          page: document.documentElement.scrollWidth,
          chart: document.querySelector('.risk-figure svg')!.getBoundingClientRect().right,
          table: region.scrollWidth - region.clientWidth,
          hint: getComputedStyle(document.querySelector('.scroll-hint')!).display !== 'none',
          region: [region.getAttribute('role'), region.getAttribute('tabindex')],
        };
      });
      expect(m.page, `${width}px: the page does not scroll sideways`).toBe(width);
      expect(m.chart).toBeLessThanOrEqual(width);
      expect(m.table > 0, `${width}px: the table overflows its region`).toBe(scrolls);
      expect(m.hint).toBe(scrolls);
      // A region a keyboard can reach and scroll.
      expect(m.region).toEqual(['region', '0']);
      await page.close();
    }
  });

  it('passes the axe-core WCAG 2.1 AA checks on every kind of page, light and dark, desktop and phone', async () => {
    const entryPaths = [
      site.entries.find((e) => e.attribution.mode === 'named')!.path,
      site.entries.find((e) => e.attribution.mode === 'anonymous')!.path,
      // An entry with headings, whose links to themselves must pass too.
      site.entries.find((e) => e.html.includes('heading-anchor'))!.path,
      // An entry with a recording to play.
      site.entries.find((e) => e.recording)!.path,
    ];
    for (const [scheme, width, height] of [
      ['light', 1280, 900],
      ['dark', 1280, 900],
      ['light', 390, 844],
      ['dark', 390, 844],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      for (const path of [...paths, ...entryPaths, site.mentors[0]!.path]) {
        await page.goto(`${server.url}${path}`);
        if (path.startsWith('/search/')) await page.locator('#search-help > *').first().waitFor();
        await page.addScriptTag({ content: axeSource });
        const violations = (await page.evaluate(
          `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) })))`,
        )) as AxeViolation[];
        expect(violations, `${scheme} ${width}px ${path}`).toEqual([]);
      }
      await page.close();
    }
  });
});
