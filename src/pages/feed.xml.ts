import type { APIRoute } from 'astro';
import { kindInfo } from '../lib/site/kinds.ts';
import { href, site } from '../site.ts';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Atom feed of the newest published entries, attributed exactly as on their pages. */
export const GET: APIRoute = ({ site: origin }) => {
  const abs = (path: string) => new URL(href(path), origin).href;
  const newest = site.entries.slice(0, 50);
  const updated = `${newest[0]?.date ?? site.today}T00:00:00Z`;
  const entries = newest.map((e) => {
    const author = e.attribution.mode === 'anonymous' ? 'A mentor' : e.attribution.label;
    return `  <entry>
    <title>${escape(e.title)}</title>
    <link rel="alternate" type="text/html" href="${abs(e.path)}"/>
    <id>${abs(e.path)}</id>
    <updated>${e.date ?? site.today}T00:00:00Z</updated>
    <author><name>${escape(author)}</name></author>
    <category term="${e.kind}" label="${kindInfo[e.kind].label}"/>
${e.topics.map((t) => `    <category term="${escape(t.id)}" label="${escape(t.label)}"/>`).join('\n')}
    <summary>${escape(e.summary)}</summary>
    <content type="html">${escape(e.html)}</content>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${abs('/')}">
  <title>${escape(site.config.title)}: ${escape(site.config.organisation)}</title>
  <subtitle>${escape(site.config.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${abs('/feed.xml')}"/>
  <link rel="alternate" type="text/html" href="${abs('/')}"/>
  <id>${abs('/')}</id>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
