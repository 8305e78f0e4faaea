import type { APIRoute } from 'astro';
import { href, site } from '../site.ts';

/** Only the widest audience's edition invites crawlers; internal editions ask them to stay out. */
export const GET: APIRoute = ({ site: origin }) => {
  const isPublic = site.audience === site.config.audiences[0];
  const body = isPublic ? `User-agent: *\nAllow: /\nSitemap: ${new URL(href('/sitemap.xml'), origin).href}\n` : 'User-agent: *\nDisallow: /\n';
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
