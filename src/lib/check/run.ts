import { resolve } from 'node:path';
import { gate, gateContext } from '../gate/index.ts';
import { listEntryFiles, readContent, type ContentRecords } from '../read/content.ts';
import { kinds } from '../schema/index.ts';
import { passBodies, privacyIndex, slugFindings } from './bodies.ts';
import { openBodyCache } from './cache.ts';
import { checkConsent } from './consent.ts';
import { checkLinks, type LinkTargets } from './links.ts';
import { checkRecording } from './recordings.ts';
import { checkReferences, referenceIndex } from './references.ts';
import { checkTaxonomy } from './taxonomy.ts';
import { fieldPosition } from './locate.ts';
import type { Finding } from './types.ts';
import { routes } from '../routes.ts';

export interface CheckOptions {
  contentDir: string;
  /** The day consent dates and review intervals are judged on, `YYYY-MM-DD`. */
  today: string;
  /** Also look for person names nobody listed (slower, and noisier: warnings only). */
  detectUnknownNames?: boolean;
  /** Extra checks contributed by other parts of Tacit (consent lifecycle, review cycles, taxonomy). */
  extra?: ((ctx: CheckContext) => Finding[])[];
  /** Where to keep what runs found in unchanged files, to reuse it; no cache when undefined. */
  cacheDir?: string | undefined;
  /** Worker threads to parse bodies in; by default one per core when many files need parsing. */
  workers?: number | undefined;
  /** Told how many entry files must be parsed (the cache lacks them), and on how many threads. */
  onParse?: ((files: number, threads: number) => void) | undefined;
}

export interface CheckContext {
  /** Every record, and the entries that could be read (without their body trees). */
  content: ContentRecords;
  contentDir: string;
  today: string;
}

export interface CheckResult {
  findings: Finding[];
  entries: number;
  files: number;
}

/** Validates the whole knowledge base in one pass and returns every problem, not just the first. */
export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const { entries: _none, ...records } = readContent(options.contentDir, { entries: false });
  const paths = listEntryFiles(options.contentDir);
  const slugs = slugFindings(paths);
  const detectUnknownNames = options.detectUnknownNames ?? false;
  const cache = options.cacheDir === undefined ? undefined : openBodyCache(options.cacheDir, options.contentDir, records, { detectUnknownNames });
  const bodies = await passBodies(paths, records, privacyIndex(records, detectUnknownNames), cache, {
    contentDir: options.contentDir,
    workers: options.workers,
    onParse: options.onParse,
  });
  cache?.save();
  const content: ContentRecords = { ...records, entries: bodies.records.filter((r) => !slugs.misnamed.has(r.file)) };
  const findings: Finding[] = [...records.problems, ...checkTaxonomy(records), ...slugs.findings, ...bodies.findings];

  const topicIds = new Set(content.taxonomy.topics.map((t) => t.id));
  // The body pass ran the gate's attribution scan on every entry; the gate here reuses what it found.
  const leaky = new Set(bodies.records.filter((r) => bodies.findings.some((f) => f.file === r.file && f.rule === 'attribution-leak')).map((r) => r.slug));
  const gateCtx = { ...gateContext(content, content.config.defaultAudience, options.today), leaks: (entry: { slug: string }) => leaky.has(entry.slug) };
  // Only which entries the default build publishes matters here; rendering them would be wasted work.
  const published = gate(content.entries, gateCtx).published.map((p) => p.entry.slug);
  const targets: LinkTargets = {
    // Every entry file that reads, duplicates included: a link to one is to a withheld entry, not a broken link.
    entries: new Set(bodies.records.map((e) => e.slug)),
    published: new Set(published),
    topics: topicIds,
    kinds: new Set(kinds),
    mentors: new Set([...content.consents.values()].filter((c) => c.attribution === 'named').map((c) => c.person)),
    siteUrl: content.config.url,
    imageHosts: content.config.remoteImages.allow,
  };
  const references = referenceIndex(content);
  for (const entry of content.entries) {
    findings.push(
      ...checkReferences(entry, content, resolve(process.cwd(), entry.file), references),
      ...checkRecording(entry, options.contentDir),
      ...checkConsent(entry, content, gateCtx),
      ...checkLinks(
        entry.file,
        [
          ...(bodies.links[entry.file] ?? []),
          ...(entry.data.related ?? []).map((slug, i) => ({ url: routes.entry(slug), ...fieldPosition(entry, ['related', i]) })),
        ],
        targets,
      ),
    );
  }
  const ctx = { content, contentDir: options.contentDir, today: options.today };
  for (const extra of options.extra ?? []) findings.push(...extra(ctx));
  const files = new Set(findings.map((f) => f.file)).size;
  return { findings, entries: content.entries.length, files };
}
