import type { CustomRecord } from 'pagefind';
import type { PublishedEntry } from '../site/model.ts';
import { kindInfo } from '../site/kinds.ts';

/**
 * The search record of one published entry. Built from the gate's list, not scraped from pages, so the
 * index holds exactly what the gate allows: attribution as consented, topic synonyms so they find the entry,
 * and filters that include every broader topic so filtering on a parent finds its children's entries.
 */
export function searchRecord(entry: PublishedEntry, base: string): CustomRecord {
  const filters: Record<string, string[]> = {
    topic: entry.topicsWithAncestors.map((t) => t.label),
    kind: [kindInfo[entry.kind].label],
  };
  if (entry.stages.length) filters.stage = entry.stages.map((s) => s.label);
  if (entry.attribution.mode === 'named') filters.mentor = [entry.attribution.name];
  const content = [
    entry.title,
    entry.summary,
    // Only the body loses its function words; titles, summaries and labels stay whole.
    entry.searchText,
    entry.appliesWhen ?? '',
    entry.notWhen ?? '',
    entry.topicsWithAncestors.map((t) => t.label).join(', '),
    entry.synonyms.join(', '),
    entry.attribution.mode === 'anonymous' ? '' : entry.attribution.label,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    url: `${base.replace(/\/$/, '')}${entry.path}`,
    content,
    language: 'en',
    meta: {
      title: entry.title,
      summary: entry.summary,
      kind: kindInfo[entry.kind].label,
      attribution: entry.attribution.label,
      topics: entry.topics.map((t) => t.label).join(', '),
    },
    filters,
    sort: { date: entry.date ?? '' },
  };
}
