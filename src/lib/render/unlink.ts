import { randomBytes } from 'node:crypto';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { forbiddenCharacters } from '../read/text.ts';
import { renderHtml, type RenderOptions } from './html.ts';
import { plainText } from './text.ts';

/**
 * A body rendered once, before the gate has decided which entries exist: HTML with a numbered slot where
 * each site link or image goes, and both ways each can render. `finishBody` fills the slots once the
 * published list is known, so a link to a withheld entry becomes its text alone.
 */
export interface PreparedBody {
  /** The HTML, with `slotMark(marker, i)` where slot `i` goes. */
  html: string;
  text: string;
  /** A random mark per body: no text in a body can imitate a slot. */
  marker: string;
  /** Each site link and image: its target path (no query or fragment), and its HTML linked and unlinked (which may hold inner slots). */
  slots: { path: string; linked: string; unlinked: string }[];
}

const slotMark = (marker: string, i: number) => `\uE000${marker}:${i}\uE001`;

/**
 * Renders a body as soon as it is read, so its syntax tree can be dropped at once: keeping the trees of
 * 10,000 entries until the gate has run costs gigabytes.
 */
export function prepareBody(tree: Root, options: Omit<RenderOptions, 'linkable' | 'slot'>): PreparedBody {
  const marker = randomBytes(8).toString('hex');
  const pending: { path: string; linked: ElementContent; unlinked: ElementContent }[] = [];
  const html = renderHtml(tree, {
    ...options,
    slot: (path, linked, unlinked) => {
      const text: ElementContent = { type: 'text', value: slotMark(marker, pending.length) };
      pending.push({ path, linked, unlinked });
      return text;
    },
  });
  // A slot's own HTML may hold inner slots (an image inside a link); it is cleaned as the whole page is.
  const clean = (node: ElementContent) => toHtml(node).replace(forbiddenCharacters, '');
  const slots = pending.map((s) => ({ path: s.path, linked: clean(s.linked), unlinked: clean(s.unlinked) }));
  return { html, text: plainText(tree), marker, slots };
}

/** The body as `renderHtml` with `linkable` renders it: each slot filled with its link, or its text alone. */
export function finishBody(body: PreparedBody, linkable: (path: string) => boolean): string {
  const mark = new RegExp(`\uE000${body.marker}:(\\d+)\uE001`, 'g');
  const fill = (html: string): string =>
    html.replace(mark, (_, i: string) => {
      const slot = body.slots[Number(i)]!;
      return fill(linkable(slot.path) ? slot.linked : slot.unlinked);
    });
  return fill(body.html);
}
