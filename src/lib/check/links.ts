import type { Nodes, Root } from 'mdast';
import { walk } from '../read/walk.ts';
import { didYouMean } from '../suggest.ts';
import type { Finding } from './types.ts';

export interface LinkTargets {
  entries: ReadonlySet<string>;
  /** Entries the default build publishes; a link to any other renders as plain text there. */
  published: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  mentors: ReadonlySet<string>;
}

/** A link in an entry body and where it starts. */
export interface LinkRef { url: string; line: number; column: number }

const pages = new Set(['/', '/topics/', '/kinds/', '/mentors/', '/a-z/', '/search/', '/feed.xml', '/sitemap.xml', '/at-risk/']);

/** The links of a body; taken while the tree is at hand, judged once every entry is known. */
export function extractLinks(tree: Root): LinkRef[] {
  const out: LinkRef[] = [];
  walk<Nodes>(tree, (node) => {
    if (node.type !== 'link') return;
    const start = node.position?.start ?? { line: 1, column: 1 };
    out.push({ url: node.url, line: start.line, column: start.column });
  });
  return out;
}

/** Site-relative links must point at a page the site has. */
export function checkLinks(file: string, links: readonly LinkRef[], targets: LinkTargets): Finding[] {
  const out: Finding[] = [];
  for (const { url, line, column } of links) {
    const report = (severity: 'error' | 'warning', rule: string, message: string) => out.push({ file, line, column, severity, rule, message });
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url.startsWith('//')) continue;
    if (!url.startsWith('/')) {
      report('warning', 'relative-link', `Link \`${url}\` is relative, so it breaks when the page moves. Write it from the site root, e.g. \`/entries/<slug>/\`.`);
      continue;
    }
    const path = url.split(/[?#]/)[0]!;
    const withSlash = path.endsWith('/') || path.includes('.') ? path : `${path}/`;
    if (pages.has(withSlash)) continue;
    const [section, ...rest] = withSlash.split('/').filter(Boolean);
    const id = rest.join('/');
    const known = section === 'entries' ? targets.entries : section === 'topics' ? targets.topics : section === 'kinds' ? targets.kinds : section === 'mentors' ? targets.mentors : undefined;
    if (!known || !id) {
      report('error', 'broken-link', `Link \`${url}\` points at no page of the site. Link to \`/entries/<slug>/\`, \`/topics/<id>/\`, \`/kinds/<kind>/\` or \`/mentors/<id>/\`.`);
    } else if (!known.has(id)) {
      report('error', 'broken-link', `Link \`${url}\` points at ${section} \`${id}\`, which does not exist.${didYouMean(id, known)}`);
    } else if (section === 'entries' && !targets.published.has(id)) {
      report('warning', 'link-to-withheld', `Link \`${url}\` points at an entry this build does not publish; readers will see the link text without a link.`);
    }
  }
  return out;
}
