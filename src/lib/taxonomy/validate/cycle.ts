import { broaderCycles, firstBroaderChain } from './graph.ts';
import type { Rule } from './types.ts';

/**
 * A topic may not be its own ancestor: listings, breadcrumbs and "entries of narrower topics" would never
 * end. One issue per knot of topics, naming one whole cycle in it, at the `broader` link that closes it.
 */
export const cycle: Rule = (ix) =>
  broaderCycles(ix).map((group) => {
    const walk = firstBroaderChain(ix, group[0]!, new Set(group));
    // The walk may enter the cycle part-way (`a → b → c → b`); name just the cycle.
    const chain = walk.slice(walk.indexOf(walk.at(-1)!));
    const closing = chain.at(-2)!;
    const { index, concept } = ix.byId.get(closing)!;
    const k = concept.broader.indexOf(chain.at(-1)!);
    const self = chain.length === 2;
    return {
      path: ['topics', index, 'broader', k],
      severity: 'error',
      rule: 'taxonomy-cycle',
      message: self
        ? `Topic \`${closing}\` names itself in \`broader\`. Remove \`${closing}\` from its \`broader\`.`
        : `Broader topics go round in a circle: \`${chain.join(' → ')}\`. Remove one of these \`broader\` links so the chain ends at a top topic.`,
    };
  });
