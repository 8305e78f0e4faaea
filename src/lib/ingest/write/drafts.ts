import { readFileSync, rmSync } from 'node:fs';
import { listFiles } from '../../read/files.ts';
import { basename, dirname, join } from 'node:path';
import { writeFilesAtomically } from '../../write-files.ts';
import { isUntouched } from './mdx.ts';

export type DraftStatus = 'new' | 'updated' | 'unchanged' | 'edited';

export interface PlannedFile {
  passage: string;
  path: string;
  slug: string;
  text: string;
  status: DraftStatus;
  /** An earlier untouched draft of the same passage under another name, removed once this one is written. */
  replaces?: string | undefined;
}

/** What is already on disk: every slug in use, and ingest's earlier drafts by passage id. */
export interface Existing {
  slugs: Set<string>;
  byPassage: Map<string, { path: string; text: string }>;
  /** The text of every entry a person wrote or edited, to tell whether one names a slug (`related`). */
  texts: string[];
}

export function scanExisting(dirs: readonly string[]): Existing {
  const existing: Existing = { slugs: new Set(), byPassage: new Map(), texts: [] };
  for (const dir of new Set(dirs)) {
    for (const path of listFiles(dir, '.mdx')) {
      existing.slugs.add(basename(path, '.mdx'));
      const text = readFileSync(path, 'utf8');
      const passage = /\n\s+passage:\s*"?([0-9a-f]{16})"?/.exec(text)?.[1];
      // Ingest's own untouched drafts are rewritten with the new names; only entries people wrote or edited hold links that must not break.
      if (!passage || !isUntouched(text)) existing.texts.push(text);
      if (passage) existing.byPassage.set(passage, { path, text });
    }
  }
  return existing;
}

/**
 * Decides, for each generated draft, whether it is new, replaces ingest's own untouched earlier output,
 * is unchanged, or must be left alone because a person has edited it. New drafts get a slug unused
 * anywhere in the entries folder.
 */
export function planFiles(drafts: readonly { passage: string; slugBase: string; text: string; folder: string }[], existing: Existing): PlannedFile[] {
  const taken = new Set(existing.slugs);
  return drafts.map((d) => {
    const before = existing.byPassage.get(d.passage);
    if (before) {
      const slug = basename(before.path, '.mdx');
      if (!isUntouched(before.text)) return { passage: d.passage, path: before.path, slug, text: before.text, status: 'edited' as const };
      // A draft nobody has touched follows its title: a name the redactor used to miss must not stay in
      // the file name, which becomes the page's address. Not where another entry names it as related.
      const renamed = !slug.startsWith(d.slugBase) && !existing.texts.some((t) => t.includes(slug));
      if (renamed) {
        let next = d.slugBase;
        for (let i = 2; taken.has(next); i++) next = `${d.slugBase}-${i}`;
        taken.add(next);
        return {
          passage: d.passage,
          path: join(dirname(before.path), `${next}.mdx`),
          slug: next,
          text: d.text,
          status: 'updated' as const,
          replaces: before.path,
        };
      }
      return { passage: d.passage, path: before.path, slug, text: d.text, status: before.text === d.text ? ('unchanged' as const) : ('updated' as const) };
    }
    let slug = d.slugBase;
    for (let i = 2; taken.has(slug); i++) slug = `${d.slugBase}-${i}`;
    taken.add(slug);
    return { passage: d.passage, path: join(d.folder, `${slug}.mdx`), slug, text: d.text, status: 'new' as const };
  });
}

/**
 * Writes new and updated drafts all or nothing (see `writeFilesAtomically`), then removes the earlier
 * names of renamed drafts: a failure before that leaves every file as it was.
 */
export function writeFiles(files: readonly PlannedFile[]): void {
  writeFilesAtomically(files.filter((f) => f.status === 'new' || f.status === 'updated'));
  for (const f of files) if (f.replaces && f.replaces !== f.path) rmSync(f.replaces, { force: true });
}
