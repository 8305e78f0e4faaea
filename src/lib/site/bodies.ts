import { join } from 'node:path';
import { codeDigest, editionKey, openDigestStore, sha256, statStamp, type DigestStore } from '../cache/index.ts';
import type { EntrySource, ReadResult } from '../read/content.ts';
import type { Problem } from '../problems.ts';
import type { EntryData } from '../schema/index.ts';
import { finishBody, prepareBody, type PreparedBody, type RenderOptions } from '../render/index.ts';
import { scanForLeaks, type GateEntry } from '../gate/index.ts';
import type { MentorMatcher } from '../privacy/index.ts';

/**
 * What the build remembers of one entry, by the digest of its file: a published entry its front matter and
 * body, a draft its front matter, any other withheld entry only that its bytes read without a problem.
 */
interface Remembered extends Partial<ReadResult> {
  /** The body rendered with every link kept, for the render settings in `settings`, and its plain text. */
  body?: PreparedBody & { settings: string };
  /** The attribution scan of these bytes, for the mentor and attribution `key` names. */
  scan?: { key: string; leaks: boolean } | undefined;
}

/** What a body's HTML depends on besides its bytes: the base path, the site's URL, the image hosts. */
export type BodySettings = Pick<RenderOptions, 'base' | 'siteUrl' | 'imageHosts'>;

const prepare = (entry: EntrySource, settings: BodySettings): PreparedBody => prepareBody(entry.tree, settings);

/**
 * The build's body stage: each entry is rendered as soon as it is read (or taken from the cache), and the
 * page gets it once the gate has decided which links may stay.
 */
export interface BodyStage {
  /** For `readContent`: the front matter of bytes read before, so they need no parsing. */
  cached(digest: string): ReadResult | undefined;
  /** Renders a freshly read entry while its syntax tree is at hand. */
  prepare(entry: EntrySource): void;
  /** An entry's HTML and text for the page; the entry is kept for the next build. */
  render(entry: EntrySource, options: RenderOptions): { html: string; text: string };
  /** The gate's attribution scan, remembered by digest so an unchanged body is not parsed again to scan it. */
  leaks(entry: GateEntry, matcher: MentorMatcher): boolean;
  /** For `readContent`: whether these bytes read without a problem before, so only their front matter is read. */
  clean(digest: string): boolean;
  /** For `readContent`: the digest of an entry file that has not changed since the last build read it. */
  known(path: string): string | undefined;
  /** For `readContent`: remembers the digest of each entry file read, with its stamp. */
  readFile(path: string, digest: string): void;
  /** Keeps a draft's front matter for the next build (drafts are in the repository and withdraw nothing). */
  keepDraft(entry: EntrySource): void;
  /**
   * Keeps only the digest of another withheld entry that read without a problem: not a word of it, since it
   * may be withdrawn, but the next build need not parse its body again to know it is well-formed.
   */
  keepClean(entry: EntrySource): void;
  /** Takes what a worker thread read and rendered of these bytes (`readAhead`), so the read finds it done. */
  adopt(digest: string, read: ReadAhead): void;
  /** Writes the cache: the entries this build published and its drafts; nothing withdrawn or gone. */
  save(): void;
  /** How many published entries were rendered now and how many reused. */
  readonly stats: { rendered: number; reused: number };
}

/** What a worker thread found in one entry file: its front matter and problems, its body rendered, its scan. */
export interface ReadAhead {
  data?: EntryData | undefined;
  problems: Problem[];
  body?: PreparedBody | undefined;
  scan?: { key: string; leaks: boolean } | undefined;
}

/** What a scan was made for: the mentor's matcher and the slug (it comes from the file's name, not its bytes). */
export const scanKey = (matcher: MentorMatcher, slug: string): string => JSON.stringify([matcher.key, slug]);

/** The code whose output the cache holds: readers, schemas, the guard, the renderer, this stage. */
const renderCode = ['read', 'schema', 'guard', 'render', 'index', 'site', 'gate', 'privacy', 'ingest/redact'];

/**
 * The build's cache of read and rendered entries: one file per content folder and audience in `cacheDir`,
 * or none. Caching never decides what is published: the gate runs on every build over the records, read
 * afresh, and every entry's front matter, read again unless the file's stamp (size, times, inode) is
 * unchanged since the build that read it, when the front matter those same bytes gave is used. Only this build's published entries and its drafts (withheld for that reason
 * alone) are written back, so an entry that was withdrawn, re-scoped or deleted leaves the cache in the
 * same build that drops it from the site.
 */
export function bodyStage(settings: BodySettings, cache?: { dir: string; contentDir: string; audience: string }): BodyStage {
  const stats = { rendered: 0, reused: 0 };
  const edition = cache && editionKey(cache.contentDir, cache.audience);
  const store: DigestStore<Remembered> | undefined = cache && openDigestStore(join(cache.dir, `build-${edition}.json`), codeDigest(renderCode));
  // By the digest of its path (a withdrawn entry's slug must not be left in the cache), each entry file's
  // stamp and digest when it was read: an unchanged file is not read again, its front matter comes from above.
  const files: DigestStore<{ stamp: string; digest: string }> | undefined =
    cache && openDigestStore(join(cache.dir, `build-${edition}-files.json`), codeDigest(renderCode));
  const stamps = new Map<string, string | undefined>();
  const settingsKey = JSON.stringify([settings.base, settings.siteUrl, settings.imageHosts]);
  const prepared = new Map<string, PreparedBody>();
  const adopted = new Map<string, ReadResult>();
  const scans = new Map<string, NonNullable<Remembered['scan']>>();
  const scanOf = (digest: string) => scans.get(digest) ?? store?.get(digest)?.scan;
  const remembered = (digest: string) => {
    const hit = store?.get(digest);
    return hit?.body?.settings === settingsKey ? hit.body : undefined;
  };
  return {
    cached: (digest) => {
      const hit = store?.get(digest);
      return adopted.get(digest) ?? (hit?.data && { data: hit.data, problems: hit.problems ?? [] });
    },
    adopt(digest, read) {
      if (!read.data) return; // a file with errors is read again, to report them where they are
      adopted.set(digest, { data: read.data, problems: read.problems });
      if (read.body) prepared.set(digest, read.body);
      if (read.scan) scans.set(digest, read.scan);
    },
    clean: (digest) => store?.get(digest) !== undefined,
    known(path) {
      if (!files) return undefined;
      const stamp = statStamp(path);
      stamps.set(path, stamp);
      const hit = stamp === undefined ? undefined : files.get(sha256(path));
      return hit && hit.stamp === stamp ? hit.digest : undefined;
    },
    readFile(path, digest) {
      if (!files) return;
      const stamp = stamps.has(path) ? stamps.get(path) : statStamp(path);
      if (stamp === undefined) return;
      const key = sha256(path);
      const hit = files.get(key);
      // The same object when nothing changed, so an unchanged build leaves the file as it was.
      files.keep(key, hit?.stamp === stamp && hit.digest === digest ? hit : { stamp, digest });
    },
    prepare(entry) {
      if (!prepared.has(entry.digest) && !remembered(entry.digest)) prepared.set(entry.digest, prepare(entry, settings));
    },
    render(entry, options) {
      const fresh = prepared.get(entry.digest);
      const body = fresh ?? remembered(entry.digest) ?? prepare(entry, settings);
      stats[fresh ? 'rendered' : 'reused']++;
      // What was stored, kept as the same object when nothing about it changed, so the store sees an
      // unchanged build and leaves its file alone (it compares by identity).
      const hit = store?.get(entry.digest);
      const same = !fresh && hit?.data === entry.data && hit.body === body && hit.scan === scanOf(entry.digest) && !hit.problems?.length;
      store?.keep(entry.digest, same ? hit : { data: entry.data, problems: [], body: { ...body, settings: settingsKey }, scan: scanOf(entry.digest) });
      return { html: finishBody(body, options.linkable ?? (() => true)), text: body.text };
    },
    leaks(entry, matcher) {
      // The slug is scanned too, and it comes from the file's name, not its bytes: a renamed file must be
      // scanned again even though its digest is the same.
      const key = scanKey(matcher, entry.slug);
      const hit = entry.digest === undefined ? undefined : scanOf(entry.digest);
      if (hit?.key === key) return hit.leaks;
      const leaks = scanForLeaks(entry, matcher);
      if (entry.digest !== undefined) scans.set(entry.digest, { key, leaks });
      return leaks;
    },
    keepDraft(entry) {
      const hit = store?.get(entry.digest);
      const same = hit?.data === entry.data && !hit.body && hit.scan === scanOf(entry.digest) && !hit.problems?.length;
      store?.keep(entry.digest, same ? hit : { data: entry.data, problems: [], scan: scanOf(entry.digest) });
    },
    keepClean(entry) {
      const hit = store?.get(entry.digest);
      store?.keep(entry.digest, hit && !Object.keys(hit).length ? hit : {});
    },
    save: () => {
      store?.save();
      files?.save();
    },
    stats,
  };
}
