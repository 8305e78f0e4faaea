import type { APIRoute } from 'astro';
import { escapeXml } from '../lib/render/escape.ts';
import { siteRisk } from '../lib/risk/site.ts';
import { fixedPages, routes } from '../lib/routes.ts';
import { href, site } from '../site.ts';

/** Every published page, derived from the gate's list like every other output; entries carry their date. */
export const GET: APIRoute = ({ site: origin }) => {
  const pages: { path: string; date?: string | undefined }[] = [
    ...fixedPages.filter((path) => path !== routes.atRisk || site.showsRisk).map((path) => ({ path })),
    ...site.entries.map((e) => ({ path: e.path, date: e.date })),
    ...site.topics.map((t) => ({ path: t.path })),
    ...site.kinds.map((k) => ({ path: k.path })),
    ...site.mentors.map((m) => ({ path: m.path })),
    ...(site.showsRisk ? siteRisk(site).leavers.map((l) => ({ path: routes.plan(l.mentor.key) })) : []),
  ];
  const urls = pages.map(
    ({ path, date }) => `  <url><loc>${escapeXml(new URL(href(path), origin).href)}</loc>${date ? `<lastmod>${date}</lastmod>` : ''}</url>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
