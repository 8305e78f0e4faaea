import { isAbsolute, relative, sep } from 'node:path';

/**
 * How messages and reports show a file: relative to where the command runs (`content/consent/x.yaml`), with
 * `/` on every system, so editors and terminals can open it; absolute when it lies outside (a temporary
 * copy), where `../../` would only confuse.
 */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? path : rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}
