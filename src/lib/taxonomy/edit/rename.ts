import { CommandError } from '../../command-error.ts';
import { collectionMemberEdits, conceptEdits, newConceptEdit, type ConceptChanges } from './document.ts';
import { replaceIds } from './entries.ts';
import { count, finish, pathDescendants, requireConcept, requireFreeId, retiredLabel, withTaxonomy, type EditInput, type EditResult } from './plan.ts';
import type { TextEdit } from './source.ts';

export interface RenameOptions {
  from: string;
  to: string;
  /** Keep each old id as a deprecated concept with `replacedBy`, so the site redirects its old URL. */
  redirect: boolean;
}

/**
 * Gives a concept a new id. Concepts whose ids are slash paths below it (`from/child`) follow (`to/child`),
 * so ids keep mirroring the hierarchy; concepts below it by `broader` alone keep their ids. Every
 * `broader`, `related` and `replacedBy` naming a renamed id, every collection's `members`, and every entry's
 * `topics` are rewritten.
 * Deprecated concepts below it keep their ids: they exist only so that old URLs keep working.
 *
 * With `redirect`, each old id stays as a deprecated concept right after the renamed one, replaced by the
 * new id, so links and bookmarks to the old topic page redirect. Its label gets ` (renamed)`, because a
 * label may lead to one concept only and the renamed concept keeps its label.
 */
export function renameConcept(input: EditInput, options: RenameOptions): EditResult {
  return withTaxonomy(input, (t) => {
    const { from, to } = options;
    const root = requireConcept(t, from);
    if (root.concept.deprecated) {
      const live = root.concept.replacedBy ? ` Rename \`${root.concept.replacedBy}\`, which replaces it, instead.` : '';
      throw new CommandError(`Concept \`${from}\` is deprecated: its id is kept only so that old links keep working, so renaming it would break them.${live}`);
    }
    if (to === from) throw new CommandError(`\`${from}\` already has that id; nothing to rename.`);
    requireFreeId(t, to);
    const renamed = [root, ...pathDescendants(t, from).filter((c) => !c.concept.deprecated)];
    const ids = new Map(renamed.map((c) => [c.concept.id, `${to}${c.concept.id.slice(from.length)}`]));
    for (const [old, next] of ids) {
      const taken = t.byId.get(next);
      if (old !== from && taken) {
        throw new CommandError(
          `\`${old}\`, below \`${from}\`, would be renamed to \`${next}\`, which is already the id of the concept \`${taken.concept.label}\`. Rename or merge that concept first, or choose another new id.`,
        );
      }
    }
    const map = (id: string) => ids.get(id) ?? id;

    const edits: TextEdit[] = [];
    for (const node of t.concepts) {
      const c = node.concept;
      const changes: ConceptChanges = { broader: c.broader.map(map), related: c.related.map(map) };
      if (ids.has(c.id)) changes.id = map(c.id);
      if (c.replacedBy !== undefined && ids.has(c.replacedBy)) changes.replacedBy = map(c.replacedBy);
      edits.push(...conceptEdits(t, node, changes));
    }
    edits.push(...collectionMemberEdits(t, map));
    const stubs: string[] = [];
    if (options.redirect) {
      for (const node of renamed) {
        const label = retiredLabel(t, node.concept.label, 'renamed', stubs);
        stubs.push(label);
        edits.push(newConceptEdit(t, node, { id: node.concept.id, label, deprecated: true, replacedBy: map(node.concept.id) }));
      }
    }

    const done = finish(input, t, edits, { ids: new Set(ids.keys()), topics: (list) => replaceIds(list, ids) });
    const below = [...ids].slice(1);
    const summary = [
      `Renamed \`${from}\` to \`${to}\`${below.length ? `, and ${count(below.length, 'concept', 'concepts')} below it (${below.map(([a, b]) => `\`${a}\` to \`${b}\``).join(', ')})` : ''}`,
      options.redirect ? `kept the old ${below.length ? 'ids' : 'id'} as deprecated, redirecting to the new` : 'kept no redirect',
      `rewrote ${count(done.entries.length, 'entry', 'entries')}.`,
    ].join('; ');
    // A new id whose path names another parent: say how to make the hierarchy agree, rather than guess.
    const parent = to.includes('/') ? to.slice(0, to.lastIndexOf('/')) : undefined;
    const misplaced = parent !== undefined && t.byId.has(parent) && !root.concept.broader.map(map).includes(parent);
    const notes = [
      ...(misplaced
        ? [
            `\`${to}\` is still under ${root.concept.broader.length ? root.concept.broader.map((b) => `\`${map(b)}\``).join(', ') : 'no broader concept'}; to put it under \`${parent}\` as its id suggests, run \`npm run taxonomy -- move ${to} --under ${parent}\`.`,
          ]
        : []),
      ...(options.redirect
        ? []
        : [
            `Links to the old topic ${below.length ? 'pages' : 'page'} will stop working, since no deprecated concept redirects ${below.length ? 'them' : 'it'}.`,
          ]),
      ...done.warnings,
    ];
    return {
      command: 'rename',
      summary,
      changes: done.changes,
      entries: done.entries,
      notes,
      details: { renamed: Object.fromEntries(ids), redirects: options.redirect ? [...ids.keys()] : [] },
    };
  });
}
