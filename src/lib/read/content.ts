import { didYouMean } from '../suggest.ts';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Root } from 'mdast';
import type { z } from 'zod';
import type { Problem } from '../problems.ts';
import {
  consentSchema,
  emptyTaxonomy,
  personSchema,
  siteConfigSchema,
  slugId,
  taxonomySchema,
  type Consent,
  type EntryData,
  type Person,
  type SiteConfig,
  type Taxonomy,
} from '../schema/index.ts';
import { readEntry } from './entry.ts';
import type { FieldIndex } from './fields.ts';
import { listFiles } from './files.ts';
import { forbiddenCharacterProblems, normalizeText, readText } from './text.ts';
import { parseYaml, validate, type ParsedYaml } from './yaml.ts';
import { displayPath } from '../text/index.ts';
import { routes } from '../routes.ts';

/** An entry as read from disk: validated front matter and a guarded body tree, not yet gated or rendered. */
export interface EntrySource {
  /** The file name without `.mdx`; unique across `content/entries`. */
  slug: string;
  /** Path relative to the working directory, e.g. `content/entries/sales/walk-away-price.mdx`. */
  file: string;
  data: EntryData;
  tree: Root;
  /** Digest of the file's bytes, for caching rendered output. */
  digest: string;
  /** The parsed front matter, so checks can point at the line and column of a field. */
  yaml: ParsedYaml;
  /** The file as read. */
  source: string;
}

/**
 * An entry without its body tree and front-matter document: what rules that look only at front matter and
 * bytes need. `fields` locates values in the front matter.
 */
export type EntryRecord = Omit<EntrySource, 'tree' | 'yaml'> & { fields: FieldIndex };

/** The records of a knowledge base with entries that may lack their trees (checks read bodies elsewhere). */
export type ContentRecords = Omit<Content, 'entries'> & { entries: EntryRecord[] };

export interface Content {
  config: SiteConfig;
  taxonomy: Taxonomy;
  people: Map<string, Person>;
  consents: Map<string, Consent>;
  /**
   * Ids that two or more files claim. Such a record is left out of `people` or `consents` (and reported),
   * so nothing that depends on it is published until one file is renamed: fail closed.
   */
  duplicated: { people: Set<string>; consents: Set<string> };
  entries: EntrySource[];
  /** `taxonomy.yaml` as parsed, so taxonomy checks and edits can point at lines and keep comments. */
  taxonomySource?: { file: string; yaml: ParsedYaml } | undefined;
  /** Everything wrong that was found; entries with errors are left out of `entries`. */
  problems: Problem[];
}

/**
 * Reads the whole `content/` folder: site settings, taxonomy, people, consent records and entries. The only
 * code that reads `content/entries`; it collects every problem instead of stopping at the first.
 */
/** What a cache remembers of an entry file that read without errors, by the digest of its bytes. */
export interface ReadResult {
  data: EntryData;
  problems: Problem[];
}

/** What a reader of the entries may do with each one, set up once the records are known. */
export interface EntryStage {
  /** An earlier read of the same bytes; the body is then parsed only if something asks for its tree. */
  cached?: ((digest: string) => ReadResult | undefined) | undefined;
  /**
   * Whether these bytes were read before with no problem at all: then only the front matter is read, and
   * the body is parsed only if something asks for its tree.
   */
  clean?: ((digest: string) => boolean) | undefined;
  /** The digest the file at `path` had when last read, if it has not changed since (`statStamp`). */
  known?: ((path: string) => string | undefined) | undefined;
  /** Called with each entry file's digest once it is read, so the next reader can know it (`known`). */
  readFile?: ((path: string, digest: string) => void) | undefined;
  /** Called with each entry read without errors, while its body tree is at hand. */
  prepare?: ((entry: EntrySource) => void) | undefined;
}

export interface ReadOptions {
  /** False: read only the records (site, taxonomy, people, consent), not the entries. */
  entries?: boolean;
  /** Called once the records are read and before any entry, with them (the gate needs nothing else). */
  stage?: ((records: Omit<Content, 'entries' | 'problems'>) => EntryStage) | undefined;
  /**
   * False: drop each body tree once `prepare` has seen it (it is parsed again only if asked for), so the
   * trees of a large knowledge base are never all in memory at once.
   */
  keepTrees?: boolean;
}

export function readContent(contentDir: string, options: ReadOptions = {}): Content {
  const problems: Problem[] = [];
  const display = displayPath;

  let lastParsed: ParsedYaml | undefined;
  const readYamlFile = <S extends z.ZodType>(path: string, schema: S, rule: string): z.infer<S> | undefined => {
    const file = display(path);
    const raw = readFileSync(path, 'utf8');
    problems.push(...forbiddenCharacterProblems(raw, file));
    const { parsed, problems: syntax } = parseYaml(normalizeText(raw), file);
    problems.push(...syntax);
    lastParsed = parsed;
    if (!parsed) return undefined;
    const { data, problems: invalid } = validate(schema, parsed, file, rule);
    problems.push(...invalid);
    return data;
  };

  const configPath = join(contentDir, 'site.yaml');
  const config = (existsSync(configPath) ? readYamlFile(configPath, siteConfigSchema, 'site-schema') : undefined) ?? siteConfigSchema.parse({});

  const taxonomyPath = join(contentDir, 'taxonomy.yaml');
  let taxonomy: Taxonomy | undefined;
  let taxonomySource: Content['taxonomySource'];
  if (existsSync(taxonomyPath)) {
    taxonomy = readYamlFile(taxonomyPath, taxonomySchema, 'taxonomy-schema');
    if (lastParsed) taxonomySource = { file: display(taxonomyPath), yaml: lastParsed };
  } else
    problems.push({
      file: display(taxonomyPath),
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'taxonomy-missing',
      message: 'The taxonomy file is missing. Create `content/taxonomy.yaml` with at least one topic.',
    });

  const duplicated = { people: new Set<string>(), consents: new Set<string>() };
  const people = readRecords(join(contentDir, 'people'), personSchema, 'person-schema', readYamlFile, display, problems, duplicated.people);
  const consents = readRecords(join(contentDir, 'consent'), consentSchema, 'consent-schema', readYamlFile, display, problems, duplicated.consents);
  // Both audiences a consent names, for reading and for hearing its recordings, must be the site's.
  for (const [id, consent] of consents) {
    for (const [what, audience] of [
      ['Audience', consent.audience],
      ['Recordings audience', consent.recordings?.audience],
    ] as const) {
      if (audience === undefined || config.audiences.includes(audience)) continue;
      problems.push({
        file: display(join(contentDir, 'consent', `${id}.yaml`)),
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'consent-audience',
        message: `${what} \`${audience}\` is not one of the audiences in \`content/site.yaml\`: ${config.audiences.map((a) => `\`${a}\``).join(', ')}.${didYouMean(audience, config.audiences)}`,
      });
    }
  }

  // Commands that only need the records (ingest) skip parsing every entry body.
  const files = options.entries === false ? [] : listEntryFiles(contentDir);
  const stage = options.stage?.({ config, taxonomy: taxonomy ?? emptyTaxonomy(), people, consents, duplicated, taxonomySource }) ?? {};
  const slugProblems = checkSlugs(files);
  problems.push(...slugProblems);
  const misnamed = new Set(slugProblems.map((p) => p.file));
  const entries: EntrySource[] = [];
  for (const path of files) {
    const read = readKnown(path, stage) ?? readEntryFile(path, undefined, stage);
    problems.push(...read.problems);
    if (!read.entry || misnamed.has(read.entry.file)) continue;
    stage.readFile?.(path, read.entry.digest);
    stage.prepare?.(read.entry);
    if (options.keepTrees !== false || lazy.has(read.entry)) entries.push(read.entry);
    else {
      const { source } = read.entry; // the closure must not hold the tree it is there to drop
      entries.push(lazyEntry(read.entry, () => source));
    }
  }

  return {
    config,
    taxonomy: taxonomy ?? emptyTaxonomy(),
    people,
    consents,
    duplicated,
    entries,
    taxonomySource,
    problems,
  };
}

function readRecords<S extends z.ZodType>(
  dir: string,
  schema: S,
  rule: string,
  read: (path: string, schema: S, rule: string) => z.infer<S> | undefined,
  display: (path: string) => string,
  problems: Problem[],
  duplicated: Set<string>,
): Map<string, z.infer<S>> {
  const records = new Map<string, z.infer<S>>();
  const kind = rule.split('-')[0]!;
  const files = new Map<string, string[]>();
  for (const path of listFiles(dir, '.yaml')) {
    const id = basename(path, '.yaml');
    files.set(id, [...(files.get(id) ?? []), path]);
  }
  for (const [id, paths] of files) {
    if (!slugId.safeParse(id).success) {
      for (const path of paths)
        problems.push({
          file: display(path),
          line: 1,
          column: 1,
          severity: 'error',
          rule: `${kind}-id`,
          message: `The file name \`${id}\` must be a lowercase slug such as \`dana-whitfield\`; it is the record's id. Rename the file.`,
        });
      continue;
    }
    if (paths.length > 1) {
      // Keyed by file name, a second file would silently replace the first (a consent in a subfolder
      // widening who may read). Neither is used until one is renamed or removed.
      duplicated.add(id);
      for (const path of paths) {
        const others = paths
          .filter((p) => p !== path)
          .map((p) => `\`${display(p)}\``)
          .join(', ');
        problems.push({
          file: display(path),
          line: 1,
          column: 1,
          severity: 'error',
          rule: `duplicate-${kind}-id`,
          message: `The ${kind} id \`${id}\` is also used by ${others}; record ids must be unique across folders. Rename or remove one file: until then nothing that refers to \`${id}\` is published.`,
        });
      }
      continue;
    }
    const data = read(paths[0]!, schema, rule);
    if (data !== undefined) records.set(id, data);
  }
  return records;
}

/** Every entry file under `<contentDir>/entries`, in a stable order. */
export const listEntryFiles = (contentDir: string): string[] => listFiles(join(contentDir, 'entries'), '.mdx');

/** Paths as messages show them (see `displayPath`); re-exported for the many readers of this module. */
export { displayPath };

/**
 * File names must be slugs, and unique across folders: the slug is the entry's URL. Every file of a
 * duplicated slug gets the problem, and all of them are left out, not just the second one read.
 */
export function checkSlugs(paths: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, string[]>();
  for (const path of paths) {
    const file = displayPath(path);
    const slug = basename(path, '.mdx');
    if (!slugId.safeParse(slug).success) {
      problems.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'entry-slug',
        message: `The file name \`${slug}\` must be a lowercase slug of letters, digits and hyphens; it becomes the entry's URL. Rename the file.`,
      });
    }
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  }
  for (const [slug, files] of bySlug) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files
        .filter((f) => f !== file)
        .map((f) => `\`${f}\``)
        .join(', ');
      problems.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'duplicate-slug',
        message: `Slug \`${slug}\` is also used by ${others}; both would publish at \`${routes.entry(slug)}\`. Rename one of the files: until then neither is published.`,
      });
    }
  }
  return problems;
}

/** Reads one entry file; `entry` is absent when it has errors (they are in `problems`). */
export function readEntryFile(
  path: string,
  source = readText(path),
  stage: Pick<EntryStage, 'cached' | 'clean'> = {},
): { entry?: EntrySource; problems: Problem[] } {
  const file = displayPath(path);
  const slug = basename(path, '.mdx');
  const digest = createHash('sha256').update(source).digest('hex');
  const hit = stage.cached?.(digest);
  if (hit) return { entry: lazyEntry({ slug, file, data: hit.data, digest }, () => source), problems: hit.problems.map((p) => ({ ...p, file })) };
  if (stage.clean?.(digest)) {
    const head = readEntry(source, file, true);
    return { ...(head.data ? { entry: lazyEntry({ slug, file, data: head.data, digest }, () => source) } : {}), problems: head.problems };
  }
  const read = readEntry(source, file);
  if (!read.data || !read.tree || !read.yaml) return { problems: read.problems };
  return { entry: { slug, file, data: read.data, tree: read.tree, yaml: read.yaml, source, digest }, problems: read.problems };
}

/**
 * An unchanged file whose front matter an earlier read left in the cache: nothing of it is read now, its
 * text only if something asks for it (a tree, a finding's place).
 */
function readKnown(path: string, stage: EntryStage): { entry: EntrySource; problems: Problem[] } | undefined {
  const digest = stage.known?.(path);
  const hit = digest === undefined ? undefined : stage.cached?.(digest);
  if (!hit || digest === undefined) return undefined;
  const file = displayPath(path);
  let text: string | undefined;
  const entry = lazyEntry({ slug: basename(path, '.mdx'), file, data: hit.data, digest }, () => (text ??= readText(path)));
  return { entry, problems: hit.problems.map((p) => ({ ...p, file })) };
}

/** Entries made by `lazyEntry`, which need no second wrapping. */
const lazy = new WeakSet<EntrySource>();

/** An entry whose text, body tree and front-matter document are read and parsed on first use. */
function lazyEntry(entry: Omit<EntrySource, 'tree' | 'yaml' | 'source'>, source: () => string): EntrySource {
  const { slug, file, data, digest } = entry;
  let read: ReturnType<typeof readEntry> | undefined;
  const parsed = () => (read ??= readEntry(source(), file));
  const out = Object.defineProperties({ slug, file, data, digest } as EntrySource, {
    source: { enumerable: true, get: source },
    tree: { enumerable: true, get: () => parsed().tree! },
    yaml: { enumerable: true, get: () => parsed().yaml! },
  });
  lazy.add(out);
  return out;
}

/** Just the site settings (`content/site.yaml`), with defaults; problems in it are reported by `readContent`. */
export function readSiteConfig(contentDir: string): SiteConfig {
  const path = join(contentDir, 'site.yaml');
  if (!existsSync(path)) return siteConfigSchema.parse({});
  const { parsed } = parseYaml(readText(path), 'content/site.yaml');
  const result = siteConfigSchema.safeParse(parsed?.data ?? {});
  return result.success ? result.data : siteConfigSchema.parse({});
}
