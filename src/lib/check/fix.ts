import { readFileSync } from 'node:fs';
import { normalizeText, restoreText } from '../read/text.ts';
import { writeFilesAtomically } from '../write-files.ts';
import type { Fix } from './types.ts';

/**
 * Applies fixes file by file, from the end of each file backwards so earlier offsets stay valid. A fix
 * whose text is no longer what check saw is skipped; all edited files are replaced together, or none.
 */
export function applyFixes(fixes: readonly Fix[]): { applied: number; skipped: number; files: string[] } {
  const byFile = new Map<string, Fix[]>();
  for (const f of fixes) byFile.set(f.path, [...(byFile.get(f.path) ?? []), f]);
  const edited: { path: string; text: string }[] = [];
  let applied = 0;
  let skipped = 0;
  for (const [path, list] of byFile) {
    // Check's offsets are in the normalized text; the file keeps its own line endings.
    const raw = readFileSync(path, 'utf8');
    let text = normalizeText(raw);
    for (const f of [...list].sort((a, b) => b.start - a.start)) {
      if (text.slice(f.start, f.end) !== f.expected) {
        skipped++;
        continue;
      }
      text = text.slice(0, f.start) + f.replacement + text.slice(f.end);
      applied++;
    }
    edited.push({ path, text: restoreText(text, raw) });
  }
  writeFilesAtomically(edited);
  return { applied, skipped, files: [...byFile.keys()] };
}
