import { Scalar, isMap, isPair, isScalar, parseDocument, type YAMLMap } from 'yaml';

import { CommandError } from '../command-error.ts';

/**
 * Adds `revoked: <date>` to a consent record's text, editing it as a YAML document so that comments, field
 * order and quoting survive: the record is reviewed in a pull request, and the diff should be one or two
 * lines (the yaml library does normalise the spaces before an inline comment to one). `revoked` goes just before `notes` (the README's order), else at the end. A reason, when given, is
 * appended to `notes` as a dated line; callers pass one only when the person agreed to it being kept.
 */
export function markRevoked(source: string, date: string, reason?: string): string {
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const doc = parseDocument(source.slice(bom.length), { uniqueKeys: true });
  if (doc.errors.length || !isMap(doc.contents)) {
    throw new CommandError('The consent record is not a YAML mapping of fields; fix it so that `npm run check` accepts it, then run again.');
  }
  // Widened from the parsed-node type so a newly created pair can be inserted.
  const map: YAMLMap = doc.contents;
  const notesAt = map.items.findIndex((p) => isPair(p) && isScalar(p.key) && p.key.value === 'notes');
  const pair = doc.createPair('revoked', date);
  if (notesAt === -1) map.items.push(pair);
  else map.items.splice(notesAt, 0, pair);

  const text = reason?.replace(/\s+/g, ' ').trim();
  if (text) {
    const line = `${date}: consent withdrawn: ${text}`;
    const notes = doc.get('notes', true);
    if (isScalar(notes) && typeof notes.value === 'string' && notes.value.trim()) {
      notes.value = `${notes.value.trimEnd()}\n${line}`;
      // A literal block keeps the earlier notes and the dated line as separate, readable lines.
      notes.type = Scalar.BLOCK_LITERAL;
    } else {
      doc.set('notes', line);
    }
  }
  // No folding and no padding inside `[a, b]`: the way the records are written by hand.
  return bom + doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
