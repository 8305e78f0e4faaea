import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` with its text, keyed by path relative to `dir` with `/`. */
export function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name))
      .map((p) => [relative(dir, p).split(sep).join('/'), readFileSync(p, 'utf8')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
