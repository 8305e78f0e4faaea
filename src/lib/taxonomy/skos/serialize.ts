import { Writer, type Quad } from 'n3';
import { prefixes } from './vocabulary.ts';

/** Turtle, with the usual SKOS prefixes; N3.js groups consecutive quads of one subject. */
export function toTurtle(quads: readonly Quad[]): Promise<string> {
  const writer = new Writer({ prefixes: { ...prefixes } });
  writer.addQuads([...quads]);
  // A blank line between subjects, for people reading diffs. N3.js escapes newlines inside literals, so a
  // line ending in `.` followed by an unindented line (not `@prefix`) is always the end of one subject's statements.
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result.replace(/\.\n(?=[^\s@])/g, '.\n\n')))));
}
