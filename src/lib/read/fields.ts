import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { ParsedYaml } from './yaml.ts';

/**
 * Where each front-matter value is: line, column, and its start and end offsets in the front matter. Kept
 * with an entry instead of the YAML document, so findings can be located after the document is gone (from
 * check's cache, say) without parsing the front matter again.
 */
export type FieldIndex = Record<string, readonly [line: number, column: number, start: number, end: number]>;

const keyOf = (path: readonly PropertyKey[]) => path.join('\u0000');

export function indexFields(parsed: ParsedYaml): FieldIndex {
  const index: FieldIndex = {};
  const add = (node: Node, path: PropertyKey[]) => {
    if (!node.range) return;
    const pos = parsed.lines.linePos(node.range[0]);
    index[keyOf(path)] = [pos.line, pos.col, node.range[0], node.range[1]];
    if (isMap(node))
      for (const pair of node.items) {
        if (isPair(pair) && isScalar(pair.key) && pair.value) add(pair.value as Node, [...path, String(pair.key.value)]);
      }
    else if (isSeq(node))
      node.items.forEach((item, i) => {
        add(item as Node, [...path, i]);
      });
  };
  if (parsed.doc.contents) add(parsed.doc.contents, []);
  return index;
}

/** Line and column of the value at `path`, or of its nearest ancestor that exists. */
export function fieldAt(index: FieldIndex, path: readonly PropertyKey[]): { line: number; column: number } {
  for (let n = path.length; n >= 0; n--) {
    const hit = index[keyOf(path.slice(0, n))];
    if (hit) return { line: hit[0], column: hit[1] };
  }
  return { line: 1, column: 1 };
}

/** Offsets of a scalar value in the front matter; undefined when `path` is not a scalar that exists. */
export function fieldRange(index: FieldIndex, path: readonly PropertyKey[]): { start: number; end: number } | undefined {
  const hit = index[keyOf(path)];
  return hit ? { start: hit[2], end: hit[3] } : undefined;
}
