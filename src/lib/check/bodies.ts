import { readFileSync } from 'node:fs';
import { forbiddenCharacterProblems, normalizeText, readText } from '../read/text.ts';
import { basename } from 'node:path';
import { checkSlugs, displayPath, readEntryFile, type ContentRecords, type EntryRecord } from '../read/content.ts';
import { indexFields } from '../read/fields.ts';
import { sha256, statStamp } from '../cache/index.ts';
import { inWorkers, threadsFor, workersFor } from '../workers/index.ts';
import type { BodyCache, CachedBody } from './cache.ts';
import { extractLinks, type LinkRef } from './links.ts';
import { checkPrivacy, namePrefilter, type PrivacyIndex } from './privacy.ts';
import { checkScaffold } from './scaffold.ts';
import type { Finding } from './types.ts';

/** What check learns from entry files while their bodies are parsed; the trees are dropped after. */
export interface BodyPass {
  /** Entries that could be read, without their trees. */
  records: EntryRecord[];
  /** Read problems (schema, MDX guard) and privacy findings, which need the body. */
  findings: Finding[];
  /** Each readable entry's links, by file, judged later against every entry. */
  links: Record<string, LinkRef[]>;
}

/** The privacy rules' inputs, built once per run. */
export function privacyIndex(records: Pick<ContentRecords, 'people'>, detectUnknownNames: boolean): PrivacyIndex {
  const names = [...records.people.values()].map((p) => p.name);
  return { people: records.people, prefilter: namePrefilter(names), detectUnknownNames };
}

/** How check parses the bodies it has no result for: in worker threads when there are many. */
export interface ParseOptions {
  /** The content folder, for workers to read the records from. */
  contentDir: string;
  /** Worker threads to parse in; by default one per core once there are enough files to repay starting them. */
  workers?: number | undefined;
  /** Told how many files must be parsed, and on how many threads, before parsing starts (for progress). */
  onParse?: ((files: number, threads: number) => void) | undefined;
}

/** What each of check's worker threads needs to set itself up: it reads the records itself. */
export interface BodyWorkerSetup {
  contentDir: string;
  detectUnknownNames: boolean;
}

/**
 * Reads entry files and runs the rules that need their body trees. Parsing MDX is most of check's time, so
 * a file whose bytes are in `cache` (same digest, same records and rules) reuses what was found then, and
 * the rest are parsed on every core.
 */
export async function passBodies(
  paths: readonly string[],
  records: Omit<ContentRecords, 'entries'>,
  privacy: PrivacyIndex,
  cache: BodyCache | undefined,
  parse: ParseOptions,
): Promise<BodyPass> {
  // What each file is: one whose result is known by its stamp or digest, or bytes to parse.
  const files = paths.map((path) => {
    const file = displayPath(path);
    const stamp = cache && statStamp(path);
    const known = stamp === undefined ? undefined : cache?.known(path, stamp);
    const knownBody = known && cache?.get(known.digest, file);
    if (known && knownBody) return { path, file, stamp, known, body: knownBody as CachedBody | undefined, read: undefined };
    const raw = readFileSync(path, 'utf8');
    const source = normalizeText(raw);
    const read = { source, digest: sha256(source), forbidden: forbiddenCharacterProblems(raw, file) };
    return { path, file, stamp, known: undefined, body: cache?.get(read.digest, file), read };
  });
  const todo = files.filter((f) => !f.body);
  const workers = parse.workers ?? workersFor(todo.length);
  const jobs = todo.map((f) => ({ path: f.path, source: f.read!.source }));
  const setup: BodyWorkerSetup = { contentDir: parse.contentDir, detectUnknownNames: privacy.detectUnknownNames };
  if (jobs.length) parse.onParse?.(jobs.length, workers > 0 ? threadsFor(jobs.length, workers) : 1);
  const parsed =
    workers > 0 && jobs.length
      ? await inWorkers<(typeof jobs)[number], CachedBody>(new URL('./body-worker.ts', import.meta.url), setup, jobs, workers)
      : jobs.map((j) => readBody(j.path, j.source, records, privacy));
  todo.forEach((f, i) => {
    f.body = parsed[i];
  });

  const out: BodyPass = { records: [], findings: [], links: {} };
  for (const { path, file, stamp, known, body, read } of files) {
    if (!body) throw new Error(`No result for ${file}.`);
    const digest = read?.digest ?? known!.digest;
    cache?.set(digest, body);
    if (stamp !== undefined) cache?.remember(path, read ? { stamp, digest, forbidden: read.forbidden } : known!);
    out.findings.push(...(read?.forbidden ?? known!.forbidden), ...body.findings.map((f) => ({ ...f, file })));
    if (!body.data) continue;
    const entry = { slug: basename(path, '.mdx'), file, data: body.data, fields: body.fields, digest } as EntryRecord;
    // A file not read this time is read only if a rule asks for its text (to place a finding or a fix).
    if (read) entry.source = read.source;
    else {
      let text: string | undefined;
      Object.defineProperty(entry, 'source', { enumerable: true, get: () => (text ??= readText(path)) });
    }
    out.records.push(entry);
    out.links[file] = body.links;
  }
  return out;
}

/** Parses one entry body and runs the rules that need its tree (also what each worker does). */
export function readBody(path: string, source: string, records: Omit<ContentRecords, 'entries'>, privacy: PrivacyIndex): CachedBody {
  const { entry, problems } = readEntryFile(path, source);
  if (!entry) return { findings: problems, links: [], fields: {} };
  const fields = indexFields(entry.yaml);
  return {
    data: entry.data,
    fields,
    findings: [...problems, ...checkPrivacy({ ...entry, fields }, records, privacy), ...checkScaffold(entry.file, entry.data, entry.tree)],
    links: extractLinks(entry.tree),
  };
}

/** Entries with slug problems (bad or duplicate file names) are left out, as the build leaves them out. */
export function slugFindings(paths: readonly string[]): { findings: Finding[]; misnamed: Set<string> } {
  const findings = checkSlugs(paths);
  return { findings, misnamed: new Set(findings.map((f) => f.file)) };
}
