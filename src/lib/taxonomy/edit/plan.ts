import { CommandError } from '../../command-error.ts';
import { labelKey } from '../validate/labels.ts';
import { conceptId } from '../../schema/primitives.ts';
import { didYouMean } from '../../suggest.ts';
import { editedText, labelsInUse, openTaxonomy, type ConceptNode, type TaxonomyDocument } from './document.ts';
import { rewriteEntryTopics, type EntryText } from './entries.ts';
import { LayoutError, type TextEdit } from './source.ts';
import { verifyEdit } from './verify.ts';

/** What every edit reads: `taxonomy.yaml` and the entries, as texts. */
export interface EditInput {
  taxonomy: EntryText;
  entries: readonly EntryText[];
}

/** One file an edit changes, with its text before (as read) and after. */
export interface FileChange {
  path: string;
  file: string;
  before: string;
  after: string;
}

/** The outcome of an edit, worked out in memory; nothing is written until the caller writes `changes`. */
export interface EditResult {
  command: 'rename' | 'merge' | 'move' | 'deprecate';
  /** One sentence for people: what changed, and how many entries were rewritten. */
  summary: string;
  /** `taxonomy.yaml` first (when it changes), then each rewritten entry. */
  changes: FileChange[];
  /** Files of the entries whose topics were rewritten. */
  entries: string[];
  /** What the person may want to do next, and warnings the edit introduced. */
  notes: string[];
  /** The facts behind the summary, for `--json`. */
  details: Record<string, unknown>;
}

/** Opens the taxonomy, runs `edit` on it, and turns layout trouble into a message that names the line. */
export function withTaxonomy<T>(input: EditInput, edit: (t: TaxonomyDocument) => T): T {
  const t = openTaxonomy(input.taxonomy.text, input.taxonomy.file);
  try {
    return edit(t);
  } catch (error) {
    if (!(error instanceof LayoutError)) throw error;
    const at = error.node?.range?.[0];
    const line = at === undefined ? '' : `:${t.src.text.slice(0, at).split('\n').length}`;
    throw new CommandError(
      `\`${t.file}${line}\`: the editor ${error.message} without disturbing the text around it. Write that part the usual way (see the taxonomy in the README), then run the command again.`,
    );
  }
}

/** A concept that must exist, with a did-you-mean when it does not. */
export function requireConcept(t: TaxonomyDocument, id: string): ConceptNode {
  const node = t.byId.get(id);
  if (node) return node;
  throw new CommandError(`Unknown concept \`${id}\`.${didYouMean(id, t.byId.keys())} Concept ids are the \`id:\` values in \`${t.file}\`.`);
}

/** A concept that must exist and not be deprecated, since entries and links may only move to live concepts. */
export function requireLive(t: TaxonomyDocument, id: string): ConceptNode {
  const node = requireConcept(t, id);
  if (node.concept.deprecated) {
    const instead = node.concept.replacedBy ? ` Use \`${node.concept.replacedBy}\`, which replaces it.` : ' Choose a concept that is not deprecated.';
    throw new CommandError(`Concept \`${id}\` is deprecated.${instead}`);
  }
  return node;
}

/** A valid concept id that no concept has yet. */
export function requireFreeId(t: TaxonomyDocument, id: string): void {
  const syntax = conceptId.safeParse(id);
  if (!syntax.success) throw new CommandError(`\`${id}\` is not a valid concept id: ${syntax.error.issues[0]!.message}.`);
  const taken = t.byId.get(id);
  if (taken)
    throw new CommandError(
      `\`${id}\` is already the id of the concept \`${taken.concept.label}\`. Choose another id, or merge into it with \`npm run taxonomy -- merge\`.`,
    );
}

/** Concepts whose ids are slash paths below `id` (`id/child`, `id/child/grandchild`), in file order. */
export const pathDescendants = (t: TaxonomyDocument, id: string): ConceptNode[] => t.concepts.filter((c) => c.concept.id.startsWith(`${id}/`));

/**
 * The label a retired concept keeps when its own label now belongs to another concept (a merge) or is
 * kept by the renamed concept: `Feedback (renamed)`. Labels must stay unique across concepts, deprecated
 * ones included, and at most 80 characters long.
 */
export function retiredLabel(t: TaxonomyDocument, label: string, why: string, reserved: Iterable<string> = []): string {
  const taken = labelsInUse(t);
  for (const r of reserved) taken.set(labelKey(r), '');
  for (let n = 1; ; n++) {
    const tail = ` (${why}${n === 1 ? '' : ` ${n}`})`;
    const head = label.length + tail.length <= 80 ? label : `${label.slice(0, 79 - tail.length).trimEnd()}…`;
    if (!taken.has(labelKey(`${head}${tail}`))) return `${head}${tail}`;
  }
}

/**
 * Applies the taxonomy edits, checks the result (see `verifyEdit`) and rewrites the topics of every entry
 * that names one of `ids`. Returns the changed files, taxonomy first.
 */
export function finish(
  input: EditInput,
  t: TaxonomyDocument,
  edits: readonly TextEdit[],
  rewrite?: { ids: ReadonlySet<string>; topics: (list: readonly string[]) => string[] },
): { changes: FileChange[]; entries: string[]; warnings: string[] } {
  const text = editedText(t, edits);
  const { warnings } = verifyEdit(t.taxonomy, text, t.file);
  const changes: FileChange[] = [];
  if (text !== input.taxonomy.text) changes.push({ path: input.taxonomy.path, file: input.taxonomy.file, before: input.taxonomy.text, after: text });
  const entries: string[] = [];
  if (rewrite) {
    for (const entry of input.entries) {
      const after = rewriteEntryTopics(entry, rewrite.ids, rewrite.topics);
      if (after === undefined) continue;
      changes.push({ path: entry.path, file: entry.file, before: entry.text, after });
      entries.push(entry.file);
    }
  }
  return { changes, entries, warnings };
}

/** `1 entry`, `3 entries`. */
export const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** `` `a`, `b` `` for messages. */
export const ticks = (ids: readonly string[]): string => ids.map((id) => `\`${id}\``).join(', ');
