import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Fix } from './types.ts';

/**
 * Applies fixes file by file, from the end of each file backwards so earlier offsets stay valid. A fix
 * whose text is no longer what check saw is skipped; each file is replaced atomically.
 */
export function applyFixes(fixes: readonly Fix[]): { applied: number; skipped: number; files: string[] } {
  const byFile = new Map<string, Fix[]>();
  for (const f of fixes) byFile.set(f.path, [...(byFile.get(f.path) ?? []), f]);
  let applied = 0;
  let skipped = 0;
  for (const [path, list] of byFile) {
    let text = readFileSync(path, 'utf8');
    for (const f of [...list].sort((a, b) => b.start - a.start)) {
      if (text.slice(f.start, f.end) !== f.expected) {
        skipped++;
        continue;
      }
      text = text.slice(0, f.start) + f.replacement + text.slice(f.end);
      applied++;
    }
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.fix`);
    writeFileSync(temp, text);
    renameSync(temp, path);
  }
  return { applied, skipped, files: [...byFile.keys()] };
}
