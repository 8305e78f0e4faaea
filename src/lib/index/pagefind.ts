import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { codeDigest, sha256 } from '../cache/index.ts';
import { routes } from '../routes.ts';
import type { Site } from '../site/model.ts';
import { facetTable, packFacets } from './facets.ts';
import { searchRecord } from './records.ts';

/**
 * Indexes the published entries and writes the index into `outputPath` (usually `<outDir>/pagefind`),
 * with the table of filter values the search page counts with (`facets.ts`). With `cacheDir`, an index
 * of exactly the same records (same Pagefind, same code) is copied from there instead of built again, and
 * a new one replaces what was there: it never holds more than the last build's published records.
 */
export async function writeSearchIndex(site: Site, outputPath: string, cacheDir?: string): Promise<{ records: number; reused: boolean }> {
  const records = site.entries.map((e) => searchRecord(e, site.base));
  const version = cacheDir && pagefindVersion();
  const cached = cacheDir && version ? join(cacheDir, sha256(JSON.stringify([version, codeDigest(['index']), records])).slice(0, 32)) : undefined;
  const reused = cached !== undefined && existsSync(cached);
  if (reused) cpSync(cached, outputPath, { recursive: true });
  else {
    await indexRecords(records, outputPath);
    if (cacheDir && cached) keepOnly(outputPath, cacheDir, cached);
  }
  const ids = pageIds(outputPath);
  const urls = new Map(site.entries.map((e, i) => [e, records[i]!.url]));
  const own = new Map<string, string[]>();
  const table = facetTable(site.entries, (entry) => {
    const url = urls.get(entry)!;
    const id = ids.get(url);
    if (!id) throw new Error(`Pagefind wrote no page for \`${url}\`; its fragment format may have changed (expected gzip of \`pagefind_dcd\` and JSON).`);
    own.set(
      id,
      entry.topics.map((t) => t.label),
    );
    return id;
  });
  // By label, as the filters name topics; two topics of one label share their broader topics here, and
  // `packFacets` lists the rows that would come out wrong in full.
  const broader = new Map<string, string[]>();
  for (const t of site.topics) broader.set(t.label, [...(broader.get(t.label) ?? []), ...t.broader.map((b) => b.label)]);
  const packed = packFacets(table, { broader: (label) => broader.get(label) ?? [], own: (id) => own.get(id) ?? [] });
  writeFileSync(join(outputPath, routes.searchFacets.slice(routes.pagefind.length)), JSON.stringify(packed));
  return { records: site.entries.length, reused };
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
    await index.deleteIndex();
    // The indexer is a child process; closing it lets the build exit promptly.
    await pagefind.close();
  }
}

/**
 * Makes `index` the only index in `cacheDir`, at `cached`: linked (or copied) into a new folder beside it,
 * which then takes the old one's place, so the cache never holds a half-copied index nor one of withdrawn
 * records. A cache that cannot be written only makes the next build slower.
 */
function keepOnly(index: string, cacheDir: string, cached: string): void {
  let fresh: string | undefined;
  try {
    mkdirSync(dirname(cacheDir), { recursive: true });
    fresh = mkdtempSync(`${cacheDir}.new-`);
    linkTree(index, join(fresh, basename(cached)));
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
  for (const name of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    ids.set(url, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}
