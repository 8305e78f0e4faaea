import { routes } from '../lib/routes.ts';
import type { APIRoute } from 'astro';
import { escapeXml } from '../lib/render/escape.ts';
import { kindInfo } from '../lib/site/kinds.ts';
import { href, site } from '../site.ts';

/** Atom feed of the newest published entries, attributed exactly as on their pages. */
export const GET: APIRoute = ({ site: origin }) => {
  const abs = (path: string) => escapeXml(new URL(href(path), origin).href);
  const newest = site.entries.slice(0, 50);
  const updated = `${newest[0]?.date ?? site.today}T00:00:00Z`;
  const entries = newest.map((e) => {
    const author = e.attribution.mode === 'anonymous' ? 'A mentor' : e.attribution.label;
    return `  <entry>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${abs(e.path)}"/>
    <id>${abs(e.path)}</id>
    <updated>${e.date ?? site.today}T00:00:00Z</updated>
    <author><name>${escapeXml(author)}</name></author>
    <category term="${e.kind}" label="${kindInfo[e.kind].label}"/>
${e.topics.map((t) => `    <category term="${escapeXml(t.id)}" label="${escapeXml(t.label)}"/>`).join('\n')}
    <summary>${escapeXml(e.summary)}</summary>
    <content type="html">${escapeXml(e.html)}</content>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${abs(routes.home)}">
  <title>${escapeXml(site.config.title)}: ${escapeXml(site.config.organisation)}</title>
  <subtitle>${escapeXml(site.config.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${abs(routes.feed)}"/>
  <link rel="alternate" type="text/html" href="${abs(routes.home)}"/>
  <id>${abs(routes.home)}</id>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
