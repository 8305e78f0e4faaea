import { isMap, isSeq, parseDocument } from 'yaml';
import { CommandError } from '../../command-error.ts';
import { LayoutError, applyEdits, seqValues, setSequence, sourceOf } from './source.ts';

/** An entry file as read for an edit: only its text; nothing is parsed until an edit needs it. */
export interface EntryText {
  path: string;
  /** The path to show people, relative to where the command runs. */
  file: string;
  text: string;
}

/**
 * Where the YAML front matter sits in an entry: after the opening `---` line and up to the closing one.
 * Only this part is ever edited, so the body's bytes stay exactly as they were.
 */
export function frontMatterSpan(text: string): { start: number; end: number } | undefined {
  const open = /^(?:\uFEFF)?---[^\S\r\n]*(?:yaml)?[^\S\r\n]*\r?\n/.exec(text);
  if (!open) return undefined;
  const start = open[0].length;
  const close = /^---[^\S\r\n]*(?:\r?\n|$)/m.exec(text.slice(start));
  return close ? { start, end: start + close.index } : undefined;
}

/**
 * Rewrites an entry's `topics` with `rewrite`, editing only the values that change. Returns the new text, or
 * undefined when nothing changes. An entry whose front matter cannot be read is refused when it mentions one
 * of `ids`, because leaving it behind would leave it pointing at a concept that is gone.
 */
export function rewriteEntryTopics(entry: EntryText, ids: ReadonlySet<string>, rewrite: (topics: readonly string[]) => string[]): string | undefined {
  const refuse = (why: string) => {
    throw new CommandError(
      `\`${entry.file}\` ${why}, so its topics cannot be rewritten; nothing was written. Fix it (\`npm run check\` shows where), then run the command again.`,
    );
  };
  const mentions = () => [...ids].some((id) => entry.text.includes(id));
  const span = frontMatterSpan(entry.text);
  if (!span) return mentions() ? refuse('has no YAML front matter between `---` lines') : undefined;
  const yaml = entry.text.slice(span.start, span.end);
  const doc = parseDocument(yaml, { uniqueKeys: true });
  if (doc.errors.length) return mentions() ? refuse(`has front matter that is not valid YAML (${doc.errors[0]!.message.split('\n')[0]})`) : undefined;
  const topics = isMap(doc.contents) ? doc.contents.get('topics', true) : undefined;
  if (!isSeq(topics)) return mentions() && isMap(doc.contents) && doc.contents.has('topics') ? refuse('has `topics` that is not a list') : undefined;
  let old: string[];
  try {
    old = seqValues(topics);
  } catch {
    return mentions() ? refuse('has a `topics` item that is not a concept id') : undefined;
  }
  if (!old.some((id) => ids.has(id))) return undefined;
  const next = rewrite(old);
  if (next.length === old.length && next.every((id, i) => id === old[i])) return undefined;
  try {
    const edits = setSequence(sourceOf(yaml), topics, next).map((e) => ({ ...e, start: e.start + span.start, end: e.end + span.start }));
    return applyEdits(entry.text, edits);
  } catch (error) {
    if (error instanceof LayoutError) return refuse(`has \`topics\` written in a layout the editor cannot change safely (${error.message})`);
    throw error;
  }
}

/**
 * Replaces ids by the map. When a replacement meets the same id already in the list (an entry on both
 * `from` and `into` of a merge), only the first mention stays; other repeats are left for `check` to report.
 */
export function replaceIds(list: readonly string[], map: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  const replaced = new Set(list.filter((id) => map.has(id)).map((id) => map.get(id)!));
  for (const id of list) {
    const next = map.get(id) ?? id;
    if (replaced.has(next) && out.includes(next)) continue;
    out.push(next);
  }
  return out;
}

/** An entry's `topics` as written, or undefined when its front matter cannot be read. */
export function entryTopics(text: string): string[] | undefined {
  const span = frontMatterSpan(text);
  if (!span) return undefined;
  const doc = parseDocument(text.slice(span.start, span.end));
  const topics = doc.errors.length || !isMap(doc.contents) ? undefined : doc.contents.get('topics', true);
  if (!isSeq(topics)) return undefined;
  try {
    return seqValues(topics);
  } catch {
    return undefined;
  }
}
