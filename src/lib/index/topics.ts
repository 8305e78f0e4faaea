import { tokenize } from '../ingest/tag/tokens.ts';
import { distance } from '../suggest.ts';
import type { Site } from '../site/model.ts';

/**
 * What the search page knows of one topic, so a query can be answered with the topic itself ("on-call":
 * the topic, and that nothing is written yet), corrected ("negociation"), or pointed at the closest topics
 * when no entry matches. Written by the build from the gate's list: counts are of published entries only.
 */
export interface TopicHint {
  /** The preferred label. */
  label: string;
  /** The topic page's site path. */
  path: string;
  /** Synonyms: the taxonomy's alternative labels. */
  also: string[];
  /** Published entries on the topic and the topics below it. */
  entries: number;
  /** The label of the topic above it, if any. */
  broader?: string | undefined;
}

/** The hints for a site's topics (or any topic pages, as the interview plans pass them). */
export const topicHints = (site: { topics: readonly Site['topics'][number][] }): TopicHint[] =>
  site.topics.map((t) => ({
    label: t.label,
    path: t.path,
    also: t.altLabels,
    entries: t.allEntries.length,
    ...(t.broader[0] ? { broader: t.broader[0].label } : {}),
  }));

const names = (t: TopicHint) => [t.label, ...t.also];
const stems = (text: string) => tokenize(text).map((t) => t.stem);
/** The words of a name or query without spaces and punctuation: `on-call`, `on call` and `oncall` agree. */
const squashed = (text: string) =>
  tokenize(text)
    .map((t) => t.word)
    .join('');

/** Topics one of whose names is the query, give or take case, punctuation and word endings. */
export function topicsNamed(query: string, hints: readonly TopicHint[]): TopicHint[] {
  const key = stems(query).join(' ');
  const flat = squashed(query);
  if (!flat) return [];
  return hints.filter((t) => names(t).some((n) => stems(n).join(' ') === key || squashed(n) === flat));
}

/**
 * The topics closest to a query, best first: by how many of the query's words (by stem) a name shares,
 * then by how few words the name has besides, so "difficult customer" finds "difficult conversations"
 * and "customer integrations" before anything longer.
 */
export function closestTopics(query: string, hints: readonly TopicHint[], limit = 3): TopicHint[] {
  const words = tokenize(query).filter((w) => w.word.length > 2);
  if (!words.length) return [];
  const scored = hints.flatMap((t) => {
    let best = 0;
    for (const name of names(t)) {
      const own = tokenize(name);
      const shared = own.filter((o) => words.some((w) => w.stem === o.stem || close(w.word, o.word))).length;
      if (shared) best = Math.max(best, shared - (own.length - shared) * 0.1);
    }
    return best > 0 ? [{ t, best }] : [];
  });
  return scored
    .sort((a, b) => b.best - a.best || b.t.entries - a.t.entries)
    .slice(0, limit)
    .map((s) => s.t);
}

/** Whether two words are one slip of the keyboard apart: one edit for five letters or more, two for nine. */
const close = (a: string, b: string) => {
  const shortest = Math.min(a.length, b.length);
  if (shortest < 5 || Math.abs(a.length - b.length) > 2) return false;
  return distance(a, b) <= (shortest >= 9 ? 2 : 1);
};

/**
 * The query with each word the taxonomy does not know replaced by the nearest word it does ("negociation
 * pricng" → "negotiation pricing"), or undefined when nothing needs correcting. The client searches the
 * suggestion before offering it, so a correction that finds nothing is never shown.
 */
export function spellingSuggestion(query: string, hints: readonly TopicHint[]): string | undefined {
  const vocabulary = new Set(hints.flatMap((t) => names(t).flatMap((n) => tokenize(n).map((w) => w.word))));
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu, (word) => {
    const lower = word.toLowerCase();
    if (vocabulary.has(lower) || lower.length < 5) return word;
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const known of vocabulary) {
      if (!close(lower, known)) continue;
      const d = distance(lower, known);
      if (d < bestDistance) [best, bestDistance] = [known, d];
    }
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? corrected : undefined;
}
