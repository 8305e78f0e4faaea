import type { TaxonomyIndex } from './types.ts';

/**
 * The groups of concepts that reach themselves through `broader` (strongly connected components with a
 * cycle, self-broader included), each in topic order. Tarjan's algorithm, iterative so that a hostile
 * chain thousands of concepts deep cannot overflow the stack.
 */
export function broaderCycles(ix: TaxonomyIndex): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  for (const root of ix.byId.keys()) {
    if (order.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    order.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work.at(-1)!;
      const edges = ix.broader.get(frame.id)!;
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!;
        if (!order.has(to)) {
          order.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, order.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) !== order.get(frame.id)) continue;
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== frame.id);
      if (group.length > 1 || ix.broader.get(frame.id)!.includes(frame.id)) groups.push(group);
    }
  }
  const position = (id: string) => ix.byId.get(id)!.index;
  return groups.map((g) => g.sort((a, b) => position(a) - position(b))).sort((a, b) => position(a[0]!) - position(b[0]!));
}

/**
 * Follows the first broader link (staying inside `within` when given) from `start` until a concept
 * repeats or there is nowhere to go: `['c', 'a', 'b', 'a']`. Used to name a cycle, or the chain that ends in one.
 */
export function firstBroaderChain(ix: TaxonomyIndex, start: string, within?: ReadonlySet<string>): string[] {
  const chain = [start];
  const seen = new Set(chain);
  let current = start;
  for (;;) {
    const next = ix.broader.get(current)?.find((b) => !within || within.has(b));
    if (next === undefined) return chain;
    chain.push(next);
    if (seen.has(next)) return chain;
    seen.add(next);
    current = next;
  }
}

/** Every concept above each concept through `broader`, memoised; cycles are cut, not followed forever. */
export function ancestorsOf(ix: TaxonomyIndex): (id: string) => ReadonlySet<string> {
  const memo = new Map<string, Set<string>>();
  return (id) => {
    const cached = memo.get(id);
    if (cached) return cached;
    // A plain walk per concept: hierarchies are shallow, and memoising whole walks keeps it linear enough.
    const found = new Set<string>();
    const todo = [...(ix.broader.get(id) ?? [])];
    while (todo.length) {
      const next = todo.pop()!;
      if (found.has(next)) continue;
      found.add(next);
      const known = memo.get(next);
      if (known) for (const a of known) found.add(a);
      else todo.push(...(ix.broader.get(next) ?? []));
    }
    memo.set(id, found);
    return found;
  };
}
