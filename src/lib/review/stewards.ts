import type { Concept } from '../schema/index.ts';

/** What steward lookup needs from the topic graph (`topicGraph` in `src/lib/site/topics.ts` fits). */
export interface StewardGraph {
  byId: ReadonlyMap<string, Concept>;
  /** A concept and every concept above it, nearest first. */
  ancestorsOf(id: string): string[];
}

/** Who looks after a topic, and which concept said so (the topic itself or a broader one). */
export interface Stewardship {
  /** The steward's people id. */
  steward: string;
  /** The concept whose `steward:` applies. */
  from: string;
}

/**
 * The steward of a topic: its own `steward`, else that of the nearest broader concept that has one.
 * Knowledge managers usually set stewards on top-level topics only, and narrower topics inherit them.
 * Undefined for an unknown topic or when no concept above it names a steward.
 */
export function stewardOf(topicId: string, graph: StewardGraph): Stewardship | undefined {
  for (const id of graph.ancestorsOf(topicId)) {
    const steward = graph.byId.get(id)?.steward;
    if (steward) return { steward, from: id };
  }
  return undefined;
}
