import { readFileSync } from 'node:fs';
import type { Problem } from '../problems.ts';

/**
 * Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return; lone surrogates;
 * U+FFFE and U+FFFF), and C1 controls, which HTML calls parse errors. Invisible in an editor, they make a
 * feed unreadable.
 */
export const forbiddenCharacters =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids, matched to be removed.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as every reader sees it: no byte-order mark, every line ending `\n`, no forbidden characters.
 * Windows editors save `\r\n`, and a `\r` left at the end of a value is an invisible character that fails
 * validation (`published\r`); both kinds of file must read exactly alike. Line numbers do not change.
 */
export const normalizeText = (raw: string): string =>
  raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(forbiddenCharacters, '');

/** A file's text, normalized (see `normalizeText`). */
export const readText = (path: string): string => normalizeText(readFileSync(path, 'utf8'));

/** Normalized text written back in the conventions of the file it came from: its line endings and BOM. */
export function restoreText(text: string, like: string): string {
  const crlf = /\r\n/.test(like) ? text.replace(/\n/g, '\r\n') : text;
  return like.startsWith('\uFEFF') ? `\uFEFF${crlf}` : crlf;
}

/** A warning for each forbidden character in a file: reading drops them, but the file should lose them too. */
export function forbiddenCharacterProblems(raw: string, file: string): Problem[] {
  const out: Problem[] = [];
  for (const m of raw.replace(/^\uFEFF/, '').matchAll(forbiddenCharacters)) {
    const before = raw
      .replace(/^\uFEFF/, '')
      .slice(0, m.index)
      .split(/\r\n|\r|\n/);
    const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    out.push({
      file,
      line: before.length,
      column: before[before.length - 1]!.length + 1,
      severity: 'warning',
      rule: 'control-character',
      message: `An invisible control character (${code}) is here; Tacit leaves it out of every output. Delete it from the file.`,
    });
  }
  return out;
}
