import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentRecords } from '../read/content.ts';
import type { FieldIndex } from '../read/fields.ts';
import type { EntryData } from '../schema/index.ts';
import { writeFilesAtomically } from '../write-files.ts';
import type { LinkRef } from './links.ts';
import type { Finding } from './types.ts';

/** What reading one entry file found, by the digest of its bytes. */
export interface CachedBody {
  data?: EntryData | undefined;
  fields: FieldIndex;
  findings: Finding[];
  links: LinkRef[];
}

export interface BodyCache {
  get(digest: string, file: string): CachedBody | undefined;
  set(digest: string, body: CachedBody): void;
  /** Writes what this run used, and only that: entries that left the knowledge base leave the cache too. */
  save(): void;
}

/**
 * Check's cache, in `.cache/tacit/` of the working directory (git-ignored). A result is reused only for the
 * same bytes, the same people and consent records, the same options and the same Tacit code: any change to
 * those starts it afresh. It holds what is in the knowledge base now and nothing that has left it.
 */
export function openBodyCache(contentDir: string, records: Omit<ContentRecords, 'entries'>, options: object): BodyCache {
  const key = hash(JSON.stringify({ code: codeDigest(), people: [...records.people], consents: [...records.consents], options }));
  const path = join(process.cwd(), '.cache', 'tacit', `check-${hash(resolve(contentDir)).slice(0, 16)}.json`);
  let stored: Record<string, CachedBody> = {};
  try {
    const file = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { key: string; bodies: Record<string, CachedBody> }) : undefined;
    if (file?.key === key) stored = file.bodies;
  } catch {
    // An unreadable cache is only a slower run.
  }
  const used: Record<string, CachedBody> = {};
  return {
    get: (digest) => stored[digest],
    set: (digest, body) => void (used[digest] = body),
    save: () => {
      try {
        writeFilesAtomically([{ path, text: JSON.stringify({ key, bodies: used }) }]);
      } catch {
        // A read-only working directory only means no cache next time.
      }
    },
  };
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

let code: string | undefined;
/** The code that decides what reading an entry finds: schemas, readers, the guard and the detectors. */
const bodyCode = ['read', 'schema', 'guard', 'check', 'ingest/redact'];

/** The digest of that code, so a changed rule never reuses an old result. */
function codeDigest(): string {
  if (code) return code;
  const lib = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const h = createHash('sha256');
  for (const name of readdirSync(lib).filter((n) => n.endsWith('.ts')).sort()) h.update(name).update(readFileSync(join(lib, name)));
  for (const folder of bodyCode) {
    for (const name of readdirSync(join(lib, folder), { recursive: true, encoding: 'utf8' }).sort()) {
      if (name.endsWith('.ts') || name.endsWith('.json')) h.update(name).update(readFileSync(join(lib, folder, name)));
    }
  }
  return (code = h.digest('hex'));
}
