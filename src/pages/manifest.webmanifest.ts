import type { APIRoute } from 'astro';
import { href, site } from '../site.ts';

/** What a phone needs to add the site to its home screen: its name and icons. */
export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      {
        name: `${site.config.title} · ${site.config.organisation}`,
        short_name: site.config.title,
        start_url: href('/'),
        display: 'browser',
        icons: [192, 512].map((size) => ({ src: href(`/icons/${size}.png`), sizes: `${size}x${size}`, type: 'image/png' })),
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
