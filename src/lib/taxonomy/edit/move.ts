import { CommandError } from '../../command-error.ts';
import { indexTaxonomy } from '../validate/types.ts';
import { conceptEdits } from './document.ts';
import { finish, requireConcept, requireLive, ticks, withTaxonomy, type EditInput, type EditResult } from './plan.ts';

export type MoveOptions = { id: string; under: string } | { id: string; also: string } | { id: string; top: true };

/**
 * Changes where a concept sits: `under` replaces its broader concepts with one, `also` adds a broader
 * concept (SKOS allows several), `top` makes it a top concept. Its id stays, so its URL and the entries that
 * use it do not change. A move that would make a concept its own ancestor is refused.
 */
export function moveConcept(input: EditInput, options: MoveOptions): EditResult {
  return withTaxonomy(input, (t) => {
    const node = requireConcept(t, options.id);
    const { id, broader: was } = node.concept;
    let next: string[];
    let parent: string | undefined;
    if ('top' in options) {
      if (!was.length) throw new CommandError(`\`${id}\` is already a top concept; nothing to move.`);
      next = [];
    } else {
      parent = 'under' in options ? options.under : options.also;
      requireLive(t, parent);
      if (parent === id) throw new CommandError(`\`${id}\` cannot be below itself. Give another broader concept.`);
      const chain = broaderChain(t.taxonomy, parent, id);
      if (chain) {
        throw new CommandError(
          `\`${parent}\` is below \`${id}\` (\`${chain.join(' → ')}\`), so putting \`${id}\` under it would make a cycle. Move \`${parent}\` elsewhere first, or choose another broader concept.`,
        );
      }
      if ('under' in options) {
        if (was.length === 1 && was[0] === parent) throw new CommandError(`\`${id}\` is already under \`${parent}\` alone; nothing to move.`);
        next = [parent];
      } else {
        if (was.includes(parent)) throw new CommandError(`\`${id}\` is already under \`${parent}\`; nothing to add.`);
        next = [...was, parent];
      }
    }
    const done = finish(input, t, conceptEdits(t, node, { broader: next }));
    const from = was.length ? `it was under ${ticks(was)}` : 'it was a top concept';
    const summary =
      'top' in options
        ? `Made \`${id}\` a top concept (${from}); no entries change.`
        : 'under' in options
          ? `Moved \`${id}\` under \`${parent}\` (${from}); no entries change.`
          : `Put \`${id}\` also under \`${parent}\` (now under ${ticks(next)}); no entries change.`;
    // Ids mirror the hierarchy by convention (`parent/child`); say how to restore that, not do it unasked.
    const slash = id.lastIndexOf('/');
    const follows = parent !== undefined && 'under' in options && slash !== -1 ? id.slice(0, slash) === parent : slash === -1;
    const notes = [
      ...(parent !== undefined && 'under' in options && !follows
        ? [
            `Its id \`${id}\` stays, so its URL does not change. To make the id follow, run \`npm run taxonomy -- rename ${id} ${parent}/${id.slice(slash + 1)}\`.`,
          ]
        : []),
      ...done.warnings,
    ];
    return { command: 'move', summary, changes: done.changes, entries: [], notes, details: { id, broaderBefore: was, broaderAfter: next } };
  });
}

/** The chain of broader links from `start` up to `target` (`start → … → target`), if there is one. */
function broaderChain(taxonomy: Parameters<typeof indexTaxonomy>[0], start: string, target: string): string[] | undefined {
  const ix = indexTaxonomy(taxonomy);
  const previous = new Map<string, string>();
  const todo = [start];
  const seen = new Set(todo);
  while (todo.length) {
    const id = todo.shift()!;
    if (id === target) {
      const chain = [id];
      for (let at = id; previous.has(at); ) chain.unshift((at = previous.get(at)!));
      return chain;
    }
    for (const b of ix.broader.get(id) ?? []) {
      if (seen.has(b)) continue;
      seen.add(b);
      previous.set(b, id);
      todo.push(b);
    }
  }
  return undefined;
}
