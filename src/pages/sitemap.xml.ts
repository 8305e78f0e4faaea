import type { APIRoute } from 'astro';
import { escapeXml } from '../lib/render/escape.ts';
import { href, site } from '../site.ts';

/** Every published page, derived from the gate's list like every other output. */
export const GET: APIRoute = ({ site: origin }) => {
  const paths = [
    '/',
    '/topics/',
    '/kinds/',
    '/mentors/',
    '/a-z/',
    '/search/',
    '/at-risk/',
    ...site.entries.map((e) => e.path),
    ...site.topics.map((t) => t.path),
    ...site.kinds.map((k) => k.path),
    ...site.mentors.map((m) => m.path),
  ];
  const urls = paths.map((p) => {
    const lastmod = site.bySlug.get(p.split('/')[2] ?? '')?.date;
    return `  <url><loc>${escapeXml(new URL(href(p), origin).href)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
