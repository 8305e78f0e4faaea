import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CommandError } from './command-error.ts';

/** One file to write. */
export interface FileWrite {
  path: string;
  text: string;
  /**
   * The file's text when the caller read it (`null`: it did not exist). When given, nothing is written if
   * the file no longer matches, so a person's edit made meanwhile is never overwritten.
   */
  original?: string | null;
}

export interface WriteOptions {
  /** Test hook: called just before the `index`th file is renamed into place; throwing simulates a crash. */
  beforeRename?: (index: number) => void;
}

/**
 * Writes files all or nothing. Each is first written beside its target under a temporary name; then every
 * `original` is compared with what is on disk; then each existing target is kept as a backup (a hard link,
 * else a copy) and the temporary files are renamed into place (a rename is atomic). A failure at any step
 * removes the temporary files, puts every backup back and deletes files that did not exist before, so the
 * targets end exactly as they were.
 */
export function writeFilesAtomically(writes: readonly FileWrite[], options: WriteOptions = {}): void {
  const tag = `${process.pid}.${Date.now().toString(36)}`;
  const temps: string[] = [];
  const backups: (string | undefined)[] = [];
  let renamed = 0;
  try {
    for (const w of writes) {
      mkdirSync(dirname(w.path), { recursive: true });
      const temp = join(dirname(w.path), `.${basename(w.path)}.${tag}.tmp`);
      writeFileSync(temp, w.text, { flag: 'wx' });
      temps.push(temp);
    }
    // Checked after the slow part, just before anything is replaced, to keep the window for a race small.
    for (const w of writes) {
      if (w.original === undefined) continue;
      const now = existsSync(w.path) ? readFileSync(w.path, 'utf8') : null;
      if (now !== w.original) {
        throw new CommandError(
          `\`${w.path}\` changed on disk while the edit was being prepared; nothing was written. Look at the change, then run the command again.`,
        );
      }
    }
    for (const w of writes) {
      if (!existsSync(w.path)) {
        backups.push(undefined);
        continue;
      }
      const backup = join(dirname(w.path), `.${basename(w.path)}.${tag}.bak`);
      // A hard link costs nothing and keeps the original bytes when the rename replaces the name.
      try {
        linkSync(w.path, backup);
      } catch {
        copyFileSync(w.path, backup);
      }
      backups.push(backup);
    }
    writes.forEach((w, i) => {
      options.beforeRename?.(i);
      renameSync(temps[i]!, w.path);
      renamed = i + 1;
    });
  } catch (error) {
    const unrestored = restore(writes, temps, backups, renamed);
    if (unrestored.length) {
      const list = unrestored.map((p) => `\`${p}\``).join(', ');
      throw new Error(
        `Writing failed (${(error as Error).message}) and these files could not be put back: ${list}. Their earlier versions are beside them as \`.<name>.${tag}.bak\`.`,
        { cause: error },
      );
    }
    throw error;
  }
  for (const b of backups) if (b) rmSync(b, { force: true });
}

/** Undoes the first `renamed` renames and removes temporary files; returns the targets it could not restore. */
function restore(writes: readonly FileWrite[], temps: readonly string[], backups: readonly (string | undefined)[], renamed: number): string[] {
  const failed: string[] = [];
  for (let i = 0; i < writes.length; i++) {
    const path = writes[i]!.path;
    const backup = backups[i];
    try {
      if (i < renamed) {
        if (backup) renameSync(backup, path);
        else rmSync(path, { force: true });
      } else if (backup) {
        rmSync(backup, { force: true });
      }
    } catch {
      failed.push(path);
    }
    if (temps[i]) rmSync(temps[i]!, { force: true });
  }
  return failed;
}
