import { existsSync, linkSync, mkdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

import { CommandError } from '../command-error.ts';

/**
 * Writes a new file atomically and never over an existing one. The text goes to a temporary file beside
 * the target first; a hard link then puts it in place in one step, and a link, unlike a rename, fails
 * when the target already exists. So a reader never sees half a file and nobody's entry is replaced.
 */
export function writeNewFile(path: string, text: string): void {
  const dir = dirname(path);
  const created = !existsSync(dir);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    try {
      linkSync(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new CommandError(`\`${path}\` already exists; nothing was written. Run the command again to pick a free slug.`);
      // File systems without hard links: check, then rename (atomic, though no longer race-free).
      if (existsSync(path)) throw new CommandError(`\`${path}\` already exists; nothing was written.`);
      renameSync(temp, path);
    }
  } catch (error) {
    rmSync(temp, { force: true });
    // Leave no empty folder behind; one that filled up meanwhile is someone else's and stays.
    if (created)
      try {
        rmdirSync(dir);
      } catch {
        /* not empty */
      }
    throw error;
  }
  rmSync(temp, { force: true });
}
