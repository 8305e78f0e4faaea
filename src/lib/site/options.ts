import { join, resolve } from 'node:path';
import { editionKey } from '../cache/index.ts';
import { isIsoDate } from '../schema/primitives.ts';
import { CommandError } from '../command-error.ts';

/** What a build is for, read from the environment so one command builds any audience. */
export interface BuildEnv {
  /** The `content/` folder (`TACIT_CONTENT_DIR`, default `./content`). */
  contentDir: string;
  /** The audience (`TACIT_AUDIENCE`); when unset, the site's `defaultAudience`. */
  audience?: string | undefined;
  /** The date embargoes and expiry are judged on (`TACIT_BUILD_DATE`, default today in UTC). */
  today: string;
  /**
   * Where the build keeps rendered entries between builds (`TACIT_CACHE_DIR`, default `./.cache/tacit`);
   * undefined when `TACIT_CACHE=off`.
   */
  cacheDir?: string | undefined;
}

export function buildEnv(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): BuildEnv {
  const today = env.TACIT_BUILD_DATE?.trim() || new Date().toISOString().slice(0, 10);
  if (!isIsoDate(today)) {
    throw new CommandError(`TACIT_BUILD_DATE is \`${today}\`; write a real day as \`YYYY-MM-DD\`, or leave it unset to use today.`, 2);
  }
  return {
    contentDir: resolve(cwd, env.TACIT_CONTENT_DIR?.trim() || 'content'),
    audience: env.TACIT_AUDIENCE?.trim() || undefined,
    today,
    cacheDir: env.TACIT_CACHE?.trim() === 'off' ? undefined : resolve(cwd, env.TACIT_CACHE_DIR?.trim() || '.cache/tacit'),
  };
}

/**
 * Astro's own cache folder (rendered pages for incremental builds) for one content folder and audience, so
 * building another edition never evicts this one's pages; undefined when caching is off.
 */
export function pageCacheDir(env: BuildEnv, defaultAudience: string): string | undefined {
  return env.cacheDir === undefined ? undefined : join(env.cacheDir, `astro-${edition(env, defaultAudience)}`);
}

/** The search index of the last build of one content folder and audience; undefined when caching is off. */
export function indexCacheDir(env: BuildEnv, defaultAudience: string): string | undefined {
  return env.cacheDir === undefined ? undefined : join(env.cacheDir, `index-${edition(env, defaultAudience)}`);
}

const edition = (env: BuildEnv, defaultAudience: string) => editionKey(env.contentDir, env.audience ?? defaultAudience);
