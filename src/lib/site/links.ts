import type { SiteConfig } from '../schema/index.ts';

/** The settings the links are built from: both come from `content/site.yaml`. */
export type RepositoryConfig = Pick<SiteConfig, 'repository' | 'branch'>;

// `https://github.com/acme/knowledge/`, `…/knowledge.git` → `https://github.com/acme/knowledge`.
const base = (repository: string): string =>
  repository
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
// Each path segment encoded on its own, so the `/` between folders stays a separator.
const segments = (path: string): string => path.split('/').filter(Boolean).map(encodeURIComponent).join('/');

/**
 * "Edit this entry": the repository's web editor for the entry's file on the configured branch,
 * `<repository>/edit/<branch>/<path>`. Undefined when no repository is set or the path is unknown.
 */
export function editUrl(config: RepositoryConfig, source: string | undefined): string | undefined {
  if (!config.repository || !source) return undefined;
  return `${base(config.repository)}/edit/${segments(config.branch)}/${segments(source)}`;
}

/** What a "Report a problem" link is about: the page, and the entry when the page is one. */
export interface ReportTarget {
  /** The page's absolute URL. */
  url: string;
  /** The entry's slug, on entry pages. */
  slug?: string | undefined;
}

/**
 * "Report a problem": a new issue, `<repository>/issues/new?title=…&body=…`, prefilled with the page's
 * URL (and the entry's slug on entry pages) so the report says where the problem is. Undefined when no
 * repository is set.
 */
export function reportUrl(config: RepositoryConfig, target: ReportTarget): string | undefined {
  if (!config.repository) return undefined;
  const title = target.slug ? `Problem with entry \`${target.slug}\`` : `Problem on ${new URL(target.url).pathname}`;
  const body = [
    `Page: ${target.url}`,
    ...(target.slug ? [`Entry: \`${target.slug}\``] : []),
    '',
    'What is wrong, or out of date?',
    '',
    '',
    'Please name no one here but yourself: issues are visible to everyone who can see the repository.',
  ].join('\n');
  return `${base(config.repository)}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
