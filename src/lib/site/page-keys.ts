import { createHash } from 'node:crypto';
import type { PublishedEntry, Site, TopicRef } from './model.ts';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/** Everything every page shows besides its own content: settings, edition, build date (for "N months ago"). */
function chrome(site: Site): string {
  return digest([site.config, site.audience, site.today, site.base]);
}

/** What an entry card shows of an entry elsewhere: everything but its body. */
const card = ({ html: _html, text: _text, related: _related, ...shown }: PublishedEntry) => shown;

/** The breadcrumb to a topic: its chain of first broader topics, widest first. */
export function topicTrail(site: Site, topicId: string): TopicRef[] {
  const trail: TopicRef[] = [];
  for (let t = site.topics.find((x) => x.id === topicId); t && !trail.some((x) => x.id === t!.id); t = site.topics.find((x) => x.id === t!.broader[0]?.id)) {
    trail.unshift({ id: t.id, label: t.label, path: t.path });
  }
  return trail;
}

/**
 * The key of an entry page for Astro's incremental build: a digest of everything the page renders, so a
 * page is reused only when it would come out the same. A page the gate no longer publishes has no path
 * and no key, and is neither rendered nor restored.
 */
export function entryPageKey(site: Site, entry: PublishedEntry): string {
  const related = entry.related.map((slug) => site.bySlug.get(slug)).filter((e) => e !== undefined).map(card);
  return digest([chrome(site), entry, related, topicTrail(site, entry.topics[0]!.id)]);
}
