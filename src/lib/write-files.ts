import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes files all or nothing: each is first written beside its target under a temporary name, and only
 * when every one is on disk are they renamed into place (a rename is atomic). A failure before that
 * removes the temporary files and leaves every target as it was.
 */
export function writeFilesAtomically(writes: readonly { path: string; text: string }[]): void {
  const temps: string[] = [];
  try {
    for (const w of writes) {
      mkdirSync(dirname(w.path), { recursive: true });
      const temp = join(dirname(w.path), `.${basename(w.path)}.${process.pid}.tmp`);
      writeFileSync(temp, w.text, { flag: 'wx' });
      temps.push(temp);
    }
  } catch (error) {
    for (const t of temps) rmSync(t, { force: true });
    throw error;
  }
  writes.forEach((w, i) => renameSync(temps[i]!, w.path));
}
