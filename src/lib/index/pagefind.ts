import * as pagefind from 'pagefind';
import type { Site } from '../site/model.ts';
import { searchRecord } from './records.ts';

/** Indexes the published entries and writes the index into `outputPath` (usually `<outDir>/pagefind`). */
export async function writeSearchIndex(site: Site, outputPath: string): Promise<{ records: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  try {
    const added = await Promise.all(site.entries.map((e) => index.addCustomRecord(searchRecord(e, site.base))));
    const failed = added.flatMap((r) => r.errors);
    if (failed.length) throw new Error(`Pagefind refused records: ${failed.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { records: site.entries.length };
  } finally {
    await index.deleteIndex();
    // The indexer is a child process; closing it lets the build exit promptly.
    await pagefind.close();
  }
}
