import type { Concept, Taxonomy } from '../schema/index.ts';

/** The taxonomy as a graph: lookups, ancestors and descendants computed once per build. */
export interface TopicGraph {
  byId: ReadonlyMap<string, Concept>;
  /** Direct narrower concepts of each concept, in taxonomy order. */
  narrower: ReadonlyMap<string, readonly string[]>;
  /** Concepts with no broader concept, in taxonomy order. */
  roots: readonly string[];
  /** A concept and every concept above it, nearest first; safe against cycles. */
  ancestorsOf(id: string): string[];
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
  return { byId, narrower, roots, ancestorsOf };
}
