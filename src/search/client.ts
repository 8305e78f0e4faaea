// The only client-side JavaScript on the site: search over the Pagefind index built from the gate's list.
import { isFunctionWord } from '../lib/index/function-words.ts';

interface PagefindResultData {
  url: string;
  meta: { title?: string; summary?: string; kind?: string; attribution?: string; topics?: string };
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, o?: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

const PAGE = 10;
/** How long typing must pause before a one- or two-letter term is searched. */
const SHORT_TERM_PAUSE_MS = 300;
/** How long typing must pause before the query counts as settled and gets its own history entry. */
const SETTLE_MS = 800;

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search');
  const input = document.querySelector<HTMLInputElement>('#q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#more-results');
  const clear = document.querySelector<HTMLButtonElement>('#clear-filters');
  const idle = document.querySelector<HTMLElement>('#search-idle');
  const active = document.querySelector<HTMLElement>('#active-filters');
  const activeList = document.querySelector<HTMLUListElement>('#active-filter-list');
  if (!form || !input || !status || !list || !more || !clear || !active || !activeList) return;
  const boxes = [...document.querySelectorAll<HTMLInputElement>('#filters input[type=checkbox]')];

  let api: Promise<PagefindApi> | undefined;
  const load = () =>
    (api ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${form.dataset.pagefind}pagefind.js`)) as PagefindApi;
      await pagefind.options({ baseUrl: '/' });
      await pagefind.init();
      return pagefind;
    })());

  // On a phone the filter lists would push results off screen: start with the groups folded, except
  // those already in use. They stay open on wider screens.
  if (matchMedia('(max-width: 56rem)').matches) {
    for (const group of document.querySelectorAll<HTMLDetailsElement>('#filters details')) {
      group.open = [...group.querySelectorAll<HTMLInputElement>('input')].some((i) => new URLSearchParams(location.search).getAll(i.name).includes(i.value));
    }
  }

  // Read state from the URL so results can be linked, the home page's search box lands here, and Back
  // returns to an earlier query.
  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);
  };
  fromUrl();

  let generation = 0;
  let hits: { data(): Promise<PagefindResultData> }[] = [];
  let shown = 0;

  const selected = () => {
    const filters: Record<string, { any: string[] }> = {};
    for (const box of boxes) if (box.checked) (filters[box.name] ??= { any: [] }).any.push(box.value);
    return filters;
  };

  // Each settled query is a history entry of its own, so Back returns to the one before: a query settles
  // when typing pauses, when the form is submitted, and whenever a filter changes. Keystrokes in between
  // leave the history alone.
  let settling: ReturnType<typeof setTimeout> | undefined;
  /** The query string of the results on screen, settled or restored. */
  let shownSearch = location.search;
  const settle = () => {
    clearTimeout(settling);
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const box of boxes) if (box.checked) next.append(box.name, box.value);
    const query = next.toString();
    if ((query ? `?${query}` : '') !== location.search) history.pushState(null, '', query ? `?${query}` : location.pathname);
    shownSearch = location.search;
  };
  const settleSoon = () => {
    clearTimeout(settling);
    settling = setTimeout(settle, SETTLE_MS);
  };

  // One chip per filter in use, named by its group; removing it unticks the box and searches again.
  const showActive = () => {
    const chips = boxes
      .filter((box) => box.checked)
      .map((box) => {
        const group = box.closest('details')?.querySelector('summary')?.textContent?.trim() ?? box.name;
        const label = box.parentElement?.querySelector('span')?.textContent?.trim() ?? box.value;
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chip chip-remove';
        button.textContent = `${group}: ${label} ×`;
        button.setAttribute('aria-label', `Remove the filter ${group}: ${label}`);
        button.addEventListener('click', () => {
          box.checked = false;
          settle();
          void run();
          input.focus();
        });
        li.append(button);
        return li;
      });
    activeList.replaceChildren(...chips);
    active.hidden = chips.length === 0;
  };

  const run = async () => {
    const mine = ++generation;
    const term = input.value.trim();
    const filters = selected();
    const filtering = Object.keys(filters).length > 0;
    showActive();
    if (idle) idle.hidden = Boolean(term || filtering);
    if (!term && !filtering) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = status.dataset.idle ?? status.textContent;
      return;
    }
    const pagefind = await load();
    // Values within a filter group are ORed (`any`); groups are ANDed by Pagefind.
    const search = await pagefind.search(term ? searchable(term) : null, { filters, ...(term ? {} : { sort: { date: 'desc' } }) });
    if (mine !== generation || !search) return; // a newer keystroke superseded this search
    hits = search.results;
    shown = 0;
    list.replaceChildren();
    await showMore(mine);
    const n = hits.length;
    status.textContent = n
      ? `${n} ${n === 1 ? 'entry' : 'entries'}${term ? ` for “${term}”` : ''}${filtering ? ' with the chosen filters' : ''}`
      : `Nothing found${term ? ` for “${term}”` : ''}. Try fewer words, a synonym, or fewer filters.`;
  };

  const showMore = async (mine: number) => {
    const page = await Promise.all(hits.slice(shown, shown + PAGE).map((h) => h.data()));
    if (mine !== generation) return;
    for (const data of page) list.append(renderResult(data));
    shown += page.length;
    more.hidden = shown >= hits.length;
  };

  status.dataset.idle = status.textContent ?? '';
  // One- and two-letter prefixes match most of a large index: searching them on every keystroke queues
  // heavy searches in Pagefind's worker ahead of the word being typed, and fetches results nobody reads.
  // Longer terms search at once; short ones (`HR`, `QA`) once typing pauses.
  let pending: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(pending);
    const term = input.value.trim();
    if (term.length === 0 || term.length >= 3) void run();
    else pending = setTimeout(() => void run(), SHORT_TERM_PAUSE_MS);
    settleSoon();
  });
  input.addEventListener('focus', () => void load(), { once: true });
  for (const box of boxes)
    box.addEventListener('change', () => {
      settle();
      void run();
    });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    settle();
    void run();
  });
  addEventListener('popstate', () => {
    // A jump within the page (`#results-title`) changes the history too, but not the query.
    if (location.search === shownSearch) return;
    shownSearch = location.search;
    clearTimeout(settling);
    fromUrl();
    void run();
  });
  more.addEventListener('click', () => void showMore(generation));
  // Arrow keys move from the box into the results and between them; Enter opens the focused one.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('.card-title a')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && at === 0) input.focus();
    else all[Math.min(all.length - 1, event.key === 'ArrowDown' ? at + 1 : at - 1)]?.focus();
  });
  clear.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    settle();
    void run();
  });
  if (input.value || boxes.some((b) => b.checked)) void run();
}

/**
 * The query as the index holds bodies: without function words, which the index leaves out of them. A
 * query of function words alone is searched as typed (titles and summaries keep every word).
 */
function searchable(term: string): string {
  const kept = term.split(/\s+/).filter((w) => !isFunctionWord(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, '')));
  return kept.length ? kept.join(' ') : term;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const article = document.createElement('article');
  article.className = 'card result';
  const kind = document.createElement('span');
  const kindId = (data.meta.kind ?? '').toLowerCase();
  kind.className = `kind kind-${kindId}`;
  kind.textContent = data.meta.kind ?? '';
  const h = document.createElement('h3');
  h.className = 'card-title';
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title ?? data.url;
  h.append(a);
  const summary = document.createElement('p');
  summary.className = 'card-summary';
  summary.textContent = data.meta.summary ?? '';
  const meta = document.createElement('p');
  meta.className = 'card-meta';
  meta.textContent = [data.meta.attribution, data.meta.topics].filter(Boolean).join(' · ');
  article.append(kind, h, summary, meta);
  li.append(article);
  return li;
}
