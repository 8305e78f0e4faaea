// The only client-side JavaScript on the site besides the header's: search over the Pagefind index built
// from the gate's list. The URL holds the state; each settled query is a history entry.
import { countFacets, filterIds, type Selection } from '../lib/index/facets.ts';
import { queryWords, searchable, waitsForPause } from '../lib/index/query.ts';
import { closestTopics, spellingSuggestion, topicsNamed, type TopicHint } from '../lib/index/topics.ts';
import { facetBoxes, loadFacets, showCounts } from './facets.ts';
import { loadPagefind, type Hit, type Pagefind } from './pagefind.ts';
import { helpNodes, resultItem, topicCard, type Help } from './render.ts';

const PAGE = 10;
/** How long typing must pause before a query that `waitsForPause` is searched. */
const TYPING_PAUSE_MS = 300;
/** How long typing must pause before the query counts as settled and gets its own history entry. */
const SETTLE_MS = 800;

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector);

export function startSearch(): void {
  const form = $<HTMLFormElement>('#search');
  const input = $<HTMLInputElement>('#q');
  const status = $<HTMLElement>('#search-status');
  const list = $<HTMLOListElement>('#search-results');
  const more = $<HTMLButtonElement>('#more-results');
  const clear = $<HTMLButtonElement>('#clear-filters');
  const idle = $<HTMLElement>('#search-idle');
  const active = $<HTMLElement>('#active-filters');
  const activeList = $<HTMLUListElement>('#active-filter-list');
  const topicsHit = $<HTMLElement>('#search-topics');
  const help = $<HTMLElement>('#search-help');
  if (!form || !input || !status || !list || !more || !clear || !active || !activeList || !topicsHit || !help) return;
  const facets = facetBoxes(document);
  const boxes = facets.map((f) => f.input);
  const base = form.dataset.base ?? '';
  const href = (path: string) => `${base}${path}`;
  // A suggested query keeps the filters in use, as choosing it in place does.
  const searchHref = (q: string) => {
    const params = new URLSearchParams({ q });
    for (const box of boxes) if (box.checked) params.append(box.name, box.value);
    return `${location.pathname}?${params}`;
  };

  const load = () => loadPagefind(form.dataset.pagefind ?? '/pagefind/', form.dataset.merge?.split(' ').filter(Boolean));
  const table = () => loadFacets(form.dataset.facets ?? '');
  let hintsLoading: Promise<TopicHint[]> | undefined;
  const hints = () =>
    (hintsLoading ??= fetch(form.dataset.topics ?? '')
      .then((r) => (r.ok ? (r.json() as Promise<TopicHint[]>) : []))
      .catch(() => []));

  // On a phone the filter lists would push results off screen: start with the groups folded, except
  // those already in use. They stay open on wider screens.
  if (matchMedia('(max-width: 56rem)').matches) {
    for (const group of document.querySelectorAll<HTMLDetailsElement>('#filters details')) {
      group.open = [...group.querySelectorAll<HTMLInputElement>('input')].some((i) => new URLSearchParams(location.search).getAll(i.name).includes(i.value));
    }
  }

  // Read state from the URL so results can be linked, the header's search box lands here, and Back
  // returns to an earlier query.
  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);
  };
  fromUrl();

  let generation = 0;
  let hits: Hit[] = [];
  let shown = 0;

  const selected = (): Selection => {
    const filters: Record<string, string[]> = {};
    for (const box of boxes) if (box.checked) (filters[box.name] ??= []).push(box.value);
    return filters as Selection;
  };
  /**
   * The hits that pass the filters, in Pagefind's order, from the table; without it, Pagefind filters
   * (`query` is then searched again, with them).
   */
  const narrow = async (all: Hit[], filters: Selection, query?: string | null) => {
    if (!Object.keys(filters).length) return all;
    const facets = await table();
    if (facets) {
      const keep = new Set(
        filterIds(
          all.map((h) => h.id),
          facets,
          filters,
        ),
      );
      // A split index's parts come back merged by score: with no term, the table gives the date order.
      if (query === null && facets.newest) {
        const hit = new Map(all.map((h) => [h.id, h]));
        return facets.newest.filter((id) => keep.has(id) && hit.has(id)).map((id) => hit.get(id)!);
      }
      return all.filter((h) => keep.has(h.id));
    }
    if (query === undefined) return [];
    const any = Object.fromEntries(Object.entries(filters).map(([g, values]) => [g, { any: values }]));
    return (await (await load()).search(query, { filters: any, ...(query ? {} : { sort: { date: 'desc' } }) }))?.results ?? [];
  };
  const groupOf = (box: HTMLInputElement) => box.closest('details')?.querySelector('summary')?.textContent?.trim() ?? box.name;
  const labelOf = (box: HTMLInputElement) => box.parentElement?.querySelector('span')?.textContent?.trim() ?? box.value;

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
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chip chip-remove';
        button.textContent = `${groupOf(box)}: ${labelOf(box)} ×`;
        button.setAttribute('aria-label', `Remove the filter ${groupOf(box)}: ${labelOf(box)}`);
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

  /** Where "Ask a mentor about this" goes for this query, from the URL template in `site.yaml`. */
  const askUrl = (term: string) => {
    const template = form.dataset.ask;
    if (!template || !term) return undefined;
    const filters = boxes
      .filter((b) => b.checked)
      .map((b) => `${groupOf(b)}: ${b.value}`)
      .join(', ');
    const url = template.replaceAll('{query}', encodeURIComponent(term)).replaceAll('{filters}', encodeURIComponent(filters));
    // The schema allows only web addresses; the page checks again rather than trust the attribute.
    try {
      return /^https?:$/.test(new URL(url).protocol) ? url : undefined;
    } catch {
      return undefined;
    }
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
      topicsHit.replaceChildren();
      help.replaceChildren();
      more.hidden = true;
      showCounts(facets, 'totals');
      status.textContent = status.dataset.idle ?? status.textContent;
      return;
    }
    const pagefind = await load();
    const query = term ? searchable(term) : null;
    // One search for the term alone; the filters are applied here, from the table, so the counts of
    // every other value come from the same list.
    const [search, topics] = await Promise.all([pagefind.search(query, term ? {} : { sort: { date: 'desc' } }), hints()]);
    if (mine !== generation || !search) return; // a newer keystroke superseded this search
    const named = term ? topicsNamed(term, topics) : [];
    let all = search.results;
    let found = await narrow(all, filters, query);
    let partial: string[] | undefined;
    // Only when no entry has every word, filters or not: otherwise say how many match without the filters.
    if (!all.length && term) {
      const some = await someWords(pagefind, term);
      const kept = await narrow(some.hits, filters);
      if (kept.length) {
        all = some.hits;
        found = kept;
        const words = new Set(kept.flatMap((h) => [...(some.wordsOf.get(h.id) ?? [])]));
        partial = queryWords(term).filter((w) => words.has(w));
      }
    }
    if (mine !== generation) return;
    hits = found;
    topicsHit.replaceChildren(...named.map((t) => topicCard(t, href)));
    shown = 0;
    list.replaceChildren();
    await showMore(mine);
    if (mine !== generation) return;
    status.textContent = statusLine(hits.length, term, filtering, partial);
    const nodes = await helpFor(pagefind, term, filters, topics, named, hits.length && !partial ? hits.length : 0, hits.length ? 0 : all.length);
    if (mine !== generation) return;
    help.replaceChildren(...nodes);
    // The counts come last: the table may still be on its way the first time.
    const facetTable = await table();
    if (mine !== generation) return;
    showCounts(
      facets,
      facetTable
        ? countFacets(
            all.map((h) => h.id),
            facetTable,
            filters,
          )
        : 'unknown',
    );
  };

  /**
   * What to offer besides results: a spelling that finds more (when the taxonomy knows it), and when
   * every word did not match, the closest topics and the filters to drop. Asking a mentor is always offered.
   */
  const helpFor = async (pagefind: Pagefind, term: string, filters: Selection, topics: TopicHint[], named: TopicHint[], found: number, unfiltered: number) => {
    const h: Help = { closest: [], ask: askUrl(term) };
    const suggestion = term ? spellingSuggestion(term, topics) : undefined;
    if (suggestion && (await narrow((await pagefind.search(searchable(suggestion)))?.results ?? [], filters, searchable(suggestion))).length > found)
      h.suggestion = suggestion;
    if (found) return helpNodes({ ask: h.ask, closest: [], ...(h.suggestion ? { suggestion: h.suggestion } : {}) }, href, searchHref, clearAll);
    if (term) h.closest = closestTopics(term, topics).filter((t) => !named.includes(t));
    if (Object.keys(filters).length && unfiltered) h.withoutFilters = unfiltered;
    return helpNodes(h, href, searchHref, clearAll);
  };

  // A page is claimed before it loads, and the button waits for it, so quick clicks never add one twice.
  const showMore = async (mine: number) => {
    const slice = hits.slice(shown, shown + PAGE);
    shown += slice.length;
    more.disabled = true;
    const page = await Promise.all(slice.map((h) => h.data()));
    more.disabled = false;
    if (mine !== generation) return;
    for (const data of page) list.append(resultItem(data));
    more.hidden = shown >= hits.length;
  };

  status.dataset.idle = status.textContent ?? '';
  // One- and two-letter prefixes and function words match most of a large index: searching them on every
  // keystroke queues heavy searches in Pagefind's worker ahead of the word being typed, and fetches results
  // and index chunks nobody needs. Other queries search at once; those (`HR`, `QA`, `how to`) once typing pauses.
  let pending: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(pending);
    const term = input.value.trim();
    if (!waitsForPause(term)) void run();
    else pending = setTimeout(() => void run(), TYPING_PAUSE_MS);
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
  // A suggested spelling searches in place, as if typed, and is a settled query of its own.
  help.addEventListener('click', (event) => {
    const a = (event.target as Element).closest<HTMLAnchorElement>('a.suggestion');
    if (!a) return;
    event.preventDefault();
    input.value = a.textContent ?? '';
    settle();
    void run();
  });
  more.addEventListener('click', () => void showMore(generation));
  // Arrow keys move from the box into the results and between them; Enter opens the focused one.
  const links = () => [...document.querySelectorAll<HTMLAnchorElement>('#search-topics .card-title a, #search-results .card-title a')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  for (const area of [list, topicsHit])
    area.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const all = links();
      const at = all.indexOf(document.activeElement as HTMLAnchorElement);
      if (at < 0) return;
      event.preventDefault();
      if (event.key === 'ArrowUp' && at === 0) input.focus();
      else all[Math.min(all.length - 1, event.key === 'ArrowDown' ? at + 1 : at - 1)]?.focus();
    });
  const clearAll = () => {
    for (const box of boxes) box.checked = false;
    settle();
    void run();
    input.focus();
  };
  clear.addEventListener('click', clearAll);
  if (input.value || boxes.some((b) => b.checked)) void run();
}

/**
 * When no entry has every word: entries with some of them, those with the most words first, then by
 * Pagefind's score. One search per word; Pagefind has the chunks from the first search already.
 * The filters are applied afterwards, like any search's.
 */
async function someWords(pagefind: Pagefind, term: string): Promise<{ hits: Hit[]; wordsOf: Map<string, Set<string>> }> {
  const words = queryWords(term);
  const wordsOf = new Map<string, Set<string>>();
  if (words.length < 2) return { hits: [], wordsOf };
  const found = new Map<string, { hit: Hit; score: number }>();
  await Promise.all(
    words.map(async (word) => {
      for (const hit of (await pagefind.search(word))?.results ?? []) {
        const seen = found.get(hit.id) ?? { hit, score: 0 };
        seen.score += hit.score;
        found.set(hit.id, seen);
        (wordsOf.get(hit.id) ?? wordsOf.set(hit.id, new Set()).get(hit.id)!).add(word);
      }
    }),
  );
  const hits = [...found.values()].sort((a, b) => wordsOf.get(b.hit.id)!.size - wordsOf.get(a.hit.id)!.size || b.score - a.score).map((f) => f.hit);
  return { hits, wordsOf };
}

function statusLine(n: number, term: string, filtering: boolean, partial: string[] | undefined): string {
  const entries = `${n} ${n === 1 ? 'entry' : 'entries'}`;
  const quoted = term ? ` for “${term}”` : '';
  if (partial) return `No entry has every word of “${term}”. ${entries} ${n === 1 ? 'has' : 'have'} some of them (${partial.join(', ')}):`;
  if (n) return `${entries}${quoted}${filtering ? ' with the chosen filters' : ''}`;
  return `Nothing found${quoted}${filtering ? ' with the chosen filters' : ''}.`;
}
