import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '../..');
/** The build date the tests judge embargoes and expiry on, so results do not change with the calendar. */
export const testDate = '2026-11-23';

/** Runs the real `astro build` (with Tacit's integration) as a user would, returning its log. */
export function buildSample(options: { outDir: string; contentDir?: string; audience?: string; cacheDir?: string }): string {
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  return execFileSync(process.execPath, [astro, 'build', '--outDir', options.outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      TACIT_BUILD_DATE: testDate,
      TACIT_CONTENT_DIR: options.contentDir ?? join(projectRoot, 'content'),
      TACIT_AUDIENCE: options.audience ?? '',
      // Builds of temporary content folders would leave cache files in the project; only the cache test
      // gives them a cache, in its own folder.
      TACIT_CACHE: options.cacheDir ? '' : 'off',
      TACIT_CACHE_DIR: options.cacheDir ?? '',
      NO_COLOR: '1',
    },
  });
}
