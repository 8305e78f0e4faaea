import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const lib = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const memo = new Map<string, string>();

/**
 * The digest of Tacit's own code in the given folders of `src/lib` (and the files directly in it), so a
 * cache never serves a result that changed code would compute differently.
 */
export function codeDigest(folders: readonly string[]): string {
  const key = folders.join(',');
  const hit = memo.get(key);
  if (hit) return hit;
  const h = createHash('sha256');
  for (const name of readdirSync(lib)
    .filter((n) => n.endsWith('.ts'))
    .sort())
    h.update(name).update(readFileSync(join(lib, name)));
  for (const folder of folders) {
    for (const name of readdirSync(join(lib, folder), { recursive: true, encoding: 'utf8' }).sort()) {
      if (name.endsWith('.ts') || name.endsWith('.json')) h.update(name).update(readFileSync(join(lib, folder, name)));
    }
  }
  const digest = h.digest('hex');
  memo.set(key, digest);
  return digest;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** One edition of the site (a content folder built for an audience): the name its caches are kept under. */
export const editionKey = (contentDir: string, audience: string): string => sha256(`${contentDir}\n${audience}`).slice(0, 16);
