import type { Transcript } from '../transcript.ts';

/** The text of an uploaded file and the encoding it was read as. */
export interface Decoded {
  /** Without a byte order mark, with every line ending as `\n`. */
  text: string;
  encoding: Transcript['encoding'];
}

/**
 * Decodes an uploaded transcript. A byte order mark wins; UTF-16 without one is recognised by its NUL bytes;
 * otherwise the bytes are UTF-8 if they are valid UTF-8 and Windows-1252 if not, because that is what
 * Notepad and Word on Windows write when people "save as text".
 */
export function decode(bytes: Uint8Array): Decoded {
  const encoding = sniff(bytes);
  let text: string;
  if (encoding === 'utf-8' && !hasUtf8Bom(bytes)) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return finish(new TextDecoder('windows-1252').decode(bytes), 'windows-1252');
    }
  } else {
    // With a BOM the writer declared the encoding; a stray bad byte becomes U+FFFD rather than a different reading.
    text = new TextDecoder(encoding).decode(bytes);
  }
  return finish(text, encoding);
}

function finish(text: string, encoding: Transcript['encoding']): Decoded {
  // TextDecoder already drops a BOM it recognises; this catches one left inside, e.g. a BOM in a BOM-less sniff.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return { text: body.replace(/\r\n?/g, '\n'), encoding };
}

const hasUtf8Bom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

function sniff(b: Uint8Array): Transcript['encoding'] {
  if (hasUtf8Bom(b)) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return utf16WithoutBom(b) ?? 'utf-8';
}

/**
 * ASCII-heavy text in UTF-16 has a NUL in every other byte. Requiring that pattern on one side and almost no NULs
 * on the other keeps UTF-8 files that merely contain a few NULs (the WebVTT spec's own tests do) as UTF-8.
 */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}
