import type { Concept, Taxonomy } from '../schema/index.ts';
import { routes } from '../routes.ts';

/** The taxonomy as a graph: lookups, ancestors and descendants computed once per build. */
export interface TopicGraph {
  byId: ReadonlyMap<string, Concept>;
  /** Direct narrower concepts of each concept, in taxonomy order. */
  narrower: ReadonlyMap<string, readonly string[]>;
  /** Concepts with no broader concept, in taxonomy order. */
  roots: readonly string[];
  /** A concept and every concept above it, nearest first; safe against cycles. */
  ancestorsOf(id: string): string[];
  /**
   * Words that find a concept's entries without being its label: alternative and hidden labels, labels in
   * other languages, and the labels of concepts merged into it or renamed to it.
   */
  synonymsOf(id: string): string[];
}

export function topicGraph(taxonomy: Taxonomy): TopicGraph {
  const byId = new Map(taxonomy.topics.map((t) => [t.id, t]));
  const narrower = new Map<string, string[]>(taxonomy.topics.map((t) => [t.id, []]));
  for (const t of taxonomy.topics) for (const b of t.broader) narrower.get(b)?.push(t.id);
  const roots = taxonomy.topics.filter((t) => t.broader.every((b) => !byId.has(b))).map((t) => t.id);
  const memo = new Map<string, string[]>();
  const ancestorsOf = (id: string): string[] => {
    const hit = memo.get(id);
    if (hit) return hit;
    const out: string[] = [];
    const queue = [id];
    while (queue.length) {
      const next = queue.shift()!;
      if (out.includes(next) || !byId.has(next)) continue;
      out.push(next);
      queue.push(...byId.get(next)!.broader);
    }
    memo.set(id, out);
    return out;
  };
  const replaced = new Map<string, Concept[]>();
  for (const t of taxonomy.topics) {
    const target = t.deprecated ? finalReplacement(t.id, byId) : undefined;
    if (target) (replaced.get(target) ?? replaced.set(target, []).get(target)!).push(t);
  }
  const synonymsOf = (id: string): string[] => {
    const c = byId.get(id);
    if (!c) return [];
    const translated = Object.values(c.translations ?? {}).flatMap((t) => [...t.altLabels, ...t.hiddenLabels]);
    const words = [...c.altLabels, ...c.hiddenLabels, ...Object.values(c.labels), ...translated];
    for (const old of replaced.get(id) ?? []) words.push(old.label, ...old.altLabels, ...old.hiddenLabels);
    return [...new Set(words)].filter((w) => w !== c.label);
  };
  return { byId, narrower, roots, ancestorsOf, synonymsOf };
}

/** Where a deprecated concept's entries and URL went: follows `replacedBy` to a live concept, if any. */
export function finalReplacement(id: string, byId: ReadonlyMap<string, Concept>): string | undefined {
  const seen = new Set<string>();
  let at = byId.get(id);
  while (at?.deprecated && at.replacedBy && !seen.has(at.id)) {
    seen.add(at.id);
    at = byId.get(at.replacedBy);
  }
  return at && !at.deprecated && at.id !== id ? at.id : undefined;
}

/** Every deprecated concept with a live replacement forwards its page there, so old links keep working. */
export function topicRedirects(graph: Pick<TopicGraph, 'byId'>): { from: string; to: string }[] {
  return [...graph.byId.values()].flatMap((c) => {
    const to = c.deprecated ? finalReplacement(c.id, graph.byId) : undefined;
    return to ? [{ from: routes.topic(c.id), to: routes.topic(to) }] : [];
  });
}

/** `skos:related` is symmetric: a link written on either concept shows on both. */
export function symmetricRelated(concepts: readonly Concept[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const link = (a: string, b: string) => (out.get(a) ?? out.set(a, new Set()).get(a)!).add(b);
  for (const c of concepts)
    for (const r of c.related)
      if (r !== c.id) {
        link(c.id, r);
        link(r, c.id);
      }
  return out;
}
