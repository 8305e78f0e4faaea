import { CommandError } from '../../command-error.ts';
import { conceptEdits } from './document.ts';
import { entryTopics, replaceIds } from './entries.ts';
import { count, finish, requireConcept, requireLive, withTaxonomy, type EditInput, type EditResult } from './plan.ts';
import type { TextEdit } from './source.ts';

export interface DeprecateOptions {
  id: string;
  replacedBy?: string | undefined;
  /** Move entries to `replacedBy` now, instead of leaving that to `npm run check -- --fix`. */
  rewriteEntries: boolean;
}

/**
 * Retires a concept: `deprecated: true`, and `replacedBy` when given, so its URL redirects there. Concepts
 * that named it as their replacement name the new one. Entries keep the topic unless `rewriteEntries`:
 * `npm run check` reports them, and `--fix` moves them, so a knowledge manager can retire a topic first and
 * let mentors review the moves in their own pull requests.
 */
export function deprecateConcept(input: EditInput, options: DeprecateOptions): EditResult {
  return withTaxonomy(input, (t) => {
    const { id, replacedBy } = options;
    const node = requireConcept(t, id);
    if (options.rewriteEntries && replacedBy === undefined)
      throw new CommandError('`--rewrite-entries` needs `--replaced-by <id>`: the topic entries move to.', 2);
    if (replacedBy !== undefined) {
      if (replacedBy === id) throw new CommandError(`\`${id}\` cannot replace itself. Give the concept that takes its place.`);
      requireLive(t, replacedBy);
    }
    const c = node.concept;
    if (c.deprecated && (replacedBy === undefined || replacedBy === c.replacedBy)) {
      throw new CommandError(`Concept \`${id}\` is already deprecated${c.replacedBy ? `, replaced by \`${c.replacedBy}\`` : ''}; nothing to change.`);
    }
    const edits: TextEdit[] = [...conceptEdits(t, node, { deprecated: true, ...(replacedBy === undefined ? {} : { replacedBy }) })];
    const redirected: string[] = [];
    if (replacedBy !== undefined) {
      // No chains: whatever `id` replaced now leads straight to its replacement.
      for (const other of t.concepts) {
        if (other.concept.replacedBy !== id) continue;
        redirected.push(other.concept.id);
        edits.push(...conceptEdits(t, other, { replacedBy }));
      }
    }
    const ids = new Map(replacedBy === undefined ? [] : [[id, replacedBy]]);
    const done = finish(input, t, edits, options.rewriteEntries ? { ids: new Set([id]), topics: (list) => replaceIds(list, ids) } : undefined);
    const using = options.rewriteEntries ? [] : input.entries.filter((e) => entryTopics(e.text)?.includes(id)).map((e) => e.file);
    const summary = [
      `Deprecated \`${id}\`${replacedBy === undefined ? '' : `, replaced by \`${replacedBy}\``}`,
      options.rewriteEntries
        ? `rewrote ${count(done.entries.length, 'entry', 'entries')}.`
        : `${count(using.length, 'entry still uses', 'entries still use')} it.`,
    ].join('; ');
    const notes = [
      ...(using.length
        ? [
            replacedBy === undefined
              ? `\`npm run check\` reports the ${count(using.length, 'entry', 'entries')} on \`${id}\`; give ${using.length === 1 ? 'it' : 'each'} another topic.`
              : `\`npm run check\` reports the ${count(using.length, 'entry', 'entries')} on \`${id}\`, and \`npm run check -- --fix\` moves ${using.length === 1 ? 'it' : 'them'} to \`${replacedBy}\`.`,
          ]
        : []),
      ...done.warnings,
    ];
    return {
      command: 'deprecate',
      summary,
      changes: done.changes,
      entries: done.entries,
      notes,
      details: { id, replacedBy: replacedBy ?? null, stillUsedBy: using, replacementsRedirected: redirected },
    };
  });
}
