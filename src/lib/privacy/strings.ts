import type { Root } from 'mdast';
import type { EntryData } from '../schema/index.ts';

/**
 * Every front-matter field, and whether any output (page, search index, feed, sitemap) renders it. The
 * `satisfies` makes a new schema field a type error until it is listed here, and a test compares this
 * list with the schema at run time: a field nobody thought about cannot reopen an attribution leak.
 */
export const frontMatterReach = {
  title: 'rendered',
  kind: 'rendered',
  summary: 'rendered',
  topics: 'rendered',
  /** A people id: outputs show the consent's attribution instead, never the id. */
  mentor: 'never',
  /** A consent id, often made from the people id; only gate decisions read it. */
  consent: 'never',
  status: 'never',
  stages: 'rendered',
  conversation: 'rendered',
  reviewed: 'rendered',
  reviewBy: 'rendered',
  added: 'rendered',
  appliesWhen: 'rendered',
  notWhen: 'rendered',
  question: 'rendered',
  /** Slugs of other entries, rendered as links when those are published. */
  related: 'rendered',
  /** Digests written by ingest. */
  ingest: 'never',
} as const satisfies Record<keyof EntryData, 'rendered' | 'never'>;

/** Where an output string comes from, so check can point at it. */
export type StringSource =
  | { in: 'slug' }
  | { in: 'front-matter'; path: (string | number)[] }
  | { in: 'body'; node: string; part: string; line: number; column: number; element?: string | undefined };

/** A string some output may render. */
export interface OutputString {
  value: string;
  source: StringSource;
}

/** What `outputStrings` reads of an entry. */
export interface EntryStrings {
  slug: string;
  data: EntryData;
  tree: Root;
}

// Node properties that hold structure, not text.
const structural = new Set(['type', 'position', 'children', 'data', 'attributes', 'depth', 'ordered', 'start', 'spread', 'checked']);

/**
 * Every string of an entry that any output may render: the slug (it is the URL), every rendered
 * front-matter field at any depth, and every string property of every body node (text, code, URLs, titles,
 * alt text, labels and identifiers that become fragment ids, component names and attribute values).
 * Generic on purpose: a node type or field added later is walked without anyone remembering to.
 */
export function* outputStrings(entry: EntryStrings): Generator<OutputString> {
  yield { value: entry.slug, source: { in: 'slug' } };
  for (const [field, reach] of Object.entries(frontMatterReach)) {
    if (reach === 'rendered') yield* valueStrings((entry.data as Record<string, unknown>)[field], [field]);
  }
  yield* nodeStrings(entry.tree as unknown as AnyNode);
}

function* valueStrings(value: unknown, path: (string | number)[]): Generator<OutputString> {
  if (typeof value === 'string') yield { value, source: { in: 'front-matter', path } };
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* valueStrings(value[i], [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* valueStrings(v, [...path, k]);
}

interface AnyNode {
  type: string;
  position?: { start: { line: number; column: number } } | undefined;
  children?: AnyNode[];
  attributes?: { type: string; name?: string; value?: unknown; position?: { start: { line: number; column: number } } }[];
  [key: string]: unknown;
}

function* nodeStrings(node: AnyNode): Generator<OutputString> {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const element = typeof node.name === 'string' ? node.name : undefined;
  const at = (part: string, pos = start): StringSource => ({ in: 'body', node: node.type, part, line: pos.line, column: pos.column, element });
  for (const [key, value] of Object.entries(node)) {
    if (structural.has(key)) continue;
    if (typeof value === 'string') yield { value, source: at(key) };
    else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') yield { value: v, source: at(key) };
  }
  for (const attribute of node.attributes ?? []) {
    const pos = attribute.position?.start ?? start;
    if (attribute.name) yield { value: attribute.name, source: at('attribute', pos) };
    if (typeof attribute.value === 'string') yield { value: attribute.value, source: at(`${attribute.name ?? ''}=`, pos) };
    // `title={"…"}`: the guard refuses expressions, but the scan does not rely on it.
    else if (attribute.value && typeof attribute.value === 'object' && typeof (attribute.value as { value?: unknown }).value === 'string') {
      yield { value: (attribute.value as { value: string }).value, source: at(`${attribute.name ?? ''}=`, pos) };
    }
  }
  for (const child of node.children ?? []) yield* nodeStrings(child);
}

const parts: Record<string, string> = {
  'text value': 'the body',
  'inlineCode value': 'inline code',
  'code value': 'a code block',
  'code lang': "a code block's language",
  'code meta': "a code block's info",
  'link url': 'a link URL',
  'link title': 'a link title',
  'image url': 'an image URL',
  'image alt': "an image's alt text",
  'image title': "an image's title",
  'definition url': 'a link definition',
  'definition title': "a link definition's title",
};

/** Where a string is, in words for a message: "`appliesWhen`", "a link URL", "the `title` of `<Aside>`". */
export function describeSource(source: StringSource): string {
  if (source.in === 'slug') return "the file name (it is the entry's URL)";
  if (source.in === 'front-matter') return `\`${source.path.join('.')}\``;
  if (source.part.endsWith('=')) return `the \`${source.part.slice(0, -1)}\` of \`<${source.element ?? '?'}>\``;
  if (/^(?:identifier|label)$/.test(source.part))
    return `the label of a ${source.node.replace(/([A-Z])/g, ' $1').toLowerCase()} (it becomes part of the page's links)`;
  return parts[`${source.node} ${source.part}`] ?? `the \`${source.part}\` of a ${source.node}`;
}
