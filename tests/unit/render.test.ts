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
        const prepared = prepareBody(entry.tree, base);
        if (prepared.sitePaths.length) withLinks++;
        // Every other site link withheld, then none, then all.
        for (const linkable of [(p: string) => p.length % 2 === 0, () => true, () => false]) {
          expect(finishBody(prepared, base, linkable), entry.slug).toBe(renderHtml(entry.tree, { base, linkable }));
        }
      }
    }
    expect(withLinks).toBeGreaterThan(0);
  });

  it('turn a withheld entry’s link into its text, titles and queries included', () => {
    const { tree } = parseBody('See [the board](/entries/gone/ "A title") and [again](/entries/gone/#top), [this](/entries/kept/) and [home](/).', 'x.mdx', 0);
    const prepared = prepareBody(tree!, '/kb/');
    expect(prepared.sitePaths).toEqual(['/entries/gone/', '/entries/gone/', '/entries/kept/', '/']);
    const html = finishBody(prepared, '/kb/', (p) => p !== '/entries/gone/');
    expect(html).toBe('<p>See <span>the board</span> and <span>again</span>, <a href="/kb/entries/kept/">this</a> and <a href="/kb/">home</a>.</p>');
    expect(html).toBe(renderHtml(tree!, { base: '/kb/', linkable: (p) => p !== '/entries/gone/' }));
  });
});
