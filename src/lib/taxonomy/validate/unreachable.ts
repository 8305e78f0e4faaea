import { broaderCycles, firstBroaderChain } from './graph.ts';
import type { Rule, TaxonomyIssue } from './types.ts';

/**
 * Every topic must hang below a top topic (one without `broader`), or no listing shows it. Topics on a
 * cycle are left to the cycle rule, and topics whose only broader ids are unknown to the unknown-id rule.
 */
export const unreachable: Rule = (ix) => {
  const reached = new Set<string>();
  const todo = [...ix.byId.values()].filter(({ concept }) => concept.broader.length === 0).map(({ concept }) => concept.id);
  while (todo.length) {
    const id = todo.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    todo.push(...(ix.narrower.get(id) ?? []));
  }
  const onCycle = new Set(broaderCycles(ix).flat());
  const issues: TaxonomyIssue[] = [];
  for (const { concept, index } of ix.byId.values()) {
    if (reached.has(concept.id) || onCycle.has(concept.id) || ix.broader.get(concept.id)!.length === 0) continue;
    const chain = firstBroaderChain(ix, concept.id);
    const last = chain.at(-1)!;
    const cyclic = chain.indexOf(last) < chain.length - 1;
    const why = cyclic ? 'ends in a cycle. Break the cycle' : `stops at \`${last}\`, whose broader ids are unknown. Correct them`;
    issues.push({
      path: ['topics', index, 'broader'],
      severity: 'error',
      rule: 'taxonomy-unreachable',
      message: `Topic \`${concept.id}\` is not below any top topic: its broader chain \`${chain.join(' → ')}\` ${why}, or give \`${concept.id}\` a broader topic that leads to a top topic.`,
    });
  }
  return issues;
};
