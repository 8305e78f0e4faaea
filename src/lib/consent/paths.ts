import { isAbsolute, relative, sep } from 'node:path';

/**
 * How reports show a file: relative to where the command runs (`content/consent/x.yaml`), so editors and
 * terminals can open it, or absolute when it lies outside (a temporary copy), where `../../` would only confuse.
 */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}
