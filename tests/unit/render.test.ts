import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/read/index.ts';
import { finishBody, prepareBody, renderHtml } from '../../src/lib/render/index.ts';
import { parseBody } from '../../src/lib/read/body.ts';

const entries = readContent(join(import.meta.dirname, '../../content')).entries;

describe('bodies rendered before the gate, finished after it', () => {
  it('come out exactly as rendering with the gate’s links would, for every sample entry', () => {
    let withLinks = 0;
    for (const base of ['/', '/kb/']) {
      for (const entry of entries) {
        const prepared = prepareBody(entry.tree, { base });
        if (prepared.slots.length) withLinks++;
        // Every other site link withheld, then none, then all.
        for (const linkable of [(p: string) => p.length % 2 === 0, () => true, () => false]) {
          expect(finishBody(prepared, linkable), entry.slug).toBe(renderHtml(entry.tree, { base, linkable }));
        }
      }
    }
    expect(withLinks).toBeGreaterThan(0);
  });

  it('turn a withheld entry’s link into its text, titles and queries included', () => {
    const { tree } = parseBody('See [the board](/entries/gone/ "A title") and [again](/entries/gone/#top), [this](/entries/kept/) and [home](/).', 'x.mdx', 0);
    const prepared = prepareBody(tree!, { base: '/kb/' });
    expect(prepared.slots.map((l) => l.path)).toEqual(['/entries/gone/', '/entries/gone/', '/entries/kept/', '/']);
    const html = finishBody(prepared, (p) => p !== '/entries/gone/');
    expect(html).toBe('<p>See <span>the board</span> and <span>again</span>, <a href="/kb/entries/kept/">this</a> and <a href="/kb/">home</a>.</p>');
    expect(html).toBe(renderHtml(tree!, { base: '/kb/', linkable: (p) => p !== '/entries/gone/' }));
  });
});

describe('every URL to a withheld entry is settled the same way', () => {
  const body = [
    'A photo: ![the board](/entries/gone/photo.png "Board").',
    'By reference: [the notes][notes] and ![a chart][chart].',
    'Absolute: [the board](http://localhost:4321/entries/gone/) and [kept](http://localhost:4321/entries/kept/#top).',
    'Nested: [![thumb](/entries/gone/thumb.png)](/entries/kept/).',
    '',
    '[notes]: /entries/gone/',
    '[chart]: /entries/gone/chart.png',
  ].join('\n');
  const { tree } = parseBody(body, 'x.mdx', 0);
  const settings = { base: '/kb/', siteUrl: 'http://localhost:4321/' };
  const linkable = (p: string) => p === '/entries/kept/';

  it('images, references and the site’s own absolute URLs lose the withheld slug', () => {
    const html = renderHtml(tree!, { ...settings, linkable });
    expect(html).not.toContain('gone');
    expect(html).toMatchInlineSnapshot(`
      "<p>A photo: <span>the board</span>.
      By reference: <span>the notes</span> and <span>a chart</span>.
      Absolute: <span>the board</span> and <a href="/kb/entries/kept/#top">kept</a>.
      Nested: <a href="/kb/entries/kept/"><span>thumb</span></a>.</p>"
    `);
  });

  it('and a body rendered before the gate finishes exactly the same', () => {
    const prepared = prepareBody(tree!, settings);
    for (const l of [linkable, () => true, () => false]) expect(finishBody(prepared, l)).toBe(renderHtml(tree!, { ...settings, linkable: l }));
  });
});

describe('remote images load only from listed hosts', () => {
  const { tree } = parseBody(
    '![pixel](https://tracker.example/p.gif) ![cdn](https://img.cdn.example/a.png) ![rel](//tracker.example/p.gif) ![local](/logo.png)',
    'x.mdx',
    0,
  );
  it('refuses every remote image by default, protocol-relative ones included', () => {
    expect(renderHtml(tree!, { base: '/' })).toBe('<p><span>pixel</span> <span>cdn</span> <span>rel</span> <img src="/logo.png" alt="local"></p>');
  });
  it('lets a listed host and its subdomains through', () => {
    expect(renderHtml(tree!, { base: '/', imageHosts: ['cdn.example'] })).toContain('<img src="https://img.cdn.example/a.png" alt="cdn">');
    expect(renderHtml(tree!, { base: '/', imageHosts: ['cdn.example'] })).not.toContain('tracker');
  });
});

describe('body headings can be linked to', () => {
  it('get GitHub-style ids, unique in the page, and a link to themselves', () => {
    const { tree } = parseBody('## What we changed\n\nText.\n\n## What we changed\n\n### Main\n', 'x.mdx', 0);
    const html = renderHtml(tree!, { base: '/' });
    expect([...html.matchAll(/<h(\d) id="([^"]+)"/g)].map((m) => `h${m[1]}#${m[2]}`)).toEqual(['h3#what-we-changed', 'h3#what-we-changed-1', 'h4#main-1']);
    expect(html).toContain(
      '<h3 id="what-we-changed">What we changed<a class="heading-anchor" href="#what-we-changed"><span aria-hidden="true">#</span><span class="visually-hidden">Link to “What we changed”</span></a></h3>',
    );
  });
});
