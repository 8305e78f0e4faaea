import { createHash } from 'node:crypto';
import type { PublishedEntry, Site, TopicRef } from './model.ts';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/** What every page shares and each topic by id, worked out once per site rather than once per page. */
type Neighbours = { topic: TopicRef; previous?: PublishedEntry | undefined; next?: PublishedEntry | undefined };

const perSite = new WeakMap<Site, { chrome: string; topics: Map<string, Site['topics'][number]>; neighbours: Map<PublishedEntry, Neighbours> }>();
function shared(site: Site) {
  let hit = perSite.get(site);
  if (!hit) {
    // Each entry's place in its first topic's listing, found in one pass over the listings rather than a
    // search of a listing per page.
    const neighbours = new Map<PublishedEntry, Neighbours>();
    for (const t of site.topics) {
      t.entries.forEach((e, i) => {
        if (e.topics[0]!.id === t.id) neighbours.set(e, { topic: e.topics[0]!, previous: t.entries[i - 1], next: t.entries[i + 1] });
      });
    }
    // Everything every page shows besides its own content: settings, edition, build date ("N months ago").
    hit = { chrome: digest([site.config, site.audience, site.today, site.base]), topics: new Map(site.topics.map((t) => [t.id, t])), neighbours };
    perSite.set(site, hit);
  }
  return hit;
}

/** What an entry page shows of its own entry: all but the plain and search texts, which feed the index. */
const shown = ({ text: _text, ...rest }: PublishedEntry) => rest;

/** What an entry card shows of an entry elsewhere: no body either. */
const card = (entry: PublishedEntry) => {
  const { html: _html, related: _related, ...rest } = shown(entry);
  return rest;
};

/** The breadcrumb to a topic: its chain of first broader topics, widest first. */
export function topicTrail(site: Site, topicId: string): TopicRef[] {
  const { topics } = shared(site);
  const trail: TopicRef[] = [];
  for (let t = topics.get(topicId); t && !trail.some((x) => x.id === t!.id); t = topics.get(t.broader[0]?.id ?? '')) {
    trail.unshift({ id: t.id, label: t.label, path: t.path });
  }
  return trail;
}

/**
 * The entries before and after this one in its first topic's listing (newest first), for "previous" and
 * "next" on its page; from the published list only, like every listing.
 */
export function topicNeighbours(site: Site, entry: PublishedEntry): Neighbours {
  return shared(site).neighbours.get(entry) ?? { topic: entry.topics[0]! };
}

/**
 * The key of an entry page for Astro's incremental build: a digest of everything the page renders, so a
 * page is reused only when it would come out the same. A page the gate no longer publishes has no path
 * and no key, and is neither rendered nor restored.
 */
export function entryPageKey(site: Site, entry: PublishedEntry): string {
  const related = entry.related
    .map((slug) => site.bySlug.get(slug))
    .filter((e) => e !== undefined)
    .map(card);
  const { previous, next } = topicNeighbours(site, entry);
  const neighbour = (e: PublishedEntry | undefined) => e && { title: e.title, path: e.path };
  return digest([shared(site).chrome, shown(entry), related, topicTrail(site, entry.topics[0]!.id), neighbour(previous), neighbour(next)]);
}
