import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Files with the given extension under `dir`, recursively, in a stable order; none when `dir` is absent. */
export function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(extension))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}
