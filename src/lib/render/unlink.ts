import type { Root } from 'mdast';
import { renderHtml, type RenderOptions } from './html.ts';
import { plainText } from './text.ts';

/** A body rendered once, before the gate has decided which entries exist: every site link is still a link. */
export interface PreparedBody {
  /** HTML with every site link and image kept; `finishBody` settles those whose target is not published. */
  html: string;
  text: string;
  /** Each site link and image: its target path (no query or fragment), its HTML, and its HTML as text. */
  siteLinks: { path: string; linked: string; unlinked: string }[];
}

/**
 * Renders a body as soon as it is read, so its syntax tree can be dropped at once: keeping the trees of
 * 10,000 entries until the gate has run costs gigabytes.
 */
export function prepareBody(tree: Root, options: Omit<RenderOptions, 'linkable' | 'settle'>): PreparedBody {
  const siteLinks: PreparedBody['siteLinks'] = [];
  const html = renderHtml(tree, { ...options, linkable: () => true, settle: (path, linked, unlinked) => siteLinks.push({ path, linked, unlinked }) });
  return { html, text: plainText(tree), siteLinks };
}

/**
 * The body as `renderHtml` with `linkable` would have rendered it: a link or image whose target the build
 * does not publish becomes its text alone, so no slug of a withheld entry reaches the page. Each is
 * replaced by its exact HTML, outermost first (an image inside a link was recorded before the link).
 */
export function finishBody(body: PreparedBody, linkable: (path: string) => boolean): string {
  let html = body.html;
  for (const link of [...body.siteLinks].reverse()) if (!linkable(link.path)) html = html.split(link.linked).join(link.unlinked);
  return html;
}
