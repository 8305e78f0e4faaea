import { loadSite } from './pipeline.ts';
import type { Site } from './model.ts';
import { buildEnv } from './options.ts';

// Astro loads the integration and the pages as separate module instances in one process, so a module-level
// variable is not shared between them. The integration computes the site once and hands it to the pages
// through `virtual:tacit/site` (see `src/integration/tacit.ts`), which reads it from here; the key is
// process-wide for that reason. Serialising the site into the virtual module instead would put every
// rendered body of a large knowledge base (tens of megabytes) through the bundler.
const KEY = Symbol.for('tacit.site');
const shared = globalThis as { [KEY]?: { key: string; site: Site } };

/**
 * The site for the current environment, computed once per build process and shared by every page. With
 * `deferCacheSave` the caller writes the build cache (`site.cache.save()`) when it chooses; `stage` is
 * the body stage `readAhead` filled.
 */
export function currentSite(base = '/', options: Parameters<typeof loadSite>[2] = {}): Site {
  base = base.endsWith('/') ? base : `${base}/`;
  const env = buildEnv();
  const key = JSON.stringify([env, base]);
  if (shared[KEY]?.key !== key) shared[KEY] = { key, site: loadSite(env, base, options) };
  return shared[KEY].site;
}

/** Forgets the shared site, so the next `currentSite()` reads the content again (dev server reloads). */
export function forgetSite(): void {
  delete shared[KEY];
}
