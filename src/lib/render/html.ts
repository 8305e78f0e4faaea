import type { Element, ElementContent, Root as HastRoot } from 'hast';
import GithubSlugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import { toString as textOf } from 'mdast-util-to-string';
import type { Heading, Image, ImageReference, Link, LinkReference, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, toHast, type State } from 'mdast-util-to-hast';
import { forbiddenCharacters } from '../read/text.ts';

export interface RenderOptions {
  /** The site's base path (`/` or `/kb/`), prefixed to site-relative links. */
  base: string;
  /**
   * Whether a site-relative link target exists in this build. A link to an entry the gate withheld would
   * leak its slug, so such links are rendered as their text alone.
   */
  linkable?: ((path: string) => boolean) | undefined;
  /**
   * The site's own absolute URL (`url` in `content/site.yaml`): a link or image written with it is a site
   * link, judged like one written from the root.
   */
  siteUrl?: string | undefined;
  /** Hosts remote images may load from (`remoteImages.allow`); any other remote image renders as its alt text. */
  imageHosts?: readonly string[] | undefined;
  /**
   * For a body rendered before the gate has decided: every site link and image is given here, as it would
   * render linked and unlinked, and the node returned stands in its place (a slot `finishBody` fills).
   */
  slot?: ((path: string, linked: ElementContent, unlinked: ElementContent) => ElementContent) | undefined;
}

/** Ids the layout and pages give their own elements; a body heading with the same words gets `-1`. */
const PAGE_IDS = ['main', 'entry-title', 'related-title', 'search', 'q', 'filters', 'search-results', 'search-status', 'results-title'];

/** The site-relative path a URL points at (`/entries/x/`), or undefined when it leaves the site. */
export function sitePath(url: string, siteUrl?: string): string | undefined {
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  const own = siteUrl?.replace(/\/+$/, '');
  if (own && url.toLowerCase().startsWith(own.toLowerCase()) && /^(?:[/?#]|$)/.test(url.slice(own.length))) return url.slice(own.length) || '/';
  return undefined;
}

/** The host a URL loads from when it leaves the site (`https://x/…`, `//x/…`), lower-cased. */
export function remoteHost(url: string): string | undefined {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:@]*@)?([^/?#:]+)/i.exec(url.trim())?.[2]?.toLowerCase();
}

/** Whether an image at `url` may load in a reader's browser: site images always, remote ones from listed hosts. */
export function imageAllowed(url: string, options: Pick<RenderOptions, 'siteUrl' | 'imageHosts'>): boolean {
  if (sitePath(url, options.siteUrl) !== undefined) return true;
  const host = remoteHost(url);
  return host === undefined
    ? !/^[a-z][a-z0-9+.-]*:/i.test(url)
    : (options.imageHosts ?? []).some((h) => host === h.toLowerCase() || host.endsWith(`.${h.toLowerCase()}`));
}

/**
 * Renders a guarded entry body to HTML. Only Markdown and the allowlisted components reach this point, so
 * every node maps to a fixed, known element: nothing in the body is compiled or executed.
 */
export function renderHtml(tree: Root, options: RenderOptions): string {
  // A heading's id must not take one the page around the body already uses (`main` is the skip link's).
  const slugger = new GithubSlugger();
  for (const id of PAGE_IDS) slugger.slug(id);
  const asText = (value: string): ElementContent => ({ type: 'element', tagName: 'span', properties: {}, children: value ? [{ type: 'text', value }] : [] });
  const link = (state: State, node: Link): ElementContent => {
    const path = sitePath(node.url, options.siteUrl);
    const children = state.all(node) as ElementContent[];
    const unlinked: ElementContent = { type: 'element', tagName: 'span', properties: {}, children };
    if (path !== undefined && options.linkable && !options.linkable(path.split(/[?#]/)[0]!)) return unlinked;
    // Children are converted once (above): converting twice would count a footnote inside the link twice.
    const element = defaultHandlers.link(state, { ...node, children: [], url: path === undefined ? node.url : withBase(path, options.base) });
    element.children = children;
    if (/^https?:/i.test(node.url) && path === undefined) element.properties.rel = ['noopener', 'noreferrer'];
    if (path !== undefined && options.slot) return options.slot(path.split(/[?#]/)[0]!, element, unlinked);
    return element;
  };
  const image = (state: State, node: Image): ElementContent => {
    const path = sitePath(node.url, options.siteUrl);
    // An image under a withheld entry's path would keep its slug in the page; a remote one not on the list
    // would tell another server who read the page. Both become their alt text.
    if (path !== undefined && options.linkable && !options.linkable(path.split(/[?#]/)[0]!)) return asText(node.alt ?? '');
    if (!imageAllowed(node.url, options)) return asText(node.alt ?? '');
    const element = defaultHandlers.image(state, { ...node, url: path === undefined ? node.url : withBase(path, options.base) });
    if (path !== undefined && options.slot) return options.slot(path.split(/[?#]/)[0]!, element, asText(node.alt ?? ''));
    return element;
  };
  // References are resolved here, so they go through the same rules as inline links and images.
  const definition = (state: State, id: string) => state.definitionById.get(id.toUpperCase());
  const hast = toHast(tree, {
    handlers: {
      link,
      image,
      linkReference: (state, node: LinkReference) => {
        const def = definition(state, node.identifier);
        return def
          ? link(state, { type: 'link', url: def.url, title: def.title, children: node.children, position: node.position })
          : defaultHandlers.linkReference(state, node);
      },
      imageReference: (state, node: ImageReference) => {
        const def = definition(state, node.identifier);
        return def
          ? image(state, { type: 'image', url: def.url, title: def.title, alt: node.alt, position: node.position })
          : defaultHandlers.imageReference(state, node);
      },
      heading: (state, node: Heading) => {
        // The entry title is the page's h1, so body headings start at h2. Each gets an id, as GitHub
        // writes them, and a link to itself, so a section can be linked to.
        const element = defaultHandlers.heading(state, { ...node, depth: Math.min(6, node.depth + 1) as Heading['depth'] });
        const text = textOf(node);
        const id = slugger.slug(text);
        element.properties.id = id;
        element.children.push({
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}` },
          children: [
            { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
            { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link to “${text}”` }] },
          ],
        });
        return element;
      },
      mdxJsxFlowElement: (state, node: MdxJsxFlowElement) => component(state, node),
      mdxJsxTextElement: (state, node: MdxJsxTextElement) => component(state, node),
    },
    unknownHandler: (_state, node) => {
      throw new Error(`Unexpected \`${node.type}\` node reached rendering; the guard should have refused it.`);
    },
  }) as HastRoot;
  // A character reference such as `&#11;` decodes to a character no XML or HTML output may carry.
  return toHtml(hast).replace(forbiddenCharacters, '');
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

const withBase = (url: string, base: string) => (url.startsWith('/') && !url.startsWith('//') ? `${base.replace(/\/$/, '')}${url}` : url);
