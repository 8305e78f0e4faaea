import { CommandError } from '../../command-error.ts';
import { ancestorsOf } from '../validate/graph.ts';
import { indexTaxonomy } from '../validate/types.ts';
import { labelKey } from '../validate/index.ts';
import { collectionMemberEdits, conceptEdits } from './document.ts';
import { replaceIds } from './entries.ts';
import { count, finish, requireConcept, requireLive, retiredLabel, ticks, withTaxonomy, type EditInput, type EditResult } from './plan.ts';
import type { TextEdit } from './source.ts';

export interface MergeOptions {
  from: string;
  into: string;
}

/**
 * Folds one concept into another. `from` becomes deprecated with `replacedBy: into`, so its URL redirects;
 * entries on `from` move to `into` (once, if they had both); concepts below `from` move below `into`, keeping
 * their ids; links and replacements naming `from` name `into`.
 *
 * Searches for `from`'s words must still find its entries, so its label and altLabels become altLabels of
 * `into` and its hiddenLabels become hiddenLabels of `into` (those `into` already has are skipped). A label
 * may lead to one concept only, so the retired `from` gives them up: its label becomes `… (merged)` and it
 * keeps no altLabels or hiddenLabels. Its `related` links move to `into` as well.
 */
export function mergeConcepts(input: EditInput, options: MergeOptions): EditResult {
  return withTaxonomy(input, (t) => {
    const { from, into } = options;
    const source = requireConcept(t, from);
    if (source.concept.deprecated) {
      throw new CommandError(
        `Concept \`${from}\` is already deprecated${source.concept.replacedBy ? `, replaced by \`${source.concept.replacedBy}\`` : ''}; there is nothing left to merge.`,
      );
    }
    if (from === into) throw new CommandError(`Give two different concepts; \`${from}\` cannot be merged into itself.`);
    const target = requireLive(t, into);
    const before = ancestorsOf(indexTaxonomy(t.taxonomy));
    if (before(into).has(from)) {
      throw new CommandError(
        `\`${into}\` is below \`${from}\`, so merging would put it below itself. Merge \`${into}\` into \`${from}\` instead, or first move it: \`npm run taxonomy -- move ${into} --under <topic>\`.`,
      );
    }
    const ids = new Map([[from, into]]);
    const f = source.concept;
    const i = target.concept;

    // The hierarchy after the merge, to drop `related` links that would now run along it.
    const topics = t.taxonomy.topics.map((c) => (c.id === from ? c : { ...c, broader: replaceIds(c.broader, ids) }));
    const after = ancestorsOf(indexTaxonomy({ ...t.taxonomy, topics }));
    const clash = (a: string, b: string) => a === b || after(a).has(b) || after(b).has(a);

    const held = new Set([...Object.values(i.labels), ...i.altLabels, ...i.hiddenLabels].map(labelKey));
    const take = (labels: readonly string[]) =>
      labels.filter((l) => {
        const fresh = !held.has(labelKey(l));
        held.add(labelKey(l));
        return fresh;
      });
    const altLabels = [...i.altLabels, ...take([f.label, ...f.altLabels])];
    const hiddenLabels = [...i.hiddenLabels, ...take(f.hiddenLabels)];

    const edits: TextEdit[] = [];
    const moved: string[] = [];
    for (const node of t.concepts) {
      const c = node.concept;
      if (c.id === from) continue;
      const broader = replaceIds(c.broader, ids);
      if (c.broader.includes(from)) moved.push(c.id);
      // A link to `from` becomes a link to `into` unless `into` is this concept or above or below it.
      let related = replaceIds(c.related, ids).filter((r) => !(r === into && c.related.includes(from) && clash(c.id, into)));
      if (c.id === into) related = [...related, ...f.related.filter((r) => r !== from && !related.includes(r) && !clash(into, r))];
      const replacedBy = c.replacedBy === from ? into : undefined;
      edits.push(
        ...conceptEdits(t, node, {
          broader,
          related,
          ...(replacedBy ? { replacedBy } : {}),
          ...(c.id === into ? { altLabels, hiddenLabels } : {}),
        }),
      );
    }
    // A collection that listed `from` lists `into` instead (once).
    edits.push(...collectionMemberEdits(t, (id) => ids.get(id) ?? id));
    const label = retiredLabel(t, f.label, 'merged');
    edits.push(...conceptEdits(t, source, { label, altLabels: [], hiddenLabels: [], related: [], deprecated: true, replacedBy: into }));

    const done = finish(input, t, edits, { ids: new Set([from]), topics: (list) => replaceIds(list, ids) });
    const summary = [
      `Merged \`${from}\` into \`${into}\``,
      `\`${from}\` is deprecated and redirects there${moved.length ? `; moved ${ticks(moved)} below \`${into}\`` : ''}`,
      `rewrote ${count(done.entries.length, 'entry', 'entries')}.`,
    ].join('; ');
    const kept = moved.filter((id) => id.startsWith(`${from}/`));
    const notes = [
      ...(kept.length
        ? [
            `${ticks(kept)} kept ${kept.length === 1 ? 'its id' : 'their ids'}, so ${kept.length === 1 ? 'its URL does' : 'their URLs do'} not change; \`npm run taxonomy -- rename\` gives ${kept.length === 1 ? 'it an id' : 'them ids'} below \`${into}\`.`,
          ]
        : []),
      ...done.warnings,
    ];
    return {
      command: 'merge',
      summary,
      changes: done.changes,
      entries: done.entries,
      notes,
      details: {
        from,
        into,
        retiredLabel: label,
        labelsMoved: altLabels.slice(i.altLabels.length),
        hiddenLabelsMoved: hiddenLabels.slice(i.hiddenLabels.length),
        movedBelow: moved,
      },
    };
  });
}
