// @ts-check
// The baseline: a stock Astro site with MDX, as the Astro docs set one up. `npm run bench` copies this
// folder, points the content collection at the generated entries and runs `astro build`, then Pagefind.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
