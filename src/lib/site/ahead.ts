// Step 0 of the build (`pipeline.ts`): the entries the cache lacks, parsed and rendered on every core.
import { sha256 } from '../cache/index.ts';
import { CommandError } from '../command-error.ts';
import { listEntryFiles, readContent } from '../read/content.ts';
import { readText } from '../read/text.ts';
import type { SiteConfig } from '../schema/index.ts';
import { didYouMean } from '../suggest.ts';
import { inWorkers, threadsFor, workersFor } from '../workers/index.ts';
import { bodyStage, type BodySettings, type BodyStage, type ReadAhead } from './bodies.ts';
import type { BuildEnv } from './options.ts';

/** The audience this build is for, which must be one of the site's. */
export function audienceOf(env: BuildEnv, config: SiteConfig): string {
  const audience = env.audience ?? config.defaultAudience;
  if (!config.audiences.includes(audience)) {
    throw new CommandError(
      `The audience \`${audience}\` (from TACIT_AUDIENCE or --audience) is not one of this site's audiences in content/site.yaml. Use one of ${config.audiences.map((a) => `\`${a}\``).join(', ')}.${didYouMean(audience, config.audiences)}`,
      2,
    );
  }
  return audience;
}

/** What a body's HTML depends on besides its bytes, for a site at `base`. */
const settingsOf = (config: SiteConfig, base: string): BodySettings => ({ base, siteUrl: config.url, imageHosts: config.remoteImages.allow });

/** The body stage of a build of `config`'s site for `audience`, with the cache when the build has one. */
export const stageFor = (env: BuildEnv, config: SiteConfig, audience: string, base: string): BodyStage =>
  bodyStage(settingsOf(config, base), env.cacheDir === undefined ? undefined : { dir: env.cacheDir, contentDir: env.contentDir, audience });

/**
 * Before a build reads its entries one by one: parses and renders, on every core, the files the build cache
 * does not have, and hands the results to the body stage it returns for `loadSite`. Reading then finds
 * them done; the gate still decides every entry in `loadSite`, on the records read there.
 */
export async function readAhead(
  env: BuildEnv,
  base = '/',
  options: { workers?: number; onParse?: (files: number, threads: number) => void } = {},
): Promise<{ stage: BodyStage; parsed: number; workers: number }> {
  const { config } = readContent(env.contentDir, { entries: false });
  const stage = stageFor(env, config, audienceOf(env, config), base);
  const jobs: { path: string; source: string; digest: string }[] = [];
  for (const path of listEntryFiles(env.contentDir)) {
    // Whatever the cache holds is not parsed again: a read entry, and a withheld one known to read cleanly
    // (the read takes only its front matter, and its body is never rendered). Nothing is adopted yet, so
    // `clean` (in the store) covers both.
    const known = stage.known(path);
    if (known !== undefined && stage.clean(known)) continue;
    const source = readText(path);
    const digest = sha256(source);
    if (!stage.clean(digest)) jobs.push({ path, source, digest });
  }
  const workers = options.workers ?? workersFor(jobs.length);
  if (workers < 1 || !jobs.length) return { stage, parsed: 0, workers: 0 };
  // A cold parse of thousands of files takes a while: say how many before it starts, as check does.
  options.onParse?.(jobs.length, threadsFor(jobs.length, workers));
  const setup: ReadWorkerSetup = { contentDir: env.contentDir, settings: settingsOf(config, base) };
  const read = await inWorkers<{ path: string; source: string }, ReadAhead>(
    new URL('./read-worker.ts', import.meta.url),
    setup,
    jobs.map(({ path, source }) => ({ path, source })),
    workers,
  );
  for (const [i, r] of read.entries()) stage.adopt(jobs[i]!.digest, r);
  return { stage, parsed: jobs.length, workers: threadsFor(jobs.length, workers) };
}

/** What each of `readAhead`'s worker threads needs: it reads the records itself. */
export interface ReadWorkerSetup {
  contentDir: string;
  settings: BodySettings;
}
