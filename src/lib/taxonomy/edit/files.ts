import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { listFiles } from '../../read/files.ts';
import { displayPath } from '../../text/index.ts';
import { createTwoFilesPatch } from 'diff';
import { CommandError } from '../../command-error.ts';
import { writeFilesAtomically, type WriteOptions } from '../../write-files.ts';
import type { EntryText } from './entries.ts';
import type { EditInput, FileChange } from './plan.ts';

/**
 * Reads `taxonomy.yaml` and every `entries/**\/*.mdx` of a content folder as plain text. Bodies are not
 * parsed: an edit only ever touches front matter.
 */
export function readEditInput(contentDir: string): EditInput {
  const path = join(contentDir, 'taxonomy.yaml');
  if (!existsSync(path)) throw new CommandError(`There is no \`${displayPath(path)}\`. Check \`TACIT_CONTENT_DIR\`, or create the taxonomy first.`);
  const entriesDir = join(contentDir, 'entries');
  const entries: EntryText[] = existsSync(entriesDir)
    ? listFiles(entriesDir, '.mdx').map((p) => ({ path: p, file: displayPath(p), text: readFileSync(p, 'utf8') }))
    : [];
  return { taxonomy: { path, file: displayPath(path), text: readFileSync(path, 'utf8') }, entries };
}

/**
 * Writes every change or none (see `writeFilesAtomically`), and none at all if any file is no longer the
 * text the edit was worked out from: a person's edit made in the meantime is never overwritten.
 */
export function writeChanges(changes: readonly FileChange[], options: WriteOptions = {}): void {
  writeFilesAtomically(
    changes.map((c) => ({ path: c.path, text: c.after, original: c.before })),
    options,
  );
}

/** A unified diff of every change, as `git diff` would show it, for `--dry-run`. */
export function formatDiff(changes: readonly FileChange[]): string {
  return (
    changes
      // `a/` and `b/` as git writes them, for relative paths; an absolute path is shown as it is.
      .map((c) => (isAbsolute(c.file) ? ([c, c.file, c.file] as const) : ([c, `a/${c.file}`, `b/${c.file}`] as const)))
      .map(([c, a, b]) => createTwoFilesPatch(a, b, c.before, c.after, undefined, undefined, { context: 3 }))
      // The `Index:` and `===` banner lines say nothing a reader of `--- … +++ …` needs.
      .map((patch) => patch.replace(/^Index: .*\r?\n/, '').replace(/^={10,}\r?\n/m, ''))
      .join('')
  );
}
