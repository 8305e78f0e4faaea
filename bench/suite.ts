import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { defaultSeed, generateKnowledgeBase, type GeneratedBase } from './generate/index.ts';
import type { Progress } from './measure/progress.ts';
import { summarize } from './measure/stats.ts';
import { evaluateTargets } from './report/targets.ts';
import type { BenchResults, BuildFigures, IngestFigures, QueryFigures, SizeResults, TaxonomyFigures } from './report/types.ts';
import { baselineBuild, prepareBaseline } from './steps/baseline-build.ts';
import { runCheck, type CheckMeasurement } from './steps/check.ts';
import { measureIngest, transcriptFiles } from './steps/ingest.ts';
import { measureTaxonomyRoundTrip, thesaurusPresent } from './steps/taxonomy.ts';
import { copyProject, projectRoot } from './steps/project.ts';
import { contentEdits } from './steps/rebuild.ts';
import { measureSearch, type QuerySpec } from './steps/search.ts';
import { splitBuild } from './steps/index-parts.ts';
import { tacitBuild, type BuildMeasurement } from './steps/tacit-build.ts';

export interface BenchOptions {
  sizes: number[];
  runs: number;
  quick: boolean;
  skipBaseline: boolean;
  /** Parts to split each generated base's search index into (`searchShards` in its site.yaml). */
  shards: number;
  /** Folder of real transcripts for the ingest step; skipped when absent. */
  transcripts: string;
  /** A SKOS thesaurus for the taxonomy round trip; skipped when absent. */
  thesaurus: string;
  /** Keep the generated bases and builds (the work folder is named on stderr). */
  keep: boolean;
  buildDate?: string;
  seed?: number;
}

const buildTimeoutMs = 60 * 60 * 1000;

function figures(runs: readonly BuildMeasurement[]): BuildFigures {
  const last = runs[runs.length - 1]!;
  const index = runs.flatMap((r) => (r.indexMs === undefined ? [] : [r.indexMs]));
  return {
    ms: summarize(runs.map((r) => r.ms)),
    peakRssBytes: summarize(runs.map((r) => r.peakRssBytes)),
    pages: last.pages,
    published: last.published,
    withheld: last.withheld,
    indexMs: index.length ? summarize(index) : undefined,
    rendered: last.rendered,
    reused: last.reused,
  };
}

/** Runs `body` `n` times under a progress line each, collecting the results. */
async function repeat<T>(progress: Progress, label: string, n: number, body: (i: number) => Promise<T>, note?: (t: T) => string): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const done = progress.step(`${label}, run ${i + 1}/${n}`);
    const value = await body(i);
    done(note?.(value));
    out.push(value);
  }
  return out;
}

/** Tacit's default cache folder inside a project copy, given explicitly as tests/support/build.ts does. */
const cacheDirOf = (projectDir: string) => join(projectDir, '.cache/tacit');

const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB peak`;

async function benchSize(size: number, options: Required<Omit<BenchOptions, 'transcripts'>>, work: string, progress: Progress): Promise<SizeResults> {
  const label = (what: string) => `${what} @ ${size.toLocaleString('en-US')}`;
  const dir = join(work, String(size));
  const contentDir = join(dir, 'content');
  const entriesDir = join(contentDir, 'entries');
  const { runs, buildDate } = options;

  let endStep = progress.step(label('generate'));
  const t0 = performance.now();
  const base: GeneratedBase = generateKnowledgeBase({
    size,
    dir: contentDir,
    siteYaml: join(projectRoot, 'content/site.yaml'),
    today: buildDate,
    seed: options.seed,
  });
  if (options.shards > 1) appendFileSync(join(contentDir, 'site.yaml'), `\nsearchShards: ${options.shards}\n`);
  const generateMs = performance.now() - t0;
  endStep(`${base.published} published of ${base.entries}, ${(base.bytes / 1e6).toFixed(1)} MB`);

  // Check reads content only; one clean copy of the project serves every run. Each run starts with an
  // empty cache (cold, as in CI), then runs again on the cache it left (warm, as on a writer's machine).
  const toolsDir = copyProject(join(dir, 'tools'));
  const checks: CheckMeasurement[] = [];
  const warmChecks: CheckMeasurement[] = [];
  for (let i = 0; i < runs; i++) {
    const cacheDir = join(toolsDir, '.cache', `check-${i + 1}`);
    let done = progress.step(label(`npm run check, cold cache, run ${i + 1}/${runs}`));
    const cold = await runCheck({ projectDir: toolsDir, contentDir, buildDate, cacheDir });
    done(`${cold.errors} errors, ${cold.warnings} warnings`);
    checks.push(cold);
    done = progress.step(label(`npm run check, warm cache, run ${i + 1}/${runs}`));
    warmChecks.push(await runCheck({ projectDir: toolsDir, contentDir, buildDate, cacheDir }));
    done();
  }
  rmSync(toolsDir, { recursive: true, force: true });

  // Full builds, each from a fresh copy of the project, so no cache survives from the previous run.
  const outDir = join(dir, 'tacit-dist');
  let projectDir = '';
  const full = await repeat(
    progress,
    label('Tacit full build'),
    runs,
    async (i) => {
      if (projectDir) rmSync(projectDir, { recursive: true, force: true });
      projectDir = copyProject(join(dir, `tacit-${i + 1}`));
      return tacitBuild({ projectDir, contentDir, outDir, buildDate, cacheDir: cacheDirOf(projectDir), timeoutMs: buildTimeoutMs });
    },
    (b) => `${b.published} published, ${mb(b.peakRssBytes)}`,
  );

  // Rebuilds in the last full build's copy and output folder, as a writer would run them.
  const edits = contentEdits(entriesDir, base.sampleEntry);
  let changed: BuildMeasurement[];
  let added: BuildMeasurement[];
  try {
    changed = await repeat(
      progress,
      label('Tacit rebuild, one entry changed'),
      runs,
      (i) => {
        edits.change(i + 1);
        return tacitBuild({ projectDir, contentDir, outDir, buildDate, cacheDir: cacheDirOf(projectDir), timeoutMs: buildTimeoutMs });
      },
      (b) => mb(b.peakRssBytes),
    );
    added = await repeat(
      progress,
      label('Tacit rebuild, one entry added'),
      runs,
      (i) => {
        edits.add(i + 1);
        return tacitBuild({ projectDir, contentDir, outDir, buildDate, cacheDir: cacheDirOf(projectDir), timeoutMs: buildTimeoutMs });
      },
      (b) => `${b.published} published, ${mb(b.peakRssBytes)}`,
    );
  } finally {
    edits.restore();
  }

  endStep = progress.step(label(`search in Chromium, ${runs} run(s)`));
  const queries: QuerySpec[] = [
    { term: base.queries[0]! },
    { term: base.queries[1]! },
    { term: base.queries[2]!, filters: [{ name: 'kind', value: 'Advice' }] },
  ];
  const searchRuns = await measureSearch(outDir, queries, runs);
  endStep();
  const queryFigures: QueryFigures[] = queries.map((q, i) => {
    const all = searchRuns.map((r) => r.queries[i]!);
    const latencies = all.flatMap((m) => (m.firstResultMs === null ? [] : [m.firstResultMs]));
    return {
      term: q.term,
      filter: all[0]!.filter,
      firstResultMs: latencies.length ? summarize(latencies) : null,
      bytes: summarize(all.map((m) => m.bytes)),
      browserBytes: summarize(all.map((m) => m.browserBytes)),
      requests: all[all.length - 1]!.requests,
      results: all[all.length - 1]!.results,
    };
  });
  const medians = queryFigures.map((q) => q.firstResultMs?.median ?? null);
  rmSync(projectDir, { recursive: true, force: true });

  let split: SizeResults['split'];
  if (options.shards > 1) {
    endStep = progress.step(label(`${options.shards} index parts in processes of their own, then one build`));
    const splitDir = join(dir, 'split');
    const { parts, final } = await splitBuild({
      projectDir: copyProject(join(splitDir, 'tacit')),
      contentDir,
      outDir: join(splitDir, 'dist'),
      buildDate,
      shards: options.shards,
      work: splitDir,
      timeoutMs: buildTimeoutMs,
    });
    split = {
      parts: {
        count: parts.length,
        slowestMs: Math.max(...parts.map((p) => p.ms)),
        totalMs: parts.reduce((n, p) => n + p.ms, 0),
        peakRssBytes: Math.max(...parts.map((p) => p.peakRssBytes)),
      },
      final: { ms: final.ms, peakRssBytes: final.peakRssBytes },
    };
    rmSync(splitDir, { recursive: true, force: true });
    endStep(`parts: slowest ${(split.parts.slowestMs / 1000).toFixed(1)} s; final build ${(final.ms / 1000).toFixed(1)} s, ${mb(final.peakRssBytes)}`);
  }
  if (!options.keep) rmSync(outDir, { recursive: true, force: true });

  let baseline: SizeResults['baseline'] = null;
  if (!options.skipBaseline) {
    let siteDir = '';
    const builds = await repeat(
      progress,
      label('baseline build + pagefind'),
      runs,
      (i) => {
        if (siteDir) rmSync(siteDir, { recursive: true, force: true });
        siteDir = prepareBaseline(join(dir, `baseline-${i + 1}`));
        return baselineBuild({ siteDir, entriesDir, timeoutMs: buildTimeoutMs });
      },
      (b) => `${b.pages} pages, ${mb(b.peakRssBytes)}`,
    );
    // The baseline keeps no build cache of its own beyond Astro's content store: measured once.
    let rebuild: BuildMeasurement[];
    try {
      rebuild = await repeat(
        progress,
        label('baseline rebuild, one entry changed'),
        1,
        () => {
          edits.change(1);
          return baselineBuild({ siteDir, entriesDir, timeoutMs: buildTimeoutMs });
        },
        (b) => mb(b.peakRssBytes),
      );
    } finally {
      edits.restore();
    }
    if (!options.keep) rmSync(siteDir, { recursive: true, force: true });
    baseline = { fullBuild: figures(builds), rebuildChanged: figures(rebuild) };
  }
  if (!options.keep) rmSync(dir, { recursive: true, force: true });

  const tacitFull = figures(full);
  const rebuildChanged = figures(changed);
  const rebuildAdded = figures(added);
  return {
    size,
    generated: {
      entries: base.entries,
      published: base.published,
      people: base.people,
      consents: base.consents,
      topics: base.topics,
      bytes: base.bytes,
      ms: generateMs,
    },
    tacit: { fullBuild: tacitFull, rebuildChanged, rebuildAdded },
    baseline,
    split,
    check: {
      ms: summarize(checks.map((c) => c.ms)),
      reportedMs: summarize(checks.map((c) => c.reportedMs)),
      peakRssBytes: summarize(checks.map((c) => c.peakRssBytes)),
      warm: {
        ms: summarize(warmChecks.map((c) => c.ms)),
        reportedMs: summarize(warmChecks.map((c) => c.reportedMs)),
        peakRssBytes: summarize(warmChecks.map((c) => c.peakRssBytes)),
      },
      errors: checks[0]!.errors,
      warnings: checks[0]!.warnings,
      entries: checks[0]!.entries,
      rules: checks[0]!.rules,
    },
    search: {
      pageBytes: summarize(searchRuns.map((r) => r.pageBytes)),
      firstQueryBytes: queryFigures[0]!.bytes,
      nextQueryBytes: queryFigures[1]!.bytes,
      slowestFirstResultMs: medians.every((m) => m !== null) ? Math.max(...(medians as number[])) : null,
      queries: queryFigures,
    },
    ratios: {
      buildVsBaseline: baseline ? tacitFull.ms.median / baseline.fullBuild.ms.median : null,
      peakRssVsBaseline: baseline ? tacitFull.peakRssBytes.max / baseline.fullBuild.peakRssBytes.max : null,
      rebuildChangedVsFull: rebuildChanged.ms.median / tacitFull.ms.median,
      rebuildAddedVsFull: rebuildAdded.ms.median / tacitFull.ms.median,
    },
  };
}

async function benchIngest(options: BenchOptions, progress: Progress): Promise<IngestFigures | { skipped: string }> {
  let files = transcriptFiles(options.transcripts);
  if (!files.length) return { skipped: `no transcripts in ${options.transcripts}` };
  // --quick keeps the harness exercised on the smallest transcript only.
  if (options.quick) files = files.slice(0, 1);
  const runs = await repeat(
    progress,
    `ingest ${files.length} transcript(s)`,
    options.runs,
    async () => measureIngest(options.transcripts, files),
    (m) => `${(m.bytes / 1e6 / (m.ms / 1000)).toFixed(3)} MB/s`,
  );
  const first = runs[0]!;
  return {
    dir: options.transcripts,
    files: first.files,
    megabytes: first.bytes / 1e6,
    passages: first.passages,
    seconds: summarize(runs.map((r) => r.ms / 1000)),
    mbPerSecond: summarize(runs.map((r) => r.bytes / 1e6 / (r.ms / 1000))),
  };
}

async function benchTaxonomy(options: BenchOptions, progress: Progress): Promise<TaxonomyFigures | { skipped: string }> {
  if (!thesaurusPresent(options.thesaurus)) return { skipped: `no thesaurus at ${options.thesaurus}` };
  const runs = await repeat(
    progress,
    'taxonomy import → export → import',
    options.runs,
    () => measureTaxonomyRoundTrip(options.thesaurus),
    (m) => `${m.concepts} concepts, ${m.lossless ? 'lossless' : 'NOT lossless'}`,
  );
  const first = runs[0]!;
  return {
    file: options.thesaurus.split('/').pop()!,
    concepts: first.concepts,
    megabytes: first.bytes / 1e6,
    importSeconds: summarize(runs.map((r) => r.importMs / 1000)),
    exportSeconds: summarize(runs.map((r) => r.exportMs / 1000)),
    reimportSeconds: summarize(runs.map((r) => r.reimportMs / 1000)),
    lossless: runs.every((r) => r.lossless),
  };
}

/** The operating system's name, e.g. `Debian GNU/Linux 12 (bookworm), Linux 6.1.0`. */
function osName(): string {
  let pretty = '';
  try {
    pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {
    // not Linux, or no os-release
  }
  return [pretty, `${osType()} ${release()}`].filter(Boolean).join(', ');
}

/** A step failed; `partial` holds what was measured before it, for the report. */
export class BenchFailure extends Error {
  readonly partial: BenchResults;
  constructor(message: string, partial: BenchResults) {
    super(message);
    this.partial = partial;
  }
}

/** Every step at every size, then ingest; throws a BenchFailure when a step fails. */
export async function runBench(options: BenchOptions, progress: Progress): Promise<BenchResults> {
  const started = performance.now();
  const date = new Date().toISOString();
  const buildDate = options.buildDate ?? '2026-11-23';
  const seed = options.seed ?? defaultSeed;
  const work = mkdtempSync(join(tmpdir(), 'tacit-bench-'));
  progress.note(`working in ${work}${options.keep ? ' (kept afterwards)' : ''}`);
  const notes: string[] = [];
  const sizes: SizeResults[] = [];
  const cpu = cpus();
  let taxonomy: BenchResults['taxonomy'] = { skipped: 'not reached' };
  const results = (ingest: BenchResults['ingest']): BenchResults => ({
    date,
    machine: { cores: cpu.length, cpu: cpu[0]?.model.trim() ?? 'unknown', totalMemoryBytes: totalmem(), node: process.version, os: osName() },
    options: { sizes: options.sizes, runs: options.runs, quick: options.quick, skipBaseline: options.skipBaseline, shards: options.shards, seed, buildDate },
    sizes,
    ingest,
    taxonomy,
    targets: evaluateTargets(sizes),
    notes,
    totalSeconds: (performance.now() - started) / 1000,
  });
  let ingest: BenchResults['ingest'] = { skipped: 'not reached' };
  try {
    for (const size of options.sizes) {
      sizes.push(await benchSize(size, { ...options, buildDate, seed }, work, progress));
    }
    ingest = await benchIngest(options, progress);
    taxonomy = await benchTaxonomy(options, progress);
  } catch (error) {
    const message = (error as Error).message;
    notes.push(`The run stopped: ${message.split('\n')[0]}`);
    throw new BenchFailure(message, results(ingest));
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }
  if ('skipped' in ingest) notes.push(`Ingest throughput was not measured: ${ingest.skipped}.`);
  else if (options.quick) notes.push('With --quick, ingest runs on the smallest transcript only.');
  if ('skipped' in taxonomy) notes.push(`The taxonomy round trip was not measured: ${taxonomy.skipped}.`);
  for (const s of sizes) {
    if (s.check.errors)
      notes.push(`npm run check found ${s.check.errors} error(s) in the generated ${s.size}-entry base: ${Object.keys(s.check.rules).join(', ')}.`);
    for (const q of s.search.queries) if (!q.firstResultMs) notes.push(`Search for “${q.term}” at ${s.size} entries rendered no result.`);
  }
  if (options.skipBaseline) notes.push('The baseline was skipped (--skip-baseline), so the build target cannot be judged.');
  return results(ingest);
}
