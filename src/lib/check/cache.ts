import { join, resolve } from 'node:path';
import { codeDigest, openDigestStore, sha256 } from '../cache/index.ts';
import type { ContentRecords } from '../read/content.ts';
import type { FieldIndex } from '../read/fields.ts';
import type { EntryData } from '../schema/index.ts';
import type { LinkRef } from './links.ts';
import type { Finding } from './types.ts';

/** What reading one entry file found, by the digest of its bytes. */
export interface CachedBody {
  data?: EntryData | undefined;
  fields: FieldIndex;
  findings: Finding[];
  links: LinkRef[];
}

/** What a file's bytes were when last read: its stamp, their digest and the characters check refused. */
export interface KnownFile {
  /** Size, modification and change times (nanoseconds) and inode, as `statStamp` gives them. */
  stamp: string;
  digest: string;
  forbidden: Finding[];
}

export interface BodyCache {
  get(digest: string, file: string): CachedBody | undefined;
  set(digest: string, body: CachedBody): void;
  /** The file at `path` as last read, if its stamp still matches: then its bytes need not be read again. */
  known(path: string, stamp: string): KnownFile | undefined;
  remember(path: string, file: KnownFile): void;
  /** Writes what this run used, and only that: entries that left the knowledge base leave the cache too. */
  save(): void;
}

/** The code that decides what reading an entry finds: schemas, readers, the guard, the rules, the detectors. */
const bodyCode = ['read', 'schema', 'guard', 'check', 'ingest/redact', 'privacy', 'gate'];

/**
 * Check's cache, a file in `cacheDir` (by default `.cache/tacit/`, git-ignored). A result is reused only for the
 * same bytes, the same people and consent records, the same options and the same Tacit code: any change to
 * those starts it afresh. It holds what is in the knowledge base now and nothing that has left it.
 */
export function openBodyCache(cacheDir: string, contentDir: string, records: Omit<ContentRecords, 'entries'>, options: object): BodyCache {
  const key = sha256(JSON.stringify({ code: codeDigest(bodyCode), people: [...records.people], consents: [...records.consents], options }));
  const name = `check-${sha256(resolve(contentDir)).slice(0, 16)}`;
  const store = openDigestStore<CachedBody>(join(cacheDir, `${name}.json`), key);
  // By path, the stamp of each file when it was read: a file whose size, times and inode are all unchanged
  // has the bytes it had (as git's index assumes); any change to them and it is read and hashed again.
  const files = openDigestStore<KnownFile>(join(cacheDir, `${name}-files.json`), key);
  return {
    get: (digest) => store.get(digest),
    set: (digest, body) => store.keep(digest, body),
    known: (path, stamp) => {
      const hit = files.get(path);
      return hit?.stamp === stamp ? hit : undefined;
    },
    remember: (path, file) => files.keep(path, file),
    save: () => {
      store.save();
      files.save();
    },
  };
}
