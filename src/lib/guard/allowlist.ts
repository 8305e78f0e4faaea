/**
 * What an entry body may contain besides Markdown. Contributed MDX is code; only this subset reaches the build.
 * Components take string attributes only, each checked here.
 */
export interface AllowedElement {
  /** Attribute name → a check that returns an error message, or undefined when the value is fine. */
  attributes: Record<string, (value: string) => string | undefined>;
  /** Whether the element may stand on its own lines (flow) and/or inside a paragraph (text). */
  flow: boolean;
  text: boolean;
}

const timecode = (v: string) => (/^\d{1,2}:[0-5]\d:[0-5]\d$/.test(v) ? undefined : `expected \`hh:mm:ss\`, e.g. \`00:12:30\``);
const plain = (v: string) => (v.trim() ? undefined : 'must not be empty');
const oneOf =
  (...values: string[]) =>
  (v: string) =>
    values.includes(v) ? undefined : `expected one of ${values.map((x) => `\`${x}\``).join(', ')}`;

export const components: Record<string, AllowedElement> = {
  /** The mentor's own words, verbatim; `at` is where in the recording they were said. */
  Quote: { attributes: { at: timecode }, flow: true, text: false },
  /** A side note: a tip, a caution or context. */
  Aside: { attributes: { title: plain, tone: oneOf('note', 'tip', 'caution') }, flow: true, text: false },
};

/** Harmless inline HTML that Markdown has no syntax for. */
export const htmlElements: Record<string, AllowedElement> = {
  abbr: { attributes: { title: plain }, flow: false, text: true },
  kbd: { attributes: {}, flow: false, text: true },
  mark: { attributes: {}, flow: false, text: true },
  sub: { attributes: {}, flow: false, text: true },
  sup: { attributes: {}, flow: false, text: true },
  br: { attributes: {}, flow: false, text: true },
};

/** Elements that are refused with a specific explanation because they run code or embed other pages. */
export const dangerousElements = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'portal',
  'video',
  'audio',
  'img',
]);

/** URL schemes a link or image may use; anything else (`javascript:`, `data:`, `vbscript:` …) is refused. */
export const safeSchemes = new Set(['http', 'https', 'mailto', 'tel']);
