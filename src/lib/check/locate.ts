import { fieldAt, fieldRange, type FieldIndex } from '../read/fields.ts';

/** Line and column of a front-matter field of an entry (the front matter starts on line 1). */
export const fieldPosition = (entry: { fields: FieldIndex }, path: readonly (string | number)[]) => fieldAt(entry.fields, path);

/**
 * The exact range in the file of a front-matter value, for byte-precise fixes that leave the rest of the
 * file as it was. gray-matter's `matter` string begins right after the opening `---`.
 */
export function scalarRange(
  entry: { fields: FieldIndex; source: string },
  path: readonly (string | number)[],
): { start: number; end: number; text: string } | undefined {
  const range = fieldRange(entry.fields, path);
  if (!range) return undefined;
  // `source` is normalized text (no BOM), so the front matter always starts 3 characters in.
  const offset = 3;
  const [start, end] = [range.start + offset, range.end + offset];
  const text = entry.source.slice(start, end);
  // Only plain values can be replaced as text; a list or map in that place is left for a person.
  return /[\n[{]/.test(text) ? undefined : { start, end, text };
}
