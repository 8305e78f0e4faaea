import { diffArrays } from 'diff';
import { Scalar, isPair, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * Edits of YAML *source text* that keep every byte outside the edited values: comments, blank lines,
 * quoting, `[a, b]` or `- a` lists, long lines. The yaml library's `toString()` re-renders the whole
 * document and normalises some of that, so instead each edit replaces the exact source range of a node
 * (`node.range`) or inserts a line beside one. Knowledge managers review these files line by line in pull
 * requests; a rename should show as the lines that name the concept and nothing else.
 */

/** Replace `source.slice(start, end)` with `text`; an insertion has `start === end`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies edits that must not overlap; insertions at one position keep the order they were given in. */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map((x) => x.e);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`Overlapping edits at offset ${e.start}: this is a bug in the taxonomy editor.`);
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + source.slice(at);
}

/** The text being edited, and how its lines end, so inserted lines match. */
export interface Source {
  text: string;
  eol: string;
}

export const sourceOf = (text: string): Source => ({ text, eol: text.includes('\r\n') ? '\r\n' : '\n' });

const lineStart = (text: string, pos: number): number => text.lastIndexOf('\n', pos - 1) + 1;

/** The offset just after the line that `pos` is on (or just after the line that ends right before `pos`). */
function lineEnd(text: string, pos: number): number {
  if (pos > 0 && text[pos - 1] === '\n') return pos;
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl + 1;
}

const range = (node: Node): [number, number, number] => {
  if (!node.range) throw new Error('A YAML node has no source range: this is a bug in the taxonomy editor.');
  return node.range;
};

/** Inserts whole lines at `pos`, the start of a line (adding a line break first at an unterminated end). */
function insertLines(src: Source, pos: number, lines: readonly string[]): TextEdit {
  const lead = pos === src.text.length && pos > 0 && !src.text.endsWith('\n') ? src.eol : '';
  return { start: pos, end: pos, text: lead + lines.map((l) => l + src.eol).join('') };
}

/**
 * A scalar's text in YAML: written the way the old value was (plain, 'single' or "double" quoted) when that
 * reads back as the same string, else double-quoted. `flow` says it sits inside `[ ]` or `{ }`, where
 * commas and brackets need quotes too.
 */
export function renderScalar(value: string, flow: boolean, like?: Scalar['type']): string {
  const reads = (text: string) => {
    const doc = parseDocument(flow ? `[${text}]` : `k: ${text}`);
    if (doc.errors.length) return false;
    const js = doc.toJS() as unknown;
    return flow ? Array.isArray(js) && js.length === 1 && js[0] === value : (js as { k?: unknown }).k === value;
  };
  const single = `'${value.replaceAll("'", "''")}'`;
  const double = JSON.stringify(value);
  const candidates = like === Scalar.QUOTE_DOUBLE ? [double] : like === Scalar.QUOTE_SINGLE ? [single, double] : [value, double];
  return candidates.find((c) => !/[\r\n]/.test(c) && reads(c)) ?? double;
}

/** Replaces a scalar's value, keeping its quoting style. */
export function setScalar(node: Scalar, value: string, flow: boolean): TextEdit[] {
  if (node.value === value) return [];
  return [replaceValue(node, renderScalar(value, flow, node.type))];
}

/** Replaces a value node's text; an empty value (`key:`) gets a space so it does not join the colon. */
function replaceValue(node: Node, text: string): TextEdit {
  const [start, end] = range(node);
  return { start, end, text: start === end ? ` ${text}` : text };
}

/** The string values of a sequence of scalars; throws for anything else, which no list field holds. */
export function seqValues(seq: YAMLSeq): string[] {
  return seq.items.map((item) => {
    if (!isScalar(item) || typeof item.value !== 'string') throw new LayoutError('a list item that is not a plain text value', item as Node);
    return item.value;
  });
}

/** Text the editor does not know how to change without disturbing it; the caller reports where. */
export class LayoutError extends Error {
  readonly node: Node | undefined;
  constructor(what: string, node?: Node) {
    super(`cannot edit ${what}`);
    this.name = 'LayoutError';
    this.node = node;
  }
}

/**
 * Edits a sequence of scalars so that it holds `next`: items whose value changes are replaced in place,
 * removed items lose their line (block style) or their `, x` (flow style), and new items are added beside
 * their neighbours in the same style. Nothing else in the sequence is touched.
 */
export function setSequence(src: Source, seq: YAMLSeq, next: readonly string[]): TextEdit[] {
  const items = seq.items as Scalar[];
  const old = seqValues(seq);
  const flow = Boolean(seq.flow);
  const edits: TextEdit[] = [];
  const removed: number[] = [];
  const added: { before: number; values: string[] }[] = [];
  // Each run of changes between unchanged items: the first removals become replacements in place (a rename
  // edits the value, not the line), the rest are removals or additions at that spot.
  let i = 0;
  let run = { gone: [] as string[], come: [] as string[] };
  const flush = () => {
    const { gone, come } = run;
    gone.forEach((_, k) => {
      if (k < come.length) edits.push(...setScalar(items[i + k]!, come[k]!, flow));
      else removed.push(i + k);
    });
    if (come.length > gone.length) added.push({ before: i + gone.length, values: come.slice(gone.length) });
    i += gone.length;
    run = { gone: [], come: [] };
  };
  for (const part of diffArrays(old, [...next])) {
    if (part.removed) run.gone.push(...part.value);
    else if (part.added) run.come.push(...part.value);
    else {
      flush();
      i += part.value.length;
    }
  }
  flush();
  if (!items.length && !flow) throw new LayoutError('an empty block list');
  edits.push(...(flow ? flowRemovals(items, removed) : removed.map((k) => blockRemoval(src, items[k]!))));
  for (const a of added) edits.push(flow ? flowInsertion(src, seq, items, a.before, a.values) : blockInsertion(src, items, a.before, a.values));
  return edits;
}

/** Removes runs of items from `[a, b, c]` together, so that the edits never overlap. */
function flowRemovals(items: readonly Scalar[], removed: readonly number[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const set = new Set(removed);
  for (let k = 0; k < items.length; k++) {
    if (!set.has(k)) continue;
    let last = k;
    while (set.has(last + 1)) last++;
    const after = items[last + 1];
    const before = items[k - 1];
    // `a, ` before a kept item; `, c` after one; the whole content when nothing is left.
    if (after) edits.push({ start: range(items[k]!)[0], end: range(after)[0], text: '' });
    else if (before) edits.push({ start: range(before)[1], end: range(items[last]!)[1], text: '' });
    else edits.push({ start: range(items[k]!)[0], end: range(items[last]!)[1], text: '' });
    k = last;
  }
  return edits;
}

function flowInsertion(src: Source, seq: YAMLSeq, items: readonly Scalar[], before: number, values: readonly string[]): TextEdit {
  const rendered = values.map((v) => renderScalar(v, true));
  const at = items[before];
  if (at) return { start: range(at)[0], end: range(at)[0], text: rendered.map((r) => `${r}, `).join('') };
  const last = items.at(-1);
  if (last) return { start: range(last)[1], end: range(last)[1], text: rendered.map((r) => `, ${r}`).join('') };
  // `[]`: the values go just inside the closing bracket.
  const close = src.text.lastIndexOf(']', range(seq)[1]);
  return { start: close, end: close, text: rendered.join(', ') };
}

/** Removes an item's whole line, with its trailing comment. */
function blockRemoval(src: Source, item: Scalar): TextEdit {
  const [start, end] = range(item);
  return { start: lineStart(src.text, start), end: lineEnd(src.text, end), text: '' };
}

function blockInsertion(src: Source, items: readonly Scalar[], before: number, values: readonly string[]): TextEdit {
  // The `    - ` in front of a neighbouring item, so new items line up with it.
  const neighbour = items[before] ?? items.at(-1)!;
  const start = range(neighbour)[0];
  const prefix = src.text.slice(lineStart(src.text, start), start);
  const indent = /^[ \t]*-[ \t]+$/.test(prefix) ? prefix : `${' '.repeat(Math.max(0, prefix.length - 2))}- `;
  const lines = values.map((v) => indent + renderScalar(v, false));
  const at = items[before] ? lineStart(src.text, start) : lineEnd(src.text, range(neighbour)[1]);
  return insertLines(src, at, lines);
}

/** The pair with key `key` in a mapping, if any. */
export function pairOf(map: YAMLMap, key: string): Pair<Scalar, Node | null> | undefined {
  return map.items.find((p): p is Pair<Scalar, Node | null> => isPair(p) && isScalar(p.key) && p.key.value === key);
}

/** The end of a pair's value (or key, when the value is empty). */
const pairEnd = (pair: Pair<Scalar, Node | null>): number => range(pair.value ?? pair.key)[1];

/**
 * Adds `key: valueText` to a mapping right after the pair `after` (the last pair when it is absent), on a
 * line of its own indented like its neighbours, or as `, key: value` inside `{ }`.
 */
export function insertPair(src: Source, map: YAMLMap, key: string, valueText: string, after?: string): TextEdit {
  const pairs = map.items as Pair<Scalar, Node | null>[];
  const anchor = (after === undefined ? undefined : pairOf(map, after)) ?? pairs.at(-1);
  if (!anchor) throw new LayoutError('an empty mapping');
  if (map.flow) {
    const end = pairEnd(anchor);
    return { start: end, end, text: `, ${key}: ${valueText}` };
  }
  const first = range(pairs[0]!.key)[0];
  const indent = ' '.repeat(first - lineStart(src.text, first));
  return insertLines(src, lineEnd(src.text, pairEnd(anchor)), [`${indent}${key}: ${valueText}`]);
}

/** Removes a pair: its lines in a block mapping (comments above it stay), or `, key: value` inside `{ }`. */
export function removePair(src: Source, map: YAMLMap, key: string): TextEdit[] {
  const pairs = map.items as Pair<Scalar, Node | null>[];
  const index = pairs.findIndex((p) => isScalar(p.key) && p.key.value === key);
  if (index === -1) return [];
  const pair = pairs[index]!;
  if (map.flow) {
    const next = pairs[index + 1];
    if (next) return [{ start: range(pair.key)[0], end: range(next.key)[0], text: '' }];
    const previous = pairs[index - 1];
    if (!previous) throw new LayoutError(`the only field of a mapping`);
    return [{ start: pairEnd(previous), end: pairEnd(pair), text: '' }];
  }
  // The first pair shares its line with the `- ` of the list item; removing it would break the item.
  if (index === 0) throw new LayoutError(`\`${key}\`, the first field of a list item`);
  const start = range(pair.key)[0];
  return [{ start: lineStart(src.text, start), end: lineEnd(src.text, pairEnd(pair)), text: '' }];
}

/** A list written the way new lists in these files are written by hand: `[a, b]`. */
export const flowList = (values: readonly string[]): string => `[${values.map((v) => renderScalar(v, true)).join(', ')}]`;

/**
 * Sets a list field of a mapping: edits the list in place, adds the field when it is missing, and removes it
 * when the list becomes empty (every list field defaults to empty). `after` orders a new field.
 */
export function setListField(src: Source, map: YAMLMap, key: string, next: readonly string[], after?: string): TextEdit[] {
  const pair = pairOf(map, key);
  if (!pair || pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
    if (!next.length) return pair ? removePair(src, map, key) : [];
    if (pair) return [{ start: range(pair.key)[0], end: pairEnd(pair), text: `${key}: ${flowList(next)}` }];
    return [insertPair(src, map, key, flowList(next), after)];
  }
  if (!isSeq(pair.value)) throw new LayoutError(`\`${key}\`, which is not a list`, pair.value);
  const old = seqValues(pair.value);
  if (old.length === next.length && old.every((v, i) => v === next[i])) return [];
  if (!next.length) return removePair(src, map, key);
  return setSequence(src, pair.value, next);
}

/** Sets a text field of a mapping, adding it after `after` when it is missing. */
export function setTextField(src: Source, map: YAMLMap, key: string, value: string, after?: string): TextEdit[] {
  const pair = pairOf(map, key);
  if (!pair) return [insertPair(src, map, key, renderScalar(value, Boolean(map.flow)), after)];
  if (!isScalar(pair.value)) throw new LayoutError(`\`${key}\`, which is not a single value`, pair.value ?? pair.key);
  if (pair.value.value === value) return [];
  return [replaceValue(pair.value, renderScalar(value, Boolean(map.flow), pair.value.type))];
}

/** Sets `key: true`, adding it after `after` when it is missing. */
export function setTrueField(src: Source, map: YAMLMap, key: string, after?: string): TextEdit[] {
  const pair = pairOf(map, key);
  if (!pair) return [insertPair(src, map, key, 'true', after)];
  if (!isScalar(pair.value)) throw new LayoutError(`\`${key}\`, which is not a single value`, pair.value ?? pair.key);
  return pair.value.value === true ? [] : [replaceValue(pair.value, 'true')];
}

/**
 * Inserts a new block-style list item after `item` in a block sequence, its fields given as ready-made
 * `key: value` texts, lined up with `item`'s own fields.
 */
export function insertItemAfter(src: Source, seq: YAMLSeq, item: Node, fields: readonly string[]): TextEdit {
  if (seq.flow) throw new LayoutError('a list written as `[ ]`');
  const start = range(item)[0];
  const prefix = src.text.slice(lineStart(src.text, start), start);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) throw new LayoutError('a list item that does not start its own line');
  const indent = ' '.repeat(prefix.length);
  const at = lineEnd(src.text, range(item)[1]);
  return insertLines(
    src,
    at,
    fields.map((f, i) => (i === 0 ? prefix : indent) + f),
  );
}
