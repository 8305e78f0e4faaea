import { readFileSync } from 'node:fs';
import { listFiles } from '../../read/files.ts';
import { basename, join } from 'node:path';
import { writeFilesAtomically } from '../../write-files.ts';
import { isUntouched } from './mdx.ts';

export type DraftStatus = 'new' | 'updated' | 'unchanged' | 'edited';

export interface PlannedFile {
  passage: string;
  path: string;
  slug: string;
  text: string;
  status: DraftStatus;
}

/** What is already on disk: every slug in use, and ingest's earlier drafts by passage id. */
export interface Existing {
  slugs: Set<string>;
  byPassage: Map<string, { path: string; text: string }>;
}

export function scanExisting(dirs: readonly string[]): Existing {
  const existing: Existing = { slugs: new Set(), byPassage: new Map() };
  for (const dir of new Set(dirs)) {
    for (const path of listFiles(dir, '.mdx')) {
      existing.slugs.add(basename(path, '.mdx'));
      const text = readFileSync(path, 'utf8');
      const passage = /\n\s+passage:\s*"?([0-9a-f]{16})"?/.exec(text)?.[1];
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
      return { passage: d.passage, path: before.path, slug, text: d.text, status: before.text === d.text ? ('unchanged' as const) : ('updated' as const) };
    }
    let slug = d.slugBase;
    for (let i = 2; taken.has(slug); i++) slug = `${d.slugBase}-${i}`;
    taken.add(slug);
    return { passage: d.passage, path: join(d.folder, `${slug}.mdx`), slug, text: d.text, status: 'new' as const };
  });
}

/** Writes new and updated drafts all or nothing (see `writeFilesAtomically`). */
export function writeFiles(files: readonly PlannedFile[]): void {
  writeFilesAtomically(files.filter((f) => f.status === 'new' || f.status === 'updated'));
}
