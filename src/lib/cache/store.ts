import { existsSync, readFileSync } from 'node:fs';
import { writeFilesAtomically } from '../write-files.ts';

/** Values by content digest, read from one JSON file and written back with only what this run kept. */
export interface DigestStore<T> {
  get(digest: string): T | undefined;
  /** Keeps a value for the next run; anything not kept is gone from the file after `save`. */
  keep(digest: string, value: T): void;
  save(): void;
}

/**
 * Opens a cache file. Its values are reused only when the file was written under the same `key` (the
 * inputs and code that produced them); otherwise it starts empty. A missing, unreadable or read-only
 * cache only makes a run slower, never wrong.
 */
export function openDigestStore<T>(path: string, key: string): DigestStore<T> {
  let stored: Record<string, T> = {};
  try {
    const file = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { key?: string; values?: Record<string, T> }) : undefined;
    if (file?.key === key && file.values) stored = file.values;
  } catch {
    stored = {};
  }
  const kept: Record<string, T> = {};
  // A run that kept exactly what it found (the same values, none added, none left out) has nothing to write.
  let changed = false;
  let keptCount = 0;
  return {
    get: (digest) => (Object.hasOwn(stored, digest) ? stored[digest] : undefined),
    keep: (digest, value) => {
      if (!Object.hasOwn(kept, digest)) keptCount++;
      if (stored[digest] !== value || (Object.hasOwn(kept, digest) && kept[digest] !== value)) changed = true;
      kept[digest] = value;
    },
    save: () => {
      if (!changed && keptCount === Object.keys(stored).length) return;
      try {
        writeFilesAtomically([{ path, text: JSON.stringify({ key, values: kept }) }]);
      } catch {
        // No cache next time; nothing else depends on it.
      }
    },
  };
}
