// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import tacit from './src/integration/tacit.ts';
import { readSiteConfig } from './src/lib/read/content.ts';
import { buildEnv, pageCacheDir } from './src/lib/site/options.ts';

// The site's name, URL and audiences live in `content/site.yaml`; this file only wires the build.
const env = buildEnv();
const { url, defaultAudience } = readSiteConfig(env.contentDir);
const pageCache = pageCacheDir(env, defaultAudience);

export default defineConfig({
  site: url,
  // Served from a sub-path when the URL has one, e.g. `https://intranet.example.com/knowledge/`.
  base: new URL(url).pathname,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // MDX is available for hand-written pages; entries are guarded and rendered by Tacit itself (src/lib).
  integrations: [mdx(), tacit()],
  devToolbar: { enabled: false },
  // Entry pages carry a digest of everything they render (`cacheKey`); an unchanged one is copied from the
  // last build of the same content and audience instead of rendered again. Pages the gate no longer
  // publishes have no path, so they are neither rendered nor restored, and Astro drops their copies.
  ...(pageCache ? { cacheDir: pageCache } : {}),
  experimental: { incrementalBuild: pageCache !== undefined },
});
