import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addedEntry, changedParagraph } from '../generate/index.ts';

/**
 * Edits to a generated knowledge base for the rebuild measurements, each undoable so later steps (and
 * the baseline) see the base exactly as generated.
 */
export interface ContentEdits {
  /** Rewrites the sample entry: as generated plus paragraph `n` (a different change every time). */
  change(n: number): void;
  /** Adds one more entry next to the sample entry, under a new slug. */
  add(n: number): void;
  /** Puts the sample entry back and removes every added entry. */
  restore(): void;
}

export function contentEdits(entriesDir: string, sampleEntry: string): ContentEdits {
  const file = join(entriesDir, sampleEntry);
  const original = readFileSync(file, 'utf8');
  const added: string[] = [];
  return {
    change: (n) => writeFileSync(file, `${original}${changedParagraph(n)}`),
    add: (n) => {
      const { name, source } = addedEntry(original, n);
      const path = join(dirname(file), name);
      writeFileSync(path, source);
      added.push(path);
    },
    restore: () => {
      writeFileSync(file, original);
      for (const path of added.splice(0)) rmSync(path, { force: true });
    },
  };
}
