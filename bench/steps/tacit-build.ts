import { join } from 'node:path';
import { measureCommand, tail } from '../measure/command.ts';

export interface BuildMeasurement {
  ms: number;
  peakRssBytes: number;
  /** Pages Astro reports having built. */
  pages?: number | undefined;
  /** From Tacit's summary line. */
  published?: number | undefined;
  withheld?: number | undefined;
  /** Tacit's own timing of the search index (since the digest cache: how long after the pages it was ready). */
  indexMs?: number | undefined;
  /** The whole search index was copied from the cache (its log says so). */
  indexReused?: boolean | undefined;
  /** From the digest cache's log line: entries rendered afresh, and reused. */
  rendered?: number | undefined;
  reused?: number | undefined;
}

export interface TacitBuildOptions {
  /** An isolated copy of the project (see project.ts). */
  projectDir: string;
  contentDir: string;
  outDir: string;
  buildDate: string;
  /** Tacit's build cache (`TACIT_CACHE_DIR`); the rebuilds reuse the full build's. */
  cacheDir: string;
  timeoutMs?: number;
}

/** The environment a bench build (or an index part) runs Tacit in: its content, day, default audience and cache. */
export const tacitEnv = (options: { contentDir: string; buildDate: string; cacheDir: string }): NodeJS.ProcessEnv => ({
  ...process.env,
  TACIT_BUILD_DATE: options.buildDate,
  TACIT_CONTENT_DIR: options.contentDir,
  TACIT_AUDIENCE: '',
  TACIT_CACHE: '',
  TACIT_CACHE_DIR: options.cacheDir,
  NO_COLOR: '1',
});

/** Runs `astro build` (with Tacit's integration and its search index) as tests/support/build.ts does. */
export async function tacitBuild(options: TacitBuildOptions): Promise<BuildMeasurement> {
  const astro = join(options.projectDir, 'node_modules/astro/bin/astro.mjs');
  const result = await measureCommand(process.execPath, [astro, 'build', '--outDir', options.outDir], {
    cwd: options.projectDir,
    env: tacitEnv(options),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  if (result.code !== 0) throw new Error(`astro build failed (exit ${result.code ?? result.signal}):\n${tail(result)}`);
  const log = result.stdout + result.stderr;
  const summary = /\[tacit\] (\d+) published, (\d+) withheld/.exec(log);
  const index = /search index: (\d+) entries(?: in \d+ parts)?(?: in (\d+) ms|, ready (\d+) ms after)/.exec(log);
  const cache = /entries rendered (\d+), reused from the cache (\d+)/.exec(log);
  const pages = /(\d+) page\(s\) built/.exec(log);
  return {
    ms: result.ms,
    peakRssBytes: result.peakRssBytes,
    pages: pages ? Number(pages[1]) : undefined,
    published: summary ? Number(summary[1]) : undefined,
    withheld: summary ? Number(summary[2]) : undefined,
    indexMs: index ? Number(index[2] ?? index[3]) : undefined,
    indexReused: /search index: .*after the pages \(copied from the cache/.test(log),
    rendered: cache ? Number(cache[1]) : undefined,
    reused: cache ? Number(cache[2]) : undefined,
  };
}
