/**
 * Every URL the site has, relative to the base it is served under: the one place a path is written. Pages,
 * navigation, the model, the sitemap, the feed, check's link rule and the redirects all take paths from here.
 */
export const routes = {
  home: '/',
  topics: '/topics/',
  kinds: '/kinds/',
  mentors: '/mentors/',
  aToZ: '/a-z/',
  search: '/search/',
  atRisk: '/at-risk/',
  feed: '/feed.xml',
  sitemap: '/sitemap.xml',
  /** The search index Pagefind writes. */
  pagefind: '/pagefind/',
  /** The filter values of each indexed page, written beside the index (`src/lib/index/facets.ts`). */
  searchFacets: '/pagefind/facets.json',
  /** The picture link previews show (Open Graph, Twitter). */
  socialImage: '/social.png',
  /** The topics the search page names, corrects towards and suggests (`src/lib/index/topics.ts`). */
  searchTopics: '/search-topics.json',
  entry: (slug: string) => `/entries/${slug}/`,
  topic: (id: string) => `/topics/${id}/`,
  kind: (kind: string) => `/kinds/${kind}/`,
  mentor: (personId: string) => `/mentors/${personId}/`,
  /** An interview plan for a named mentor about to leave; only in editions that have the at-risk page. */
  plan: (personId: string) => `/at-risk/plans/${personId}/`,
} as const;

/** The pages that exist whatever the content, in the order the sitemap lists them. */
export const fixedPages: readonly string[] = [routes.home, routes.topics, routes.kinds, routes.mentors, routes.aToZ, routes.search, routes.atRisk];

/** Every path a link may point at whatever the content: the fixed pages, the feed and the sitemap. */
export const fixedPaths: ReadonlySet<string> = new Set([...fixedPages, routes.feed, routes.sitemap]);

/** Whether a site path points into the entries, which exist only where the gate publishes them. */
export const isEntryPath = (path: string): boolean => path.startsWith('/entries/');

/** The topic id of a topic page's path (`/topics/a/b/` → `a/b`). */
export const topicIdOf = (path: string): string | undefined => /^\/topics\/(.+)\/$/.exec(path)?.[1];

/** The sections whose pages the content makes, one per slug or id. */
export type Section = 'entries' | 'topics' | 'kinds' | 'mentors';

/** Which page a site path names: a fixed page, a section's page and its id, or none of the site's. */
export function routeOf(path: string): { fixed: true } | { section: Section; id: string } | undefined {
  const withSlash = path.endsWith('/') || path.includes('.') ? path : `${path}/`;
  if (fixedPaths.has(withSlash)) return { fixed: true };
  const [section, ...rest] = withSlash.split('/').filter(Boolean);
  const id = rest.join('/');
  return id && (section === 'entries' || section === 'topics' || section === 'kinds' || section === 'mentors') ? { section, id } : undefined;
}
