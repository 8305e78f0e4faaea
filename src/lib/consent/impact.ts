import type { WithheldReason } from '../gate/index.ts';
import type { Content } from '../read/content.ts';
import { buildSite, type Site } from '../site/model.ts';

/** What one audience's site loses when content changes, computed by building the site both ways. */
export interface AudienceImpact {
  audience: string;
  /** Published entries before and after. */
  published: { before: number; after: number };
  /** Entry pages no longer built. */
  pages: { slug: string; path: string; title: string }[];
  /** Mentor pages no longer built (people id and path; the page's name is not repeated here). */
  mentorPages: { id: string; path: string }[];
  /** Topic pages whose entry count changes (counting narrower topics, as the page lists them). */
  topics: { id: string; label: string; path: string; before: number; after: number }[];
}

/** Every audience's site before and after, judged on `today`; `before` and `after` are both in memory. */
export interface SiteImpact {
  audiences: AudienceImpact[];
  /** For each entry that was in `before`: the audiences it is published for. */
  publishedIn: Map<string, string[]>;
  /** For each entry that was in `before`: why the narrowest audience's build withholds it (empty when published). */
  withheldFor: Map<string, WithheldReason[]>;
}

/**
 * Builds the site for every audience from the content before and after a change, with the real gate and
 * model (`buildSite`), and compares them. Nothing is guessed: a page is reported gone only when the build
 * after the change does not have it.
 */
export function siteImpact(before: Content, after: Content, today: string): SiteImpact {
  const audiences = before.config.audiences;
  const publishedIn = new Map<string, string[]>();
  const withheldFor = new Map<string, WithheldReason[]>();
  const impacts = audiences.map((audience): AudienceImpact => {
    const options = { audience, today, base: '/' };
    const was = buildSite(before, options);
    const is = buildSite(after, options);
    for (const e of was.entries) publishedIn.set(e.slug, [...(publishedIn.get(e.slug) ?? []), audience]);
    for (const w of was.withheld) withheldFor.set(w.slug, w.reasons);
    for (const e of was.entries) withheldFor.set(e.slug, []);
    return compare(audience, was, is);
  });
  return { audiences: impacts, publishedIn, withheldFor };
}

function compare(audience: string, was: Site, is: Site): AudienceImpact {
  const mentorsAfter = new Set(is.mentors.map((m) => m.id));
  const topicsAfter = new Map(is.topics.map((t) => [t.id, t.allEntries.length]));
  return {
    audience,
    published: { before: was.entries.length, after: is.entries.length },
    pages: was.entries
      .filter((e) => !is.bySlug.has(e.slug))
      .map((e) => ({ slug: e.slug, path: e.path, title: e.title }))
      .sort((a, b) => a.path.localeCompare(b.path)),
    mentorPages: was.mentors.filter((m) => !mentorsAfter.has(m.id)).map((m) => ({ id: m.id, path: m.path })),
    topics: was.topics
      .map((t) => ({ id: t.id, label: t.label, path: t.path, before: t.allEntries.length, after: topicsAfter.get(t.id) ?? 0 }))
      .filter((t) => t.before !== t.after),
  };
}
