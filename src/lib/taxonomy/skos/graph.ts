import type { Literal, Quad, Term } from 'n3';
import { term } from './vocabulary.ts';

/** How a node is told apart: its URI, or `_:name` for a blank node. Graph names are ignored: one merged graph. */
export const nodeKey = (t: Term): string => (t.termType === 'BlankNode' ? `_:${t.value}` : t.value);

const isNode = (t: Term) => t.termType === 'NamedNode' || t.termType === 'BlankNode';

/**
 * The quads of a file indexed both ways, built in one pass: what a subject says, and which subjects point
 * at a node through a predicate. Subjects keep the order in which the file first mentions them.
 */
export class RdfGraph {
  private readonly out = new Map<string, Map<string, Term[]>>();
  private readonly into = new Map<string, Map<string, string[]>>();

  constructor(quads: readonly Quad[]) {
    for (const q of quads) {
      const s = nodeKey(q.subject);
      let preds = this.out.get(s);
      if (!preds) this.out.set(s, (preds = new Map()));
      const p = q.predicate.value;
      const list = preds.get(p);
      if (list) list.push(q.object);
      else preds.set(p, [q.object]);
      if (isNode(q.object)) {
        let byObject = this.into.get(p);
        if (!byObject) this.into.set(p, (byObject = new Map()));
        const o = nodeKey(q.object);
        const subjects = byObject.get(o);
        if (subjects) subjects.push(s);
        else byObject.set(o, [s]);
      }
    }
  }

  /** Every subject, in order of first mention. */
  subjects(): IterableIterator<string> {
    return this.out.keys();
  }

  objects(subject: string, predicate: string): readonly Term[] {
    return this.out.get(subject)?.get(predicate) ?? [];
  }

  /** Objects that are nodes, as keys, without repeats. */
  links(subject: string, predicate: string): string[] {
    return [...new Set(this.objects(subject, predicate).filter(isNode).map(nodeKey))];
  }

  literals(subject: string, predicate: string): Literal[] {
    return this.objects(subject, predicate).filter((t): t is Literal => t.termType === 'Literal');
  }

  /** Subjects that point at `object` through `predicate`. */
  subjectsLinking(predicate: string, object: string): readonly string[] {
    return this.into.get(predicate)?.get(object) ?? [];
  }

  /** Subjects that use `predicate` at all, pointing at a node. */
  targetsOf(predicate: string): IterableIterator<string> {
    return (this.into.get(predicate) ?? new Map<string, string[]>()).keys();
  }

  hasType(subject: string, type: string): boolean {
    return this.objects(subject, term.type).some((t) => t.value === type);
  }
}
