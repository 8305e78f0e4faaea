// What the search page draws: results with the passage that matched, topics named by the query, and the
// help shown when nothing matches. Every string from the index goes in as text, never as HTML.
import type { TopicHint } from '../lib/index/topics.ts';
import type { ResultData } from './pagefind.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

const link = (href: string, text: string, className?: string) => {
  const a = el('a', className, text);
  a.href = href;
  return a;
};

// Pagefind escapes only these two; any other entity-like text is the entry's own words.
const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>' };

/**
 * Pagefind's excerpt as text and `<mark>` elements. Pagefind escapes `<` and `>` in the body and wraps
 * matched words in `<mark>`; reading it back piece by piece means no markup an entry holds can run.
 */
export function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      continue;
    }
    if (!part) continue;
    const text = part.replace(/&(?:lt|gt);/g, (e) => entities[e] ?? e);
    nodes.push(marked ? el('mark', undefined, text) : document.createTextNode(text));
  }
  return nodes;
}

export function resultItem(data: ResultData): HTMLLIElement {
  const li = el('li');
  const article = el('article', 'card result');
  const kindId = (data.meta.kind ?? '').toLowerCase();
  const h = el('h3', 'card-title');
  h.append(link(data.url, data.meta.title ?? data.url));
  article.append(el('span', `kind kind-${kindId}`, data.meta.kind ?? ''), h, el('p', 'card-summary', data.meta.summary ?? ''));
  // The words that matched, in the mentor's own sentence: only when the body matched, not the title alone.
  if (data.locations.length) {
    const excerpt = el('p', 'card-excerpt');
    excerpt.append('“', ...excerptNodes(data.excerpt), '”');
    article.append(excerpt);
  }
  article.append(el('p', 'card-meta', [data.meta.attribution, data.meta.topics].filter(Boolean).join(' · ')));
  li.append(article);
  return li;
}

const entryCount = (n: number) => (n === 0 ? 'No entries yet' : `${n} ${n === 1 ? 'entry' : 'entries'}`);

/** A topic the query names, shown above the entries: where it sits, what else it is called, how much it holds. */
export function topicCard(topic: TopicHint, href: (path: string) => string): HTMLElement {
  const card = el('article', 'card topic-hit');
  const h = el('h3', 'card-title');
  h.append(el('span', 'topic-hit-label', 'Topic: '), link(href(topic.path), topic.label));
  const about = [topic.broader ? `In ${topic.broader}` : '', topic.also.length ? `also called ${topic.also.join(', ')}` : ''].filter(Boolean).join('; ');
  card.append(h);
  if (about) card.append(el('p', 'card-summary', `${about}.`));
  const count = el('p', 'card-meta', entryCount(topic.entries));
  if (topic.entries === 0) count.append(' — nobody has shared what they know about this yet.');
  card.append(count);
  return card;
}

export interface Help {
  /** A corrected query that finds something. */
  suggestion?: string | undefined;
  /** Entries that match the query without the filters in use. */
  withoutFilters?: number | undefined;
  closest: TopicHint[];
  /** Where "Ask a mentor about this" goes, the query filled in. */
  ask?: string | undefined;
}

/** The help under a query that found nothing with every word: what to try, where to look, whom to ask. */
export function helpNodes(help: Help, href: (path: string) => string, searchHref: (q: string) => string, clearFilters: () => void): Node[] {
  const nodes: Node[] = [];
  if (help.suggestion) {
    const p = el('p', 'help-line', 'Did you mean ');
    p.append(link(searchHref(help.suggestion), help.suggestion, 'suggestion'), '?');
    nodes.push(p);
  }
  if (help.withoutFilters) {
    const p = el('p', 'help-line', `${entryCount(help.withoutFilters)} ${help.withoutFilters === 1 ? 'matches' : 'match'} without the filters in use. `);
    const button = el('button', 'link-button', 'Search without filters');
    button.type = 'button';
    button.addEventListener('click', clearFilters);
    p.append(button);
    nodes.push(p);
  }
  if (help.closest.length) {
    nodes.push(el('h3', 'help-title', 'Closest topics'));
    const ul = el('ul', 'help-topics');
    ul.setAttribute('role', 'list');
    for (const t of help.closest) {
      const li = el('li');
      li.append(link(href(t.path), t.label), el('span', 'count', ` ${entryCount(t.entries).toLowerCase()}`));
      ul.append(li);
    }
    nodes.push(ul);
  }
  if (help.ask) nodes.push(askLine(help.ask));
  return nodes;
}

/** "Ask a mentor about this": the knowledge is missing, so say where to ask for it. */
function askLine(url: string): HTMLElement {
  const p = el('p', 'help-line ask-line', 'Not what you need? ');
  p.append(link(url, 'Ask a mentor about this', 'ask-link'), '.');
  return p;
}
