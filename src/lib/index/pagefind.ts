import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { routes } from '../routes.ts';
import type { Site } from '../site/model.ts';
import { facetTable, packFacets } from './facets.ts';
import { searchRecord } from './records.ts';

/**
 * Indexes the published entries and writes the index into `outputPath` (usually `<outDir>/pagefind`),
 * with the table of filter values the search page counts with (`facets.ts`).
 */
export async function writeSearchIndex(site: Site, outputPath: string): Promise<{ records: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  const records = site.entries.map((e) => searchRecord(e, site.base));
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
  return { records: site.entries.length };
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
