import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Link, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, toHast, type State } from 'mdast-util-to-hast';

export interface RenderOptions {
  /** The site's base path (`/` or `/kb/`), prefixed to site-relative links. */
  base: string;
  /**
   * Whether a site-relative link target exists in this build. A link to an entry the gate withheld would
   * leak its slug, so such links are rendered as their text alone.
   */
  linkable?: (path: string) => boolean;
}

/**
 * Renders a guarded entry body to HTML. Only Markdown and the allowlisted components reach this point, so
 * every node maps to a fixed, known element: nothing in the body is compiled or executed.
 */
export function renderHtml(tree: Root, options: RenderOptions): string {
  const hast = toHast(tree, {
    handlers: {
      heading: (state, node: Heading) => {
        // The entry title is the page's h1, so body headings start at h2.
        return defaultHandlers.heading(state, { ...node, depth: Math.min(6, node.depth + 1) as Heading['depth'] });
      },
      link: (state, node: Link) => {
        if (options.linkable && node.url.startsWith('/') && !options.linkable(node.url.split(/[?#]/)[0]!)) {
          return { type: 'element', tagName: 'span', properties: {}, children: state.all(node) as ElementContent[] };
        }
        const element = defaultHandlers.link(state, { ...node, url: withBase(node.url, options.base) });
        if (/^https?:/i.test(node.url)) element.properties.rel = ['noopener', 'noreferrer'];
        return element;
      },
      mdxJsxFlowElement: (state, node: MdxJsxFlowElement) => component(state, node),
      mdxJsxTextElement: (state, node: MdxJsxTextElement) => component(state, node),
    },
    unknownHandler: (_state, node) => {
      throw new Error(`Unexpected \`${node.type}\` node reached rendering; the guard should have refused it.`);
    },
  }) as HastRoot;
  return toHtml(hast);
}

function component(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): ElementContent {
  const attrs = Object.fromEntries(
    node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? [[a.name, a.value]] : [])),
  ) as Record<string, string>;
  const children = state.all(node) as ElementContent[];
  switch (node.name) {
    case 'Quote': {
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['quote'] },
        children: [{ type: 'element', tagName: 'blockquote', properties: {}, children }],
      };
      if (attrs.at) {
        figure.children.push({
          type: 'element',
          tagName: 'figcaption',
          properties: {},
          children: [
            { type: 'text', value: 'Said at ' },
            { type: 'element', tagName: 'time', properties: { dateTime: duration(attrs.at) }, children: [{ type: 'text', value: attrs.at }] },
            { type: 'text', value: ' in the conversation' },
          ],
        });
      }
      return figure;
    }
    case 'Aside': {
      const tone = attrs.tone ?? 'note';
      const body: ElementContent[] = attrs.title
        ? [{ type: 'element', tagName: 'p', properties: { className: ['aside-title'] }, children: [{ type: 'text', value: attrs.title }] }, ...children]
        : children;
      return { type: 'element', tagName: 'aside', properties: { className: ['aside', `aside-${tone}`], ariaLabel: attrs.title ?? tone }, children: body };
    }
    default:
      return { type: 'element', tagName: node.name ?? 'span', properties: attrs.title ? { title: attrs.title } : {}, children };
  }
}

/** `00:12:30` → `PT0H12M30S`, the machine-readable form of a duration for `<time>`. */
const duration = (at: string) => {
  const [h, m, s] = at.split(':');
  return `PT${Number(h)}H${Number(m)}M${Number(s)}S`;
};

const withBase = (url: string, base: string) =>
  url.startsWith('/') && !url.startsWith('//') ? `${base.replace(/\/$/, '')}${url}` : url;
