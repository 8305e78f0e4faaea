import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface OutputFile {
  path: string;
  text: string;
}

/**
 * Every file of a build as text. Pagefind's index, fragments, filters and metadata are gzip-compressed, so
 * they are decompressed: a leak check that only read HTML would miss what the search index carries.
 */
export function readOutput(dir: string): OutputFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const path = join(d.parentPath, d.name);
      let bytes: Buffer = readFileSync(path);
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      return { path: relative(dir, path), text: bytes.toString('utf8') };
    });
}

/** The files (and a little context) where `needle` occurs as a whole word or phrase, case-insensitively. */
export function occurrences(files: readonly OutputFile[], needle: string): string[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${RegExp.escape(needle)}(?![\\p{L}\\p{N}])`, 'iu');
  return files.flatMap((f) => {
    const m = pattern.exec(f.text);
    return m ? [`${f.path}: \`${m[0]}\` in …${f.text.slice(Math.max(0, m.index - 40), m.index + needle.length + 40).replace(/\s+/g, ' ')}…`] : [];
  });
}

/** Words of 7+ letters, lowercased. */
export const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[a-z][a-z'-]{6,}/g) ?? []);
