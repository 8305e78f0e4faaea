/** A node of a unist tree (mdast, hast): only what a walk needs. */
export interface WalkNode {
  type: string;
  children?: readonly WalkNode[];
}

/**
 * Calls `visit` for every node, depth-first in document order. unist-util-visit keeps every node's
 * ancestors as it goes, which costs more than the visit itself on thousands of entries; the rules that
 * walk every body need only the node.
 */
export function walk<N extends WalkNode>(node: N, visit: (node: N) => void): void {
  visit(node);
  const children = node.children;
  if (children) for (let i = 0; i < children.length; i++) walk(children[i] as N, visit);
}
