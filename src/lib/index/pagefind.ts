import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { codeDigest, sha256 } from '../cache/index.ts';
import { routes } from '../routes.ts';
import type { PublishedEntry, Site } from '../site/model.ts';
import { facetTable, packFacets } from './facets.ts';
import { searchRecord } from './records.ts';
import { partsWritten, shardOf, shardPath } from './shards.ts';

/** What `writeSearchIndex` wrote. */
export interface WrittenIndex {
  /** Entries indexed. */
  records: number;
  /** Parts the index is split into (`searchShards`), and how many of those written were copied from the cache. */
  shards: number;
  reusedShards: number;
  /** Every part was copied from the cache: the same records as the last build. */
  reused: boolean;
}

/**
 * Indexes the published entries and writes the index into `outputPath` (usually `<outDir>/pagefind`),
 * with the table of filter values the search page counts with (`facets.ts`). With `searchShards` above 1
 * the records are split by `shardOf` into `shard-<n>/` folders, which the search page merges. With `cacheDir`, a part of exactly the same records (same
 * Pagefind, same code) is copied from there instead of built again, and the new parts replace what was
 * there: the cache never holds more than the last build's published records.
 */
export async function writeSearchIndex(site: Site, outputPath: string, cacheDir?: string): Promise<WrittenIndex> {
  const { records, parts, shards, keyOf } = split(site, cacheDir);
  const salts = readSalts(cacheDir, records);
  const dirs = parts.map((_, n) => join(outputPath, '.parts', String(n)));
  const keys: (string | undefined)[] = [];
  const ids: (Map<string, string> | undefined)[] = [];
  const fromCache: boolean[] = [];
  const present = partsWritten(
    records.map((r) => r.url),
    shards,
  );
  let todo = present;
  try {
    // Pagefind names a page by a short hash, unique within one index only. A page whose name another part
    // already has is indexed again with a salt in its record (about one build in ten at 8,000 entries in
    // four parts); the salts are kept with the cache so the next build finds the salted parts there.
    for (let round = 0; todo.length; round++) {
      if (round > 8) throw new Error('Pagefind gave two pages of different parts the same name after 8 tries; build again with another `searchShards`.');
      for (const n of todo) {
        const own = parts[n]!.map((i) => salted(records[i]!, salts.get(records[i]!.url)));
        const key = keyOf(n, own);
        const cached = cacheDir && key ? join(cacheDir, key) : undefined;
        rmSync(dirs[n]!, { recursive: true, force: true });
        fromCache[n] = cached !== undefined && existsSync(cached);
        if (fromCache[n]) cpSync(cached!, dirs[n]!, { recursive: true });
        else await indexRecords(own, dirs[n]!);
        keys[n] = key;
        ids[n] = pageIds(dirs[n]!);
      }
      todo = clashes(ids, salts);
    }
  } finally {
    // The indexer is a child process; closing it lets the build exit promptly.
    await pagefind.close();
  }
  for (const n of present) {
    const to = join(outputPath, shardPath(n, shards));
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(dirs[n]!)) renameSync(join(dirs[n]!, name), join(to, name));
  }
  rmSync(join(outputPath, '.parts'), { recursive: true, force: true });
  if (cacheDir && present.every((n) => keys[n]))
    keepOnly(cacheDir, (fresh) => {
      for (const n of present) linkTree(join(outputPath, shardPath(n, shards)), join(fresh, keys[n]!));
      if (salts.size) writeFileSync(join(fresh, 'salts.json'), JSON.stringify(Object.fromEntries(salts)));
    });
  const idOf = new Map(ids.flatMap((m) => [...(m ?? [])]));
  writeFacets(site, records, idOf, outputPath);
  const reusedShards = present.filter((n) => fromCache[n]).length;
  return { records: site.entries.length, shards, reusedShards, reused: reusedShards === present.length };
}

/**
 * The records and which part each goes to; `keyOf` names a part of exactly these records in the cache
 * (undefined without a cache, or when Pagefind's version cannot be told: an upgrade must not reuse a part).
 */
function split(site: Site, cacheDir: string | undefined) {
  const records = site.entries.map((e) => searchRecord(e, site.base));
  const shards = site.config.searchShards;
  const parts = Array.from({ length: shards }, () => [] as number[]);
  for (const [i, r] of records.entries()) parts[shardOf(r.url, shards)]!.push(i);
  const version = cacheDir && pagefindVersion();
  const code = codeDigest(['index']);
  const keyOf = (n: number, own: readonly CustomRecord[]) => (version ? sha256(JSON.stringify([version, code, shards, n, own])).slice(0, 32) : undefined);
  return { records, parts, shards, keyOf };
}

/**
 * Indexes part `n` of the search index alone, into the build cache `cacheDir` beside what is there, as
 * `writeSearchIndex` would index it: a build whose part `n` has exactly these records copies it from
 * there. This lets the parts be indexed in separate processes or CI jobs, and one build put them together.
 * Returns the records indexed, and false when the cache already had the part.
 */
export async function writeSearchPart(site: Site, n: number, cacheDir: string): Promise<{ records: number; indexed: boolean }> {
  const { records, parts, keyOf } = split(site, cacheDir);
  const own = (parts[n] ?? []).map((i) => records[i]!);
  if (!own.length) return { records: 0, indexed: false }; // a part no entry hashes to is not written
  const key = keyOf(n, own);
  if (!key)
    throw new Error('Pagefind is not installed where its version can be read (node_modules/pagefind/package.json), so no part can be kept for a build.');
  const target = join(cacheDir, key);
  if (existsSync(target)) return { records: own.length, indexed: false };
  mkdirSync(cacheDir, { recursive: true });
  const fresh = mkdtempSync(join(cacheDir, '.part-'));
  try {
    await indexRecords(own, fresh);
    renameSync(fresh, target);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  } finally {
    await pagefind.close();
  }
  return { records: own.length, indexed: true };
}

/** The filter table, written at the top of the index folder; with a split index, the pages newest first too. */
function writeFacets(site: Site, records: readonly CustomRecord[], ids: ReadonlyMap<string, string>, outputPath: string): void {
  const urls = new Map(site.entries.map((e, i) => [e, records[i]!.url]));
  const own = new Map<string, string[]>();
  const idOf = (entry: PublishedEntry) => {
    const url = urls.get(entry)!;
    const id = ids.get(url);
    if (!id) throw new Error(`Pagefind wrote no page for \`${url}\`; its fragment format may have changed (expected gzip of \`pagefind_dcd\` and JSON).`);
    return id;
  };
  const table = facetTable(site.entries, (entry) => {
    const id = idOf(entry);
    own.set(
      id,
      entry.topics.map((t) => t.label),
    );
    return id;
  });
  // Pagefind sorts within each part; merged parts come back by score, so the page orders by date itself.
  if (site.config.searchShards > 1) table.newest = [...site.entries].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).map(idOf);
  // By label, as the filters name topics; two topics of one label share their broader topics here, and
  // `packFacets` lists the rows that would come out wrong in full.
  const broader = new Map<string, string[]>();
  for (const t of site.topics) broader.set(t.label, [...(broader.get(t.label) ?? []), ...t.broader.map((b) => b.label)]);
  const packed = packFacets(table, { broader: (label) => broader.get(label) ?? [], own: (id) => own.get(id) ?? [] });
  writeFileSync(join(outputPath, routes.searchFacets.slice(routes.pagefind.length)), JSON.stringify(packed));
}

/** A record with a salt in its meta, which changes its fragment and so the name Pagefind gives it. */
const salted = (record: CustomRecord, salt: number | undefined): CustomRecord => (salt ? { ...record, meta: { ...record.meta, salt: String(salt) } } : record);

/**
 * The parts holding a page whose name an earlier part already has; each such page's salt goes up by one.
 * Pages of the lowest part keep their names, so the loop ends.
 */
export function clashes(ids: readonly (ReadonlyMap<string, string> | undefined)[], salts: Map<string, number>): number[] {
  const seen = new Set<string>();
  const again = new Set<number>();
  for (const [n, part] of ids.entries()) {
    if (!part) continue; // a part no entry hashes to
    for (const [url, id] of part) {
      if (!seen.has(id)) continue;
      salts.set(url, (salts.get(url) ?? 0) + 1);
      again.add(n);
    }
    for (const id of part.values()) seen.add(id);
  }
  return [...again];
}

/** The salts the last build kept, for the pages still indexed. */
function readSalts(cacheDir: string | undefined, records: readonly CustomRecord[]): Map<string, number> {
  const salts = new Map<string, number>();
  if (!cacheDir) return salts;
  try {
    const kept = JSON.parse(readFileSync(join(cacheDir, 'salts.json'), 'utf8')) as Record<string, number>;
    const urls = new Set(records.map((r) => r.url));
    for (const [url, salt] of Object.entries(kept)) if (urls.has(url) && Number.isInteger(salt) && salt > 0) salts.set(url, salt);
  } catch {
    // none kept, or unreadable: at worst a part is indexed twice
  }
  return salts;
}

/** Pagefind's index of `records`, written into `outputPath`. */
async function indexRecords(records: readonly CustomRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  try {
    const added = await Promise.all(records.map((r) => index.addCustomRecord(r)));
    const failed = added.flatMap((r) => r.errors);
    if (failed.length) throw new Error(`Pagefind refused records: ${failed.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  } finally {
    // Each part's index is dropped once written, so the indexer holds one part at a time.
    await index.deleteIndex();
  }
}

/**
 * Makes what `fill` puts into a new folder beside `cacheDir` the whole of `cacheDir`: the new folder takes
 * the old one's place, so the cache never holds a half-copied index nor one of withdrawn records. A cache
 * that cannot be written only makes the next build slower.
 */
function keepOnly(cacheDir: string, fill: (fresh: string) => void): void {
  let fresh: string | undefined;
  try {
    mkdirSync(dirname(cacheDir), { recursive: true });
    fresh = mkdtempSync(`${cacheDir}.new-`);
    fill(fresh);
    rmSync(cacheDir, { recursive: true, force: true });
    renameSync(fresh, cacheDir);
  } catch {
    if (fresh) rmSync(fresh, { recursive: true, force: true });
  }
}

/**
 * `from`'s files hard-linked into `to` (Pagefind writes thousands; linking takes a tenth of the time of
 * copying), copied where linking is not possible. The build never writes into an index once written.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** The installed Pagefind's version (its index format and browser code go with it), from the nearest node_modules. */
function pagefindVersion(): string | undefined {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) return undefined; // then nothing is cached: an upgrade could not be told apart
  }
}

/**
 * Pagefind's id for each page, by URL. A search result carries only the id; the id names the page's
 * fragment file, which holds its URL.
 */
function pageIds(outputPath: string): Map<string, string> {
  const dir = join(outputPath, 'fragment');
  const ids = new Map<string, string>();
  if (!existsSync(dir)) return ids; // a part with no records
  for (const name of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    ids.set(url, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}
