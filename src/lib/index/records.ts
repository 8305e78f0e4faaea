import type { CustomRecord } from 'pagefind';
import type { PublishedEntry } from '../site/model.ts';
import { kindInfo } from '../site/kinds.ts';
import { facetValues } from './facets.ts';

/** The URL an entry's search record carries, and which part of a split index it goes to (`shardOf`). */
export const recordUrl = (entry: PublishedEntry, base: string): string => `${base.replace(/\/$/, '')}${entry.path}`;

/**
 * The search record of one published entry. Built from the gate's list, not scraped from pages, so the
 * index holds exactly what the gate allows: attribution as consented, topic synonyms so they find the entry,
 * and filters that include every broader topic so filtering on a parent finds its children's entries.
 *
 * The body (`content`) is the entry's own words only, so the excerpt Pagefind highlights under a result
 * is always a passage of the entry. Title, summary, topics and synonyms are meta fields, which Pagefind
 * searches and weights apart (`ranking.ts`). Pagefind escapes `<` and `>` in the excerpt (not `&`) and
 * adds `<mark>`; the client reads it back as text and marks, never as HTML.
 */
export function searchRecord(entry: PublishedEntry, base: string): CustomRecord {
  const filters = Object.fromEntries(Object.entries(facetValues(entry)).filter(([, values]) => values.length));
  const own = new Set(entry.topics.map((t) => t.id));
  const content = [entry.text, entry.appliesWhen ?? '', entry.notWhen ?? ''].filter(Boolean).join('\n');
  return {
    url: recordUrl(entry, base),
    content,
    language: 'en',
    meta: {
      title: entry.title,
      summary: entry.summary,
      kind: kindInfo[entry.kind].label,
      attribution: entry.attribution.label,
      topics: entry.topics.map((t) => t.label).join(', '),
      also: [...entry.synonyms, ...entry.topicsWithAncestors.filter((t) => !own.has(t.id)).map((t) => t.label)].join(', '),
    },
    filters,
    sort: { date: entry.date ?? '' },
  };
}
