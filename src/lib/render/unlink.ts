import { plainText } from './text.ts';
import { renderHtml } from './html.ts';
import type { Root } from 'mdast';

/** A body rendered once, before the gate has decided which entries exist: every site link is still a link. */
export interface PreparedBody {
  /** HTML with every link kept; `finishBody` turns links to withheld entries into plain text. */
  html: string;
  text: string;
  /** The site-relative link targets in the body (paths without query or fragment), in order. */
  sitePaths: string[];
}

/**
 * Renders a body as soon as it is read, so its syntax tree can be dropped at once: keeping the trees of
 * 10,000 entries until the gate has run costs gigabytes.
 */
export function prepareBody(tree: Root, base: string): PreparedBody {
  const sitePaths: string[] = [];
  const html = renderHtml(tree, {
    base,
    linkable: (path) => {
      sitePaths.push(path);
      return true;
    },
  });
  return { html, text: plainText(tree), sitePaths };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The body as `renderHtml` with `linkable` would have rendered it: a link whose target the build does not
 * publish becomes its text alone, so no slug of a withheld entry reaches the page.
 */
export function finishBody(body: PreparedBody, base: string, linkable: (path: string) => boolean): string {
  let html = body.html;
  const prefix = base.replace(/\/$/, '');
  for (const path of new Set(body.sitePaths.filter((p) => !linkable(p)))) {
    // The renderer writes `<a href="…">`, then any title; the link text never contains `</a>`.
    const anchor = new RegExp(`<a href="${escape(prefix + path)}(?:[?#][^"]*)?"[^>]*>([\\s\\S]*?)</a>`, 'g');
    html = html.replace(anchor, '<span>$1</span>');
  }
  return html;
}
