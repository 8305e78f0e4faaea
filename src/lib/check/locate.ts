import type { EntrySource } from '../read/content.ts';
import { locate } from '../read/yaml.ts';
import { isScalar, type Node } from 'yaml';

/** Line and column of a front-matter field of an entry (the front matter starts on line 1). */
export const fieldPosition = (entry: EntrySource, path: readonly (string | number)[]) => locate(entry.yaml, path);

/**
 * The exact range in the file of a front-matter scalar, for byte-precise fixes that leave the rest of the
 * file as it was. gray-matter's `matter` string begins right after the opening `---`.
 */
export function scalarRange(entry: EntrySource, path: readonly (string | number)[]): { start: number; end: number; text: string } | undefined {
  const node = entry.yaml.doc.getIn(path, true) as Node | undefined;
  if (!node || !isScalar(node) || !node.range) return undefined;
  const offset = entry.source.startsWith('\uFEFF') ? 4 : 3;
  const [start, end] = [node.range[0] + offset, node.range[1] + offset];
  return { start, end, text: entry.source.slice(start, end) };
}
