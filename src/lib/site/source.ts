import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { matcherFor } from '../gate/index.ts';
import { findLeaks } from '../privacy/index.ts';
import type { Person } from '../schema/index.ts';
import type { Attribution } from './attribution.ts';

const roots = new Map<string, string | null>();

// The nearest folder holding `.git` (a folder, or a file in worktrees and submodules); null when none.
function gitRoot(dir: string): string | null {
  const hit = roots.get(dir);
  if (hit !== undefined) return hit;
  const parent = dirname(dir);
  const root = existsSync(join(dir, '.git')) ? dir : parent === dir ? null : gitRoot(parent);
  roots.set(dir, root);
  return root;
}

/**
 * An entry file's path relative to the repository root, with `/` separators, as the repository's web UI
 * names it (`content/entries/sales/walk-away-price.mdx`). `EntrySource.file` is relative to wherever the
 * command ran, so it is resolved first; the root is the nearest folder with `.git`. A content folder
 * outside any repository (a copy in a temporary folder) is named from the folder that holds `entries/`.
 */
export function repoPath(file: string, cwd = process.cwd()): string {
  const absolute = resolve(cwd, file);
  const root = gitRoot(dirname(absolute));
  if (root) return relative(root, absolute).split(sep).join('/');
  const parts = absolute.split(sep);
  const at = parts.lastIndexOf('entries');
  return (at > 0 ? parts.slice(at - 1) : parts.slice(-1)).join('/');
}

/**
 * Whether a repository path would give away a mentor the consent keeps unnamed. Ingest files drafts in a
 * folder per mentor (`content/entries/<people-id>/`), and an edit link shows that folder to every reader:
 * the gate's own scan decides, so a path is judged exactly as every other output string.
 */
export function pathRevealsMentor(path: string, personId: string, person: Person, attribution: Attribution): boolean {
  const matcher = matcherFor(personId, person, attribution.mode);
  return matcher !== undefined && findLeaks([{ value: path, source: { in: 'slug' } }], matcher).length > 0;
}

/** The repository path to link "Edit this entry" to, or undefined when the path would reveal the mentor. */
export function editableSource(file: string, personId: string, person: Person, attribution: Attribution, cwd = process.cwd()): string | undefined {
  const path = repoPath(file, cwd);
  return pathRevealsMentor(path, personId, person, attribution) ? undefined : path;
}
