import { readFileSync } from 'node:fs';
import { normalizeText } from '../read/text.ts';
import { basename, join } from 'node:path';
import { readFrontMatter } from '../read/frontmatter.ts';
import { listFiles } from '../read/files.ts';
import { displayPath } from '../text/index.ts';

/** What a consent command needs to know about one entry file, read from its front matter alone. */
export interface EntryFile {
  /** The file name without `.mdx`. */
  slug: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the working directory, as problems and reports show it. */
  file: string;
  /** The `consent:` field, when there is one. */
  consent?: string | undefined;
  status?: string | undefined;
  title?: string | undefined;
  mentor?: string | undefined;
  /**
   * False when the front matter cannot be parsed as YAML. Then `consent` comes from a plain `consent: <id>`
   * line, if any, and `mentionsAnyId` callers must decide for themselves.
   */
  readable: boolean;
  /** The file's text, for callers that must be sure about an unreadable file. */
  text: string;
}

/**
 * Lists every entry file with the few fields consent commands use. Unlike `readContent` it does not validate
 * or parse the body: an entry with a broken body or an invalid field still belongs to its consent, and a
 * revocation must retire it too rather than miss it because it does not build.
 */
export function scanEntries(contentDir: string): EntryFile[] {
  return listFiles(join(contentDir, 'entries'), '.mdx').map((path) => scanEntry(path));
}

function scanEntry(path: string): EntryFile {
  const file = displayPath(path);
  const text = readFileSync(path, 'utf8');
  const fm = readFrontMatter(normalizeText(text), file);
  const base = { slug: basename(path, '.mdx'), path, file, text };
  const data = fm.parsed?.data;
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    const str = (key: string) => (typeof record[key] === 'string' ? record[key] : undefined);
    return { ...base, consent: str('consent'), status: str('status'), title: str('title'), mentor: str('mentor'), readable: true };
  }
  const consent = /^consent:[^\S\r\n]*["']?([a-z0-9-]+)["']?[^\S\r\n]*(?:#.*)?$/m.exec(text)?.[1];
  return { ...base, consent, readable: false };
}
