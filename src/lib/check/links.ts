import type { Definition, Nodes, Root } from 'mdast';
import { imageAllowed, remoteHost, sitePath } from '../render/html.ts';
import { walk } from '../read/walk.ts';
import { didYouMean } from '../suggest.ts';
import type { Finding } from './types.ts';
import { isEntryPath, routeOf } from '../routes.ts';

export interface LinkTargets {
  entries: ReadonlySet<string>;
  /** Entries the default build publishes; a link to any other renders as plain text there. */
  published: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  mentors: ReadonlySet<string>;
  /** The site's own URL: links written with it are judged as site links. */
  siteUrl?: string | undefined;
  /** Hosts remote images may load from (`remoteImages.allow` in `content/site.yaml`). */
  imageHosts?: readonly string[] | undefined;
}

/** A link or image in an entry body (references resolved to their definition's URL) and where it starts. */
export interface LinkRef {
  url: string;
  line: number;
  column: number;
  image?: boolean | undefined;
}

/** The links of a body; taken while the tree is at hand, judged once every entry is known. */
export function extractLinks(tree: Root): LinkRef[] {
  const out: LinkRef[] = [];
  const definitions = new Map<string, Definition>();
  walk<Nodes>(tree, (node) => {
    if (node.type === 'definition' && !definitions.has(node.identifier.toUpperCase())) definitions.set(node.identifier.toUpperCase(), node);
  });
  walk<Nodes>(tree, (node) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    const at = { line: start.line, column: start.column };
    if (node.type === 'link' || node.type === 'image') out.push({ url: node.url, ...at, image: node.type === 'image' || undefined });
    else if (node.type === 'linkReference' || node.type === 'imageReference') {
      const def = definitions.get(node.identifier.toUpperCase());
      if (def) out.push({ url: def.url, ...at, image: node.type === 'imageReference' || undefined });
    }
  });
  return out;
}

/** Site-relative links must point at a page the site has. */
export function checkLinks(file: string, links: readonly LinkRef[], targets: LinkTargets): Finding[] {
  const out: Finding[] = [];
  for (const { url: written, line, column, image } of links) {
    const report = (severity: 'error' | 'warning', rule: string, message: string) => out.push({ file, line, column, severity, rule, message });
    if (image && !imageAllowed(written, targets)) {
      const host = remoteHost(written);
      report(
        'error',
        'remote-image',
        host
          ? `The image \`${written}\` loads from \`${host}\`, another server: every reader's browser would tell it who read the page, and when. Save the image in \`public/\` and write its path from the root, or ask a knowledge manager to add \`${host}\` to \`remoteImages.allow\` in \`content/site.yaml\`.`
          : `The image \`${written}\` is not on this site. Save it in \`public/\` and write its path from the root, e.g. \`/images/board.png\`.`,
      );
      continue;
    }
    if (written.startsWith('//')) {
      report('warning', 'protocol-relative-link', `\`${written}\` leaves out its scheme, so it follows the page's: write it in full, \`https:${written}\`.`);
      continue;
    }
    const url = sitePath(written, targets.siteUrl) ?? written;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) continue;
    if (image) {
      // Site images live in `public/`, which check does not read; only a path under an entry is known to be wrong.
      if (isEntryPath(url))
        report(
          'error',
          'broken-link',
          `The image \`${written}\` is under an entry's address, where no files are published, and it would carry that entry's slug. Save the image in \`public/\` and write its path from the root, e.g. \`/images/board.png\`.`,
        );
      continue;
    }
    if (!url.startsWith('/')) {
      report(
        'warning',
        'relative-link',
        `Link \`${url}\` is relative, so it breaks when the page moves. Write it from the site root, e.g. \`/entries/<slug>/\`.`,
      );
      continue;
    }
    const path = url.split(/[?#]/)[0]!;
    const route = routeOf(path);
    if (route && 'fixed' in route) continue;
    const section = route?.section;
    const id = route?.id ?? '';
    const known = section && targets[section];
    if (!known || !id) {
      report(
        'error',
        'broken-link',
        `Link \`${url}\` points at no page of the site. Link to \`/entries/<slug>/\`, \`/topics/<id>/\`, \`/kinds/<kind>/\` or \`/mentors/<id>/\`.`,
      );
    } else if (!known.has(id)) {
      report('error', 'broken-link', `Link \`${url}\` points at ${section} \`${id}\`, which does not exist.${didYouMean(id, known)}`);
    } else if (section === 'entries' && !targets.published.has(id)) {
      report('warning', 'link-to-withheld', `Link \`${url}\` points at an entry this build does not publish; readers will see the link text without a link.`);
    }
  }
  return out;
}
